/**
 * Signature AlgorithmIdentifiers in SignerInfo (RFC 5754 §3, RFC 4055 §3, RFC 5758 §3.2) and the
 * public-key half of signing: checking a signature value with WebCrypto.
 *
 *   RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] DEFAULT sha1, maskGenAlgorithm [1] DEFAULT
 *     mgf1SHA1, saltLength [2] INTEGER DEFAULT 20, trailerField [3] INTEGER DEFAULT 1 }
 */
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm, SignatureAlgorithm } from '../keys/key-provider.js';
import { DER_NULL, TAG, derElement, derOid, derSmallInteger } from './der-writer.js';
import { expectTag, readChildren, readElement, readOid, readSmallInteger, elementBytes } from './ber-reader.js';
import { DIGEST_LENGTHS, DIGEST_OIDS, digestFromOid } from './digest-algorithms.js';
import type { PublicKeyKind } from './certificate-identity.js';
import { OID } from './oids.js';
import { webBytes } from './web-bytes.js';

const RSA_OIDS: Record<DigestAlgorithm, string> = {
  'SHA-1': OID.sha1WithRSAEncryption,
  'SHA-256': OID.sha256WithRSAEncryption,
  'SHA-384': OID.sha384WithRSAEncryption,
  'SHA-512': OID.sha512WithRSAEncryption,
};
const ECDSA_OIDS: Record<DigestAlgorithm, string> = {
  'SHA-1': OID.ecdsaWithSHA1,
  'SHA-256': OID.ecdsaWithSHA256,
  'SHA-384': OID.ecdsaWithSHA384,
  'SHA-512': OID.ecdsaWithSHA512,
};

/** RFC 5754 §2: SHA-2 AlgorithmIdentifiers are generated with absent parameters. */
export function digestAlgorithmDer(digest: DigestAlgorithm): Uint8Array {
  return derElement(TAG.sequence, derOid(DIGEST_OIDS[digest]));
}

/** The SignerInfo signatureAlgorithm for what the key provider is asked to do. */
export function signatureAlgorithmDer(algorithm: SignatureAlgorithm): Uint8Array {
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') {
    // RFC 4055 §5: the parameters of sha*WithRSAEncryption are NULL.
    return derElement(TAG.sequence, derOid(RSA_OIDS[algorithm.hash]), DER_NULL);
  }
  if (algorithm.name === 'ECDSA') return derElement(TAG.sequence, derOid(ECDSA_OIDS[algorithm.hash]));
  // RSASSA-PSS-params (RFC 4055 §3.1): hashAlgorithm [0], maskGenAlgorithm [1], saltLength [2].
  const digest = digestAlgorithmDer(algorithm.hash);
  const params = derElement(
    TAG.sequence,
    derElement(TAG.context0Constructed, digest),
    derElement(TAG.context1Constructed, derElement(TAG.sequence, derOid(OID.mgf1), digest)),
    derElement(TAG.context2Constructed, derSmallInteger(algorithm.saltLength)),
  );
  return derElement(TAG.sequence, derOid(OID.rsassaPss), params);
}

/** The default for a key: PKCS#1 v1.5 for RSA (what cards and Outlook use), ECDSA for EC. */
export function signatureAlgorithmFor(key: PublicKeyKind | undefined, digest: DigestAlgorithm, rsaPadding: 'pkcs1' | 'pss' = 'pkcs1'): SignatureAlgorithm {
  if (!key) throw new KuvertError('CERT_UNSUITABLE', 'the signing key is neither RSA nor EC P-256/P-384/P-521');
  if (key.type === 'EC') return { name: 'ECDSA', hash: digest };
  return rsaPadding === 'pss' ? { name: 'RSA-PSS', hash: digest, saltLength: DIGEST_LENGTHS[digest] } : { name: 'RSASSA-PKCS1-v1_5', hash: digest };
}

/** Reads a signatureAlgorithm; `digest` is the SignerInfo digestAlgorithm (used with plain rsaEncryption). */
export function parseSignatureAlgorithm(der: Uint8Array, digest: DigestAlgorithm): SignatureAlgorithm {
  const fields = readChildren(der, expectTag(readElement(der, 0), [TAG.sequence], 'signatureAlgorithm'));
  const oid = readOid(der, expectTag(fields[0], [TAG.oid], 'signature algorithm OID'));
  // RFC 3370 §3.2: many signers (OpenSSL among them) write rsaEncryption; the hash is the digestAlgorithm.
  if (oid === OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: digest };
  for (const [hash, value] of Object.entries(RSA_OIDS) as [DigestAlgorithm, string][]) {
    if (value === oid) return { name: 'RSASSA-PKCS1-v1_5', hash };
  }
  for (const [hash, value] of Object.entries(ECDSA_OIDS) as [DigestAlgorithm, string][]) {
    if (value === oid) return { name: 'ECDSA', hash };
  }
  if (oid === OID.ecPublicKey) return { name: 'ECDSA', hash: digest };
  if (oid === OID.rsassaPss) return parsePssParams(der, fields[1]);
  throw new KuvertError('UNSUPPORTED_ALGORITHM', `signature algorithm ${oid} is not supported`);
}

