/**
 * Walks the S/MIME layers of a message from the outside in — multipart/signed, opaque signed-data,
 * enveloped/authEnveloped-data (opened when keys are given) — in any nesting (RFC 8551 §3.7:
 * signed inside encrypted, encrypted inside signed, triple wrap), and checks every signature's
 * math and signed attributes over the exact bytes that were signed. Trust is decided elsewhere.
 *
 * Detached signatures cover the first part's raw bytes (MimeEntity.raw, never re-encoded). Only
 * when those fail and are not CRLF-canonical (e.g. a file saved with LF line breaks) are the bytes
 * canonicalized to CRLF and tried again; the layer then says `canonicalization: 'crlf'`.
 */
import { concatBytes } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { isSignedDataContentInfo, verifyCms, type VerifiedCms } from '../cms/index.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { parseMessage } from '../mime/parse.js';
import { contentTypeOf } from '../mime/entity.js';
import { splitHeaderBlock, type HeaderField } from '../mime/header-field.js';
import { isCanonicalCrlf, toCanonicalCrlf } from '../mime/canonical.js';
import { decodeTransferEncoding, parseTransferEncoding } from '../mime/transfer-encoding.js';
import { decryptMessage } from './decrypt-message.js';
import { smimeKind } from './content-type.js';

export interface SignedLayer {
  readonly kind: 'signed-detached' | 'signed-opaque';
  /** Which bytes the detached signature verified over: as received, or canonicalized to CRLF. */
  readonly canonicalization: 'raw' | 'crlf';
  readonly cms: VerifiedCms;
  /** The From field inside the signed entity (RFC 9788 protected headers), when there is one. */
  readonly signedFrom: string | undefined;
}

export interface EncryptedLayer {
  readonly kind: 'encrypted';
  readonly type: 'enveloped-data' | 'authEnveloped-data';
  /** False when no key was given to open it; the layers below are then unknown. */
  readonly opened: boolean;
}

export type MessageLayer = SignedLayer | EncryptedLayer;

export interface UnwrappedMessage {
  /** Outermost first. */
  readonly layers: MessageLayer[];
  /** The outer message's From field (unfolded, RFC 2047 not decoded). */
  readonly from: string | undefined;
  /** The innermost entity (the content the user reads), when every layer could be opened. */
  readonly content: Uint8Array | undefined;
}

export interface UnwrapOptions {
  /** Keys to open encrypted layers with. */
  readonly keys?: readonly KeyProvider[];
  /** Extra certificates to find signers in. */
  readonly certificates?: readonly Uint8Array[];
}

const MAX_LAYERS = 8;
const OPTION_KEYS = new Set(['keys', 'certificates']);

export async function unwrapSignedMessage(message: Uint8Array, options: UnwrapOptions = {}, crypto: CryptoEngine = defaultCrypto()): Promise<UnwrappedMessage> {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  if (!(message instanceof Uint8Array) || message.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message is empty');
  const { fields } = splitHeaderBlock(message);
  if (fields.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the input has no header fields; is it a mail message?');
  const layers: MessageLayer[] = [];
  let current: Uint8Array | undefined = message;
  while (current && layers.length < MAX_LAYERS) {
    const next = await openLayer(current, options, crypto);
    if (!next) break;
    layers.push(next.layer);
    current = next.content;
  }
  if (layers.length >= MAX_LAYERS) throw new KuvertError('MIME_TOO_DEEP', `more than ${MAX_LAYERS} S/MIME layers`);
  return { layers, from: findValue(fields, 'from'), content: current };
}

async function openLayer(bytes: Uint8Array, options: UnwrapOptions, crypto: CryptoEngine): Promise<{ layer: MessageLayer; content: Uint8Array | undefined } | undefined> {
  const { fields, bodyOffset } = splitHeaderBlock(bytes);
  const kind = smimeKind(contentTypeOf(findValue(fields, 'content-type')));
  const certificates = options.certificates ?? [];
  if (kind === 'multipart-signed') return openDetached(bytes, certificates, crypto);
  if (kind !== 'signed-data' && kind !== 'enveloped-data' && kind !== 'authEnveloped-data' && kind !== 'pkcs7-mime-unknown') return undefined;
  const der = decodeBody(bytes.subarray(bodyOffset), findValue(fields, 'content-transfer-encoding'));
  if (kind === 'signed-data' || (kind === 'pkcs7-mime-unknown' && isSignedDataContentInfo(der))) {
    const cms = await verifyCms(der, certificates.length > 0 ? { certificates } : {}, crypto);
    const content = cms.content && (cms.content.length === 1 ? cms.content[0]! : concatBytes(cms.content));
    return { layer: { kind: 'signed-opaque', canonicalization: 'raw', cms, signedFrom: content && fromOf(content) }, content };
  }
  const type = kind === 'authEnveloped-data' ? 'authEnveloped-data' : 'enveloped-data';
  if (!options.keys || options.keys.length === 0) return { layer: { kind: 'encrypted', type, opened: false }, content: undefined };
  const decrypted = await decryptMessage(bytes, options.keys, crypto);
  return { layer: { kind: 'encrypted', type: decrypted.cms.type, opened: true }, content: decrypted.entity };
}

async function openDetached(bytes: Uint8Array, certificates: readonly Uint8Array[], crypto: CryptoEngine): Promise<{ layer: SignedLayer; content: Uint8Array }> {
  const root = parseMessage(bytes);
  const [signedPart, signaturePart] = root.children;
  if (!signedPart || !signaturePart || root.children.length !== 2) {
    throw new KuvertError('MALFORMED_MESSAGE', 'multipart/signed must have exactly two parts (RFC 1847 §2.1)');
  }
  const der = signaturePart.decodedBody();
  const extra = certificates.length > 0 ? { certificates } : {};
  const raw = signedPart.raw;
  let cms = await verifyCms(der, { detachedContent: [raw], ...extra }, crypto);
  let canonicalization: 'raw' | 'crlf' = 'raw';
  if (cms.signers.some((s) => s.code === 'BAD_SIGNATURE') && !isCanonicalCrlf(raw)) {
    const canonical = toCanonicalCrlf(raw);
    const retry = await verifyCms(der, { detachedContent: [canonical], ...extra }, crypto);
    if (retry.signers.filter((s) => s.valid).length > cms.signers.filter((s) => s.valid).length) {
      cms = retry;
      canonicalization = 'crlf';
    }
  }
  return { layer: { kind: 'signed-detached', canonicalization, cms, signedFrom: fromOf(raw) }, content: raw };
}

function decodeBody(body: Uint8Array, transferEncoding: string | undefined): Uint8Array {
  const decoded = decodeTransferEncoding(body, parseTransferEncoding(transferEncoding));
  if (decoded.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the S/MIME part is empty');
  return decoded;
}

function fromOf(entity: Uint8Array): string | undefined {
  try {
    return findValue(splitHeaderBlock(entity).fields, 'from');
  } catch {
    return undefined;
  }
}

function findValue(fields: readonly HeaderField[], lowerName: string): string | undefined {
  return fields.find((f) => f.lowerName === lowerName)?.value;
}
