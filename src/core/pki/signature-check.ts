/**
 * Verifies the signature on a certificate, CRL or OCSP response with the issuer's public key through
 * pkijs' crypto engine over the injected WebCrypto (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA). DSA is not in
 * WebCrypto: such signatures are reported as unsupported, never as valid.
 */
import { CryptoEngine, type AlgorithmIdentifier, type PublicKeyInfo } from 'pkijs';
import type * as asn1js from 'asn1js';
import { bytesEqual } from '../bytes.js';
import { derBytes } from '../cms/asn1.js';
import type { CryptoEngine as KuvertCrypto } from '../crypto-engine.js';

export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

const SHA1_SIGNATURES = new Set(['1.2.840.113549.1.1.5', '1.2.840.10045.4.1', '1.2.840.10040.4.3']);
const DSA_SIGNATURES = new Set(['1.2.840.10040.4.3', '2.16.840.1.101.3.4.3.1', '2.16.840.1.101.3.4.3.2']);

const engines = new WeakMap<object, CryptoEngine>();

function engineFor(crypto: KuvertCrypto): CryptoEngine {
  let engine = engines.get(crypto);
  if (!engine) {
    engine = new CryptoEngine({ name: 'kuvert', crypto });
    engines.set(crypto, engine);
  }
  return engine;
}

export function usesSha1(algorithm: AlgorithmIdentifier): boolean {
  return SHA1_SIGNATURES.has(algorithm.algorithmId);
}

/** RFC 5280 §4.1.1.2: the outer signatureAlgorithm must equal the signed one. */
export function algorithmsMatch(outer: AlgorithmIdentifier, inner: AlgorithmIdentifier): boolean {
  return bytesEqual(derBytes(outer.toSchema()), derBytes(inner.toSchema()));
}

export async function checkSignature(
  signed: Uint8Array,
  signature: asn1js.BitString,
  algorithm: AlgorithmIdentifier,
  issuerKey: PublicKeyInfo,
  crypto: KuvertCrypto,
): Promise<SignatureCheck> {
  if (DSA_SIGNATURES.has(algorithm.algorithmId)) return 'unsupported';
  try {
    return (await engineFor(crypto).verifyWithPublicKey(signed as Uint8Array<ArrayBuffer>, signature, issuerKey, algorithm)) ? 'valid' : 'invalid';
  } catch {
    // pkijs throws for unknown algorithms and for keys WebCrypto refuses; neither may count as valid.
    return 'unsupported';
  }
}
