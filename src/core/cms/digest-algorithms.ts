/** Digest AlgorithmIdentifiers (RFC 5754) ↔ WebCrypto digest names. */
import { KuvertError } from '../errors.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { OID } from './oids.js';

export const DIGEST_OIDS: Record<DigestAlgorithm, string> = {
  'SHA-1': OID.sha1,
  'SHA-256': OID.sha256,
  'SHA-384': OID.sha384,
  'SHA-512': OID.sha512,
};

export const DIGEST_LENGTHS: Record<DigestAlgorithm, number> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

export function isDigestAlgorithm(value: unknown): value is DigestAlgorithm {
  return typeof value === 'string' && Object.hasOwn(DIGEST_OIDS, value);
}

export function digestFromOid(oid: string): DigestAlgorithm {
  const found = (Object.keys(DIGEST_OIDS) as DigestAlgorithm[]).find((name) => DIGEST_OIDS[name] === oid);
  if (!found) throw new KuvertError('UNSUPPORTED_ALGORITHM', `digest ${oid} is not supported`);
  return found;
}
