/** inspectEnvelope: what an encrypted message is and for whom, without any key. */
import { readEnvelope, type EnvelopeType } from './envelope-framing.js';
import { parseContentEncryptionAlgorithm, type ContentCipher } from './content-encryption.js';
import { parseRecipientInfos, summarizeRecipient, type RecipientSummary } from './recipient-infos.js';

export interface EnvelopeInfo {
  readonly type: EnvelopeType;
  readonly cipher: ContentCipher;
  readonly recipients: RecipientSummary[];
}

export function inspectEnvelope(der: Uint8Array): EnvelopeInfo {
  const envelope = readEnvelope(der);
  const { cipher } = parseContentEncryptionAlgorithm(envelope.contentEncryptionAlgorithm);
  return { type: envelope.type, cipher, recipients: parseRecipientInfos(envelope.recipientInfos).map(summarizeRecipient) };
}