function parsePssParams(der: Uint8Array, params: ReturnType<typeof readElement> | undefined): SignatureAlgorithm {
  let hash: DigestAlgorithm = 'SHA-1';
  let mgfHash: DigestAlgorithm = 'SHA-1';
  let saltLength = 20;
  if (params && params.tag === TAG.sequence) {
    for (const field of readChildren(der, params)) {
      const [inner] = readChildren(der, field);
      if (!inner) throw new KuvertError('MALFORMED_CMS', 'empty RSASSA-PSS parameter');
      if (field.tag === 0xa0) hash = digestFromOid(readOid(der, readChildren(der, inner)[0]!));
      else if (field.tag === 0xa1) {
        const [mgfOid, mgfParams] = readChildren(der, inner);
        if (readOid(der, mgfOid!) !== OID.mgf1 || !mgfParams) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'RSASSA-PSS mask generation other than MGF1');
        mgfHash = digestFromOid(readOid(der, readChildren(der, mgfParams)[0]!));
      } else if (field.tag === 0xa2) saltLength = readSmallInteger(der, inner);
      else if (field.tag === 0xa3 && readSmallInteger(der, inner) !== 1) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'RSASSA-PSS trailer field other than 1');
    }
  } else if (params && params.tag !== 0x05) {
    throw new KuvertError('MALFORMED_CMS', `malformed RSASSA-PSS parameters ${elementBytes(der, params).length}`);
  }
  // WebCrypto (and every S/MIME signer we know) uses the same hash for MGF1.
  if (mgfHash !== hash) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'RSASSA-PSS with an MGF1 hash different from the message hash');
  return { name: 'RSA-PSS', hash, saltLength };
}

/** Converts Ecdsa-Sig-Value (DER SEQUENCE of r, s) to WebCrypto's fixed-length r‖s. */
export function ecdsaDerToRaw(signature: Uint8Array, curve: 'P-256' | 'P-384' | 'P-521'): Uint8Array {
  const size = curve === 'P-256' ? 32 : curve === 'P-384' ? 48 : 66;
  const seq = readElement(signature, 0);
  if (seq.tag !== TAG.sequence || seq.end !== signature.length) throw new KuvertError('BAD_SIGNATURE', 'ECDSA signature is not a DER SEQUENCE');
  const parts = readChildren(signature, seq);
  if (parts.length !== 2) throw new KuvertError('BAD_SIGNATURE', 'ECDSA signature must hold r and s');
  const out = new Uint8Array(size * 2);
  parts.forEach((part, i) => {
    if (part.tag !== TAG.integer) throw new KuvertError('BAD_SIGNATURE', 'ECDSA r or s is not an INTEGER');
    let value = signature.subarray(part.contentStart, part.contentEnd);
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > size) throw new KuvertError('BAD_SIGNATURE', 'ECDSA r or s is too large for the curve');
    out.set(value, size * (i + 1) - value.length);
  });
  return out;
}

/**
 * True when `signature` is a valid signature of `data` under the certificate's key. A signature that
 * cannot even be decoded counts as invalid (false), never as an exception the caller might skip.
 */
export async function verifySignatureValue(
  spki: Uint8Array,
  key: PublicKeyKind | undefined,
  algorithm: SignatureAlgorithm,
  data: Uint8Array,
  signature: Uint8Array,
  crypto: CryptoEngine,
): Promise<boolean> {
  if (!key) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'the signer key is neither RSA nor EC P-256/P-384/P-521');
  if ((algorithm.name === 'ECDSA') !== (key.type === 'EC')) return false;
  const subtle = crypto.subtle;
  if (algorithm.name === 'ECDSA' && key.type === 'EC') {
    let raw: Uint8Array;
    try {
      raw = ecdsaDerToRaw(signature, key.curve);
    } catch {
      return false;
    }
    const publicKey = await subtle.importKey('spki', webBytes(spki), { name: 'ECDSA', namedCurve: key.curve }, false, ['verify']);
    return subtle.verify({ name: 'ECDSA', hash: algorithm.hash }, publicKey, webBytes(raw), webBytes(data));
  }
  const publicKey = await subtle.importKey('spki', webBytes(spki), { name: algorithm.name, hash: algorithm.hash }, false, ['verify']);
  const params = algorithm.name === 'RSA-PSS' ? { name: 'RSA-PSS', saltLength: algorithm.saltLength } : { name: algorithm.name };
  return subtle.verify(params, publicKey, webBytes(signature), webBytes(data));
}

export function describeSignatureAlgorithm(algorithm: SignatureAlgorithm): string {
  const hash = algorithm.hash.toLowerCase().replace('-', '');
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') return `rsa-pkcs1-${hash}`;
  if (algorithm.name === 'RSA-PSS') return `rsa-pss-${hash}`;
  return `ecdsa-${hash}`;
}
