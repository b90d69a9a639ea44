/**
 * decryptCms: finds the RecipientInfo addressed to one of the given keys, recovers the content key
 * through KeyProvider and decrypts. Never returns partial plaintext: CBC padding and GCM tags are
 * checked by WebCrypto over the whole content before anything is returned.
 */
import { KuvertError, isKuvertError } from '../errors.js';
import { bytesEqual, concatBytes } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { readEnvelope, type EnvelopeType, type ParsedEnvelope } from './envelope-framing.js';
import {
  cipherKeyLength, decryptContent, isAuthenticatedCipher, parseContentEncryptionAlgorithm,
  type ContentCipher, type ContentEncryptionParameters,
} from './content-encryption.js';
import { parseRecipientInfos, summarizeRecipient, type RecipientEntry, type RecipientIdentifier, type RecipientSummary } from './recipient-infos.js';
import { identifyCertificate, serialNumbersEqual, type CertificateIdentity, type EcCurve } from './certificate-identity.js';
import { ecSubjectPublicKeyInfo, unwrapKeyAgreement } from './key-agree-recipient.js';
import { OID } from './oids.js';
import { decryptContentStreaming } from './content-encryption-stream.js';

export interface DecryptedCms {
  readonly content: Uint8Array;
  readonly type: EnvelopeType;
  readonly cipher: ContentCipher;
  readonly recipient: RecipientSummary;
  readonly key: KeyProvider;
}

type Candidate = { readonly entry: Exclude<RecipientEntry, { kind: 'other' }>; readonly key: KeyProvider; readonly curve: EcCurve | undefined };

function matches(rid: RecipientIdentifier, identity: CertificateIdentity): boolean {
  return rid.type === 'issuerAndSerialNumber'
    ? bytesEqual(rid.issuer, identity.issuer) && serialNumbersEqual(rid.serialNumber, identity.serialNumber)
    : bytesEqual(rid.subjectKeyIdentifier, identity.subjectKeyIdentifier);
}

/** Errors a KeyProvider may raise that mean "ask the user", not "this key does not fit". */
const PASS_THROUGH = new Set(['PASSWORD_REQUIRED', 'BAD_PASSWORD', 'KEY_OPERATION_FAILED']);

/**
 * Key transport: any unwrap failure, or a key of the wrong length, is replaced by a random key of
 * the right length (RFC 3218 §2.3), so a bad RSA padding fails exactly like a wrong key: later, at
 * content decryption. Together with implicit rejection in the software provider this removes the
 * Bleichenbacher oracle at the CMS level.
 */
async function recoverContentKey(candidate: Candidate, parameters: ContentEncryptionParameters, crypto: CryptoEngine): Promise<Uint8Array> {
  const { entry, key, curve } = candidate;
  const length = cipherKeyLength(parameters.cipher);
  if (entry.kind === 'key-transport') {
    let cek: Uint8Array | undefined;
    try {
      cek = await key.decryptKeyTransport(entry.algorithm, entry.encryptedKey);
    } catch (error) {
      if (error instanceof KuvertError && PASS_THROUGH.has(error.code)) throw error;
    }
    return cek?.length === length ? cek : crypto.getRandomValues(new Uint8Array(length));
  }
  if (!curve) throw new KuvertError('DECRYPT_FAILED', 'key agreement recipient with a non-EC key');
  const z = await key.deriveKeyAgreement(ecSubjectPublicKeyInfo(curve, entry.originatorPoint));
  const cek = await unwrapKeyAgreement(entry.kdf, entry.wrapAlgorithm, z, entry.ukm, entry.encryptedKey, crypto);
  z.fill(0);
  if (cek.length !== length) throw new KuvertError('DECRYPT_FAILED', 'unwrapped key has the wrong length');
  return cek;
}

function contentBytes(envelope: ParsedEnvelope, authenticated: boolean): Uint8Array {
  // WebCrypto needs one buffer; a primitive encryptedContent (what we and most senders write) is used in place.
  const parts = authenticated ? [...envelope.encryptedContent, envelope.mac ?? new Uint8Array(0)] : envelope.encryptedContent;
  return parts.length === 1 ? parts[0]! : concatBytes(parts);
}

