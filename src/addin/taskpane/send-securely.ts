/**
 * "Send securely": the draft becomes a full RFC 5322 message (core/mime), encrypted to every
 * recipient and to the sender (so Sent Items stays readable) with core/smime, sent through Graph,
 * and only after a confirmed send is the draft discarded. Any failure before that sends nothing and
 * leaves the draft as it was; there is no path that sends plaintext.
 */
import { defaultCrypto, type CryptoEngine } from '../../core/crypto-engine.js';
import type { KeyProvider } from '../../core/keys/key-provider.js';
import { buildMessage, type AttachmentSpec, type InlinePartSpec, type Mailbox } from '../../core/mime/index.js';
import { encodedMessageBytes, encryptMessage, signAndEncryptMessage, signMessage } from '../../core/smime/index.js';
import { AddinError } from '../errors.js';
import type { MailEnvelope } from '../office/graph-mail.js';

export type SecureMode = 'encrypt' | 'sign' | 'encrypt-sign';

export interface SecureDraft {
  readonly from: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly bcc: readonly Mailbox[];
  readonly subject: string;
  readonly html?: string;
  readonly text?: string;
  readonly inline: readonly InlinePartSpec[];
  readonly attachments: readonly AttachmentSpec[];
  /** Threading for a reply (RFC 5322 §3.6.4): the original's Message-ID, without angle brackets. */
  readonly inReplyTo?: string;
  /** The original's References followed by its Message-ID. */
  readonly references?: readonly string[];
}

export interface SendSecurelyDeps {
  /** Recipient address (lower case) → DER encryption certificate the sender confirmed. */
  readonly certificates: ReadonlyMap<string, Uint8Array>;
  /** The sender's own encryption certificate (DER). */
  readonly senderCertificate: Uint8Array;
  /** Sends finished MIME (Graph); resolves only when the send is accepted. */
  send(mime: Uint8Array, envelope: MailEnvelope): Promise<void>;
  /**
   * The signing key (the card through the companion: opens the PIN dialog). Called only for the
   * sign modes, after every other check passed, so a PIN is never asked for a send that would fail.
   */
  signer?(): Promise<KeyProvider>;
  /** Discards the compose draft; called only after a confirmed send. */
  discardDraft(): Promise<void>;
  readonly crypto?: CryptoEngine;
}

export interface SendOutcome {
  readonly sent: true;
  /** False when the send went out but the draft could not be discarded (the user may delete it). */
  readonly draftDiscarded: boolean;
}

export async function sendSecurely(draft: SecureDraft, mode: SecureMode, deps: SendSecurelyDeps): Promise<SendOutcome> {
  // Bcc would have to travel in the MIME header Graph reads; until that is verified, refuse.
  if (draft.bcc.length > 0) throw new AddinError('BCC_UNSUPPORTED');
  const signs = mode === 'sign' || mode === 'encrypt-sign';
  const encrypts = mode === 'encrypt' || mode === 'encrypt-sign';
  if (signs && deps.signer === undefined) throw new AddinError('SIGNING_UNAVAILABLE');
  const recipients = [...draft.to, ...draft.cc];
  const missing = encrypts ? recipients.filter((r) => !deps.certificates.has(r.address.toLowerCase())) : [];
  if (recipients.length === 0 || missing.length > 0) throw new AddinError('NO_RECIPIENT_CERTIFICATE', missing.map((r) => r.address).join(', '));

  const crypto = deps.crypto ?? defaultCrypto();
  const message = buildMessage(
    {
      from: draft.from,
      to: draft.to,
      cc: draft.cc,
      subject: draft.subject,
      ...(draft.text === undefined ? {} : { text: draft.text }),
      ...(draft.html === undefined ? {} : { html: draft.html }),
      inline: draft.inline,
      attachments: draft.attachments,
      ...(draft.inReplyTo === undefined ? {} : { inReplyTo: draft.inReplyTo }),
      ...(draft.references === undefined ? {} : { references: draft.references }),
    },
    crypto,
  );
  const certificates = [...new Set([...recipients.map((r) => deps.certificates.get(r.address.toLowerCase())), deps.senderCertificate])];
  const encrypt = { recipients: certificates.filter((c): c is Uint8Array => c !== undefined).map((certificate) => ({ certificate })) };
  const signer = signs && deps.signer ? await deps.signer() : undefined;
  const sign = signer ? { signer, chain: [] as Uint8Array[], encryptionCertificate: deps.senderCertificate } : undefined;
  const finished =
    mode === 'encrypt' ? await encryptMessage(message, encrypt, crypto)
      : mode === 'sign' ? await signMessage(message, sign!, crypto)
        : await signAndEncryptMessage(message, { sign: sign!, encrypt }, crypto);
  await deps.send(encodedMessageBytes(finished), { to: draft.to, cc: draft.cc, subject: draft.subject, kind: mode === 'sign' ? 'signed' : 'encrypted' });
  try {
    await deps.discardDraft();
    return { sent: true, draftDiscarded: true };
  } catch {
    return { sent: true, draftDiscarded: false };
  }
}

/** The protection the policy's verdict asks for, given whether a card can sign. */
export function defaultMode(action: string | undefined, canSign: boolean): SecureMode {
  const mustEncrypt = action === undefined || action === 'require-encryption' || action === 'block' || action === 'warn';
  if (mustEncrypt) return canSign ? 'encrypt-sign' : 'encrypt';
  return canSign ? 'sign' : 'encrypt';
}
