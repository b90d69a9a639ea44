/**
 * What a received message is, layer by layer (RFC 8551 §3.7: signed, encrypted, both in any
 * nesting, or neither), and opening it: every signature's math is checked by core/smime over the
 * exact signed bytes, every encrypted layer is opened by a `decrypt` function the caller gives
 * (the card, through the companion). React-free and DOM-free, so it unit-tests in Node.
 */
import { concatBytes } from '../../core/bytes.js';
import { defaultCrypto, type CryptoEngine } from '../../core/crypto-engine.js';
import { KuvertError } from '../../core/errors.js';
import { inspectEnvelope, verifyCms, isSignedDataContentInfo, type EnvelopeInfo, type CmsSignerResult } from '../../core/cms/index.js';
import { contentTypeOf, decodeTransferEncoding, parseMessage, parseTransferEncoding, splitHeaderBlock } from '../../core/mime/index.js';
import { readSmimeEnvelope, smimeKind, unwrapSignedMessage } from '../../core/smime/index.js';

export type LayerKind = 'signed-detached' | 'signed-opaque' | 'encrypted';

/** The outermost S/MIME shape of a message, as the status line names it. */
export type MessageKind = 'encrypted' | 'signed-detached' | 'signed-opaque' | 'none';

/** One signature as the signer panel needs it: the math from core, the certificates for path validation. */
export interface ReceivedSignature {
  readonly layer: 'signed-detached' | 'signed-opaque';
  readonly result: CmsSignerResult;
  /** Certificates the SignedData carries (intermediates for path validation). */
  readonly certificates: readonly Uint8Array[];
  /** The From this signature should match: the signed entity's own, else the outer message's. */
  readonly from: string | undefined;
}

export interface MessageSurvey {
  readonly kind: MessageKind;
  /** Known layers, outermost first; ends with an unopened 'encrypted' when decryption is needed. */
  readonly layers: readonly LayerKind[];
  readonly needsDecryption: boolean;
  /** The envelope to decrypt (cipher, recipients), when needsDecryption. */
  readonly envelope: EnvelopeInfo | undefined;
  /** The encrypted message (header fields + smime.p7m) to hand to decryption, when needsDecryption. */
  readonly encrypted: Uint8Array | undefined;
  readonly signatures: readonly ReceivedSignature[];
  /** The innermost entity, when nothing needs decryption. */
  readonly content: Uint8Array | undefined;
}

export interface OpenedMessage {
  readonly kind: MessageKind;
  readonly layers: readonly LayerKind[];
  readonly signatures: readonly ReceivedSignature[];
  /** The innermost entity: what the user reads. */
  readonly content: Uint8Array;
  /**
   * The message as it should be stored (RFC 5322 with the outer header fields): the decrypted
   * message (inner signatures kept, so it stays verifiable) or, when nothing was encrypted, as received.
   */
  readonly readable: Uint8Array;
  readonly decrypted: boolean;
}

/** Opens one encrypted message (header fields + smime.p7m) and returns the decrypted message. */
export type DecryptFunction = (encrypted: Uint8Array, envelope: EnvelopeInfo) => Promise<Uint8Array>;

const MAX_ENCRYPTED_LAYERS = 3;

export function messageKind(mime: Uint8Array): MessageKind {
  const { fields } = splitHeaderBlock(mime);
  const kind = smimeKind(contentTypeOf(fields.find((f) => f.lowerName === 'content-type')?.value));
  if (kind === 'multipart-signed') return 'signed-detached';
  if (kind === 'signed-data') return 'signed-opaque';
  if (kind === 'enveloped-data' || kind === 'authEnveloped-data') return 'encrypted';
  if (kind === 'pkcs7-mime-unknown') return isSignedDataContentInfo(bodyOf(mime)) ? 'signed-opaque' : 'encrypted';
  return 'none';
}

/** Everything knowable without a key: layers down to the first encrypted one, and their signatures. */
export async function surveyMessage(mime: Uint8Array, crypto: CryptoEngine = defaultCrypto()): Promise<MessageSurvey> {
  const unwrapped = await unwrapSignedMessage(mime, {}, crypto);
  const layers: LayerKind[] = unwrapped.layers.map((l) => l.kind);
  const needsDecryption = unwrapped.layers.some((l) => l.kind === 'encrypted' && !l.opened);
  const encrypted = needsDecryption ? await encryptedEntityOf(mime, crypto) : undefined;
  return {
    kind: messageKind(mime),
    layers,
    needsDecryption,
    encrypted,
    envelope: encrypted ? inspectEnvelope(readSmimeEnvelope(encrypted).der) : undefined,
    signatures: signaturesOf(unwrapped),
    content: unwrapped.content,
  };
}

/**
 * Opens every layer: signatures outside and inside the encryption, `decrypt` for each encrypted
 * layer (at most three). Without `decrypt`, an encrypted message fails with NO_MATCHING_RECIPIENT.
 */
export async function openMessage(mime: Uint8Array, decrypt: DecryptFunction | undefined, crypto: CryptoEngine = defaultCrypto()): Promise<OpenedMessage> {
  const kind = messageKind(mime);
  const layers: LayerKind[] = [];
  const signatures: ReceivedSignature[] = [];
  let current = mime;
  let decrypted = false;
  for (let round = 0; ; round++) {
    const survey = await surveyMessage(current, crypto);
    layers.push(...survey.layers);
    signatures.push(...survey.signatures);
    if (!survey.needsDecryption || survey.encrypted === undefined || survey.envelope === undefined) {
      return { kind, layers, signatures, content: survey.content ?? current, readable: current, decrypted };
    }
    if (round >= MAX_ENCRYPTED_LAYERS) throw new KuvertError('MIME_TOO_DEEP', 'too many encrypted layers');
    if (decrypt === undefined) throw new KuvertError('NO_MATCHING_RECIPIENT', 'the message is encrypted and no key was given');
    current = await decrypt(survey.encrypted, survey.envelope);
    decrypted = true;
  }
}

function signaturesOf(unwrapped: Awaited<ReturnType<typeof unwrapSignedMessage>>): ReceivedSignature[] {
  return unwrapped.layers.flatMap((layer) =>
    layer.kind === 'encrypted'
      ? []
      : layer.cms.signers.map((result) => ({ layer: layer.kind, result, certificates: layer.cms.certificates, from: layer.signedFrom ?? unwrapped.from })),
  );
}

/** The first encrypted entity inside signed layers (or the message itself), with its header fields. */
async function encryptedEntityOf(mime: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  let current = mime;
  for (let depth = 0; depth < 8; depth++) {
    const kind = messageKind(current);
    if (kind === 'encrypted') return current;
    if (kind === 'signed-detached') {
      const part = parseMessage(current).children[0];
      if (!part) break;
      current = part.raw;
    } else if (kind === 'signed-opaque') {
      const content = (await verifyCms(bodyOf(current), {}, crypto)).content;
      if (!content) break;
      current = content.length === 1 ? content[0]! : concatBytes(content);
    } else break;
  }
  throw new KuvertError('MALFORMED_MESSAGE', 'the encrypted layer could not be found');
}

function bodyOf(mime: Uint8Array): Uint8Array {
  const { fields, bodyOffset } = splitHeaderBlock(mime);
  return decodeTransferEncoding(mime.subarray(bodyOffset), parseTransferEncoding(fields.find((f) => f.lowerName === 'content-transfer-encoding')?.value));
}