async function findCandidates(entries: readonly RecipientEntry[], keys: readonly KeyProvider[], crypto: CryptoEngine): Promise<Candidate[]> {
  const identities = await Promise.all(keys.map((key) => (key.certificate ? identifyCertificate(key.certificate, crypto) : Promise.resolve(undefined))));
  const named: Candidate[] = [];
  const blind: Candidate[] = [];
  for (const entry of entries) {
    if (entry.kind === 'other') continue;
    keys.forEach((key, i) => {
      const identity = identities[i];
      const kind = identity ? identity.publicKey : key.keyKind;
      const fits = entry.kind === 'key-transport' ? kind?.type === 'RSA' : kind?.type === 'EC';
      if (!fits) return;
      const curve = kind?.type === 'EC' ? kind.curve : undefined;
      // Keys with a certificate go only to the RecipientInfo naming it; bare keys are tried on all.
      if (!identity) blind.push({ entry, key, curve });
      else if (matches(entry.rid, identity)) named.push({ entry, key, curve });
    });
  }
  return [...named, ...blind];
}

export function decryptCms(der: Uint8Array, keys: readonly KeyProvider[], crypto: CryptoEngine = defaultCrypto()): Promise<DecryptedCms> {
  return decryptEnvelope(der, keys, crypto, false);
}

/**
 * Like decryptCms, but with an engine that has `streams` and a single matching recipient the
 * plaintext is written over the ciphertext inside `der`, which the caller gives up: no second
 * payload-sized buffer for 50–150 MB messages. `der` is garbage afterwards, also on failure.
 */
export function decryptCmsInPlace(der: Uint8Array, keys: readonly KeyProvider[], crypto: CryptoEngine = defaultCrypto()): Promise<DecryptedCms> {
  return decryptEnvelope(der, keys, crypto, true);
}

async function decryptEnvelope(der: Uint8Array, keys: readonly KeyProvider[], crypto: CryptoEngine, inPlace: boolean): Promise<DecryptedCms> {
  const envelope = readEnvelope(der);
  const parameters = parseContentEncryptionAlgorithm(envelope.contentEncryptionAlgorithm);
  const authenticated = isAuthenticatedCipher(parameters.cipher);
  if (authenticated !== (envelope.type === 'authEnveloped-data')) {
    throw new KuvertError('UNSUPPORTED_ALGORITHM', `${parameters.cipher} is not allowed in ${envelope.type}`);
  }
  if (authenticated && envelope.mac?.length !== parameters.tagLength) throw new KuvertError('MALFORMED_CMS', 'mac length differs from aes-ICVlen');
  if (envelope.contentType !== OID.data) throw new KuvertError('UNSUPPORTED_ALGORITHM', `encrypted content type ${envelope.contentType}`);
  const entries = parseRecipientInfos(envelope.recipientInfos);
  const candidates = await findCandidates(entries, keys, crypto);
  if (candidates.length === 0) throw new KuvertError('NO_MATCHING_RECIPIENT');
  // Without streams WebCrypto needs ciphertext (and tag) in one buffer; join lazily, once.
  let joined: Uint8Array | undefined;
  const decryptWith = async (cek: Uint8Array): Promise<Uint8Array> => {
    if (crypto.streams) {
      // In place only with one candidate key: a failed attempt would destroy the ciphertext.
      const first = envelope.encryptedContent[0];
      const target = inPlace && candidates.length === 1 && first ? der.subarray(first.byteOffset - der.byteOffset) : undefined;
      return decryptContentStreaming(parameters, cek, envelope.encryptedContent, envelope.mac, envelope.authAttrs, crypto.streams, target);
    }
    joined ??= contentBytes(envelope, authenticated);
    return decryptContent(parameters, cek, joined, envelope.authAttrs, crypto);
  };
  let lastError: unknown;
  for (const candidate of candidates) {
    let cek: Uint8Array | undefined;
    try {
      cek = await recoverContentKey(candidate, parameters, crypto);
      const content = await decryptWith(cek);
      return { content, type: envelope.type, cipher: parameters.cipher, recipient: summarizeRecipient(candidate.entry), key: candidate.key };
    } catch (error) {
      if (error instanceof KuvertError && PASS_THROUGH.has(error.code)) throw error;
      lastError = error;
    } finally {
      cek?.fill(0);
    }
  }
  if (isKuvertError(lastError, 'INTEGRITY_CHECK_FAILED') || isKuvertError(lastError, 'DECRYPT_FAILED')) throw lastError;
  throw new KuvertError(authenticated ? 'INTEGRITY_CHECK_FAILED' : 'DECRYPT_FAILED', undefined, { cause: lastError });
}
