/**
 * Content-encryption algorithms: AES-CBC for EnvelopedData (RFC 3565) and AES-GCM for
 * AuthEnvelopedData in the RFC 5084 form (GCMParameters with a 12-byte nonce and a 16-byte ICV).
 * The AlgorithmIdentifier is encoded and parsed here; the cipher runs in WebCrypto.
 */
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier } from 'pkijs';
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { OID } from './oids.js';
import { derBytes, octetString, parseAsn1, valueBytes } from './asn1.js';
import { webBytes } from './web-bytes.js';

export type ContentCipher = 'aes128-cbc' | 'aes192-cbc' | 'aes256-cbc' | 'aes128-gcm' | 'aes192-gcm' | 'aes256-gcm';

interface CipherSpec {
  readonly oid: string;
  readonly keyLength: number;
  readonly mode: 'AES-CBC' | 'AES-GCM';
}

const CIPHERS: Record<ContentCipher, CipherSpec> = {
  'aes128-cbc': { oid: OID.aes128CBC, keyLength: 16, mode: 'AES-CBC' },
  'aes192-cbc': { oid: OID.aes192CBC, keyLength: 24, mode: 'AES-CBC' },
  'aes256-cbc': { oid: OID.aes256CBC, keyLength: 32, mode: 'AES-CBC' },
  'aes128-gcm': { oid: OID.aes128GCM, keyLength: 16, mode: 'AES-GCM' },
  'aes192-gcm': { oid: OID.aes192GCM, keyLength: 24, mode: 'AES-GCM' },
  'aes256-gcm': { oid: OID.aes256GCM, keyLength: 32, mode: 'AES-GCM' },
};

/** RFC 5084 §3.2: a 12-octet nonce is recommended; we always send a 16-octet ICV. */
export const GCM_NONCE_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;
const CBC_IV_LENGTH = 16;

export function cipherKeyLength(cipher: ContentCipher): number {
  return CIPHERS[cipher].keyLength;
}

export function isAuthenticatedCipher(cipher: ContentCipher): boolean {
  return CIPHERS[cipher].mode === 'AES-GCM';
}

export function isContentCipher(value: unknown): value is ContentCipher {
  return typeof value === 'string' && Object.hasOwn(CIPHERS, value);
}

/** The parameters of one content encryption: which cipher, its IV or nonce, and the GCM tag length. */
export interface ContentEncryptionParameters {
  readonly cipher: ContentCipher;
  readonly iv: Uint8Array;
  readonly tagLength: number;
}

export function newContentEncryptionParameters(cipher: ContentCipher, crypto: CryptoEngine): ContentEncryptionParameters {
  const gcm = isAuthenticatedCipher(cipher);
  const iv = crypto.getRandomValues(new Uint8Array(gcm ? GCM_NONCE_LENGTH : CBC_IV_LENGTH));
  return { cipher, iv, tagLength: gcm ? GCM_TAG_LENGTH : 0 };
}

/** DER of the ContentEncryptionAlgorithmIdentifier. */
export function encodeContentEncryptionAlgorithm(parameters: ContentEncryptionParameters): Uint8Array {
  const spec = CIPHERS[parameters.cipher];
  const algorithmParams = spec.mode === 'AES-CBC'
    ? octetString(parameters.iv)
    // GCMParameters ::= SEQUENCE { aes-nonce OCTET STRING, aes-ICVlen AES-GCM-ICVlen DEFAULT 12 }
    : new asn1js.Sequence({ value: [octetString(parameters.iv), new asn1js.Integer({ value: parameters.tagLength })] });
  return derBytes(new AlgorithmIdentifier({ algorithmId: spec.oid, algorithmParams }).toSchema());
}

export function parseContentEncryptionAlgorithm(der: Uint8Array): ContentEncryptionParameters {
  let algorithm: AlgorithmIdentifier;
  try {
    algorithm = new AlgorithmIdentifier({ schema: parseAsn1(der, 'contentEncryptionAlgorithm') });
  } catch (error) {
    throw new KuvertError('MALFORMED_CMS', 'malformed contentEncryptionAlgorithm', { cause: error });
  }
  const entry = Object.entries(CIPHERS).find(([, spec]) => spec.oid === algorithm.algorithmId);
  if (!entry) throw new KuvertError('UNSUPPORTED_ALGORITHM', `content encryption ${algorithm.algorithmId} is not supported`);
  const cipher = entry[0] as ContentCipher;
  const params: unknown = algorithm.algorithmParams;
  if (entry[1].mode === 'AES-CBC') {
    if (!(params instanceof asn1js.OctetString)) throw new KuvertError('MALFORMED_CMS', 'AES-CBC parameters must be an OCTET STRING IV');
    const iv = valueBytes(params);
    if (iv.length !== CBC_IV_LENGTH) throw new KuvertError('MALFORMED_CMS', 'AES-CBC IV must be 16 bytes');
    return { cipher, iv, tagLength: 0 };
  }
  const fields = params instanceof asn1js.Sequence ? params.valueBlock.value : [];
  const nonce = fields[0];
  if (!(nonce instanceof asn1js.OctetString) || fields.length > 2) throw new KuvertError('MALFORMED_CMS', 'malformed GCMParameters');
  const icv = fields[1];
  let tagLength = 12; // RFC 5084 §3.2 DEFAULT
  if (icv !== undefined) {
    if (!(icv instanceof asn1js.Integer)) throw new KuvertError('MALFORMED_CMS', 'malformed aes-ICVlen');
    tagLength = icv.valueBlock.valueDec;
  }
  const iv = valueBytes(nonce);
  if (tagLength < 12 || tagLength > 16 || iv.length === 0) throw new KuvertError('MALFORMED_CMS', 'GCM nonce or ICV length out of range');
  return { cipher, iv, tagLength };
}

async function importContentKey(parameters: ContentEncryptionParameters, key: Uint8Array, usage: KeyUsage, crypto: CryptoEngine): Promise<CryptoKey> {
  const spec = CIPHERS[parameters.cipher];
  if (key.length !== spec.keyLength) throw new KuvertError('DECRYPT_FAILED', 'content-encryption key has the wrong length');
  return crypto.subtle.importKey('raw', webBytes(key), { name: spec.mode }, false, [usage]);
}

/**
 * Encrypts the content. For GCM the result is ciphertext ‖ tag in one buffer, returned as two
 * views so the caller can place the tag in `mac` without copying the ciphertext.
 */
export async function encryptContent(
  parameters: ContentEncryptionParameters,
  key: Uint8Array,
  content: Uint8Array,
  crypto: CryptoEngine,
): Promise<{ ciphertext: Uint8Array; tag: Uint8Array }> {
  const cryptoKey = await importContentKey(parameters, key, 'encrypt', crypto);
  const spec = CIPHERS[parameters.cipher];
  const algorithm = spec.mode === 'AES-CBC'
    ? { name: 'AES-CBC', iv: webBytes(parameters.iv) }
    : { name: 'AES-GCM', iv: webBytes(parameters.iv), tagLength: parameters.tagLength * 8 };
  const out = new Uint8Array(await crypto.subtle.encrypt(algorithm, cryptoKey, webBytes(content)));
  const split = out.length - parameters.tagLength;
  return { ciphertext: out.subarray(0, split), tag: out.subarray(split) };
}

/**
 * Decrypts; any failure (bad CBC padding, wrong key, bad GCM tag) throws without plaintext.
 * For GCM, `ciphertextAndTag` must hold the ciphertext followed by the tag; `aad` is the DER of authAttrs.
 */
export async function decryptContent(
  parameters: ContentEncryptionParameters,
  key: Uint8Array,
  ciphertextAndTag: Uint8Array,
  aad: Uint8Array | undefined,
  crypto: CryptoEngine,
): Promise<Uint8Array> {
  const cryptoKey = await importContentKey(parameters, key, 'decrypt', crypto);
  const gcm = CIPHERS[parameters.cipher].mode === 'AES-GCM';
  const algorithm = gcm
    ? { name: 'AES-GCM', iv: webBytes(parameters.iv), tagLength: parameters.tagLength * 8, ...(aad ? { additionalData: webBytes(aad) } : {}) }
    : { name: 'AES-CBC', iv: webBytes(parameters.iv) };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(algorithm, cryptoKey, webBytes(ciphertextAndTag)));
  } catch (error) {
    throw gcm
      ? new KuvertError('INTEGRITY_CHECK_FAILED', 'AES-GCM authentication failed', { cause: error })
      : new KuvertError('DECRYPT_FAILED', 'AES-CBC decryption failed', { cause: error });
  }
}
