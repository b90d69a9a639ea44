/**
 * PKCS#11 mechanisms for Kuvert's key operations. Hashing is done in the companion and only the
 * hash goes to the card (CKM_RSA_PKCS over a DigestInfo, CKM_RSA_PKCS_PSS, CKM_ECDSA): every card
 * middleware supports these raw mechanisms, and a 100 MB message never crosses the card's bus.
 */
import pkcs11js from 'pkcs11js';
import { KuvertError } from '../../core/errors.js';
import { concatBytes, fromHex } from '../../core/bytes.js';
import type { DigestAlgorithm, KeyCurve, KeyTransportAlgorithm } from '../../core/keys/key-provider.js';

/** CK_RSA_PKCS_OAEP_PARAMS.source: the label is given (PKCS#11 v2.40 §2.1.8, CKZ_DATA_SPECIFIED). */
const CKZ_DATA_SPECIFIED = 1;

const HASH_MECHANISM: Record<DigestAlgorithm, number> = {
  'SHA-1': pkcs11js.CKM_SHA_1, 'SHA-256': pkcs11js.CKM_SHA256, 'SHA-384': pkcs11js.CKM_SHA384, 'SHA-512': pkcs11js.CKM_SHA512,
};

const MGF1: Record<DigestAlgorithm, number> = {
  'SHA-1': pkcs11js.CKG_MGF1_SHA1, 'SHA-256': pkcs11js.CKG_MGF1_SHA256, 'SHA-384': pkcs11js.CKG_MGF1_SHA384, 'SHA-512': pkcs11js.CKG_MGF1_SHA512,
};

/** DER prefixes of DigestInfo (RFC 8017 §9.2, note 1), followed by the hash value. */
const DIGEST_INFO_PREFIX: Record<DigestAlgorithm, string> = {
  'SHA-1': '3021300906052b0e03021a05000414',
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

export function keyTransportMechanism(algorithm: KeyTransportAlgorithm): pkcs11js.Mechanism {
  if (algorithm.name === 'RSAES-PKCS1-v1_5') return { mechanism: pkcs11js.CKM_RSA_PKCS };
  const parameter: pkcs11js.RsaOAEP = {
    type: pkcs11js.CK_PARAMS_RSA_OAEP,
    hashAlg: HASH_MECHANISM[algorithm.hash],
    mgf: MGF1[algorithm.mgfHash],
    source: CKZ_DATA_SPECIFIED,
    ...(algorithm.label && algorithm.label.length > 0 ? { sourceData: Buffer.from(algorithm.label) } : {}),
  };
  return { mechanism: pkcs11js.CKM_RSA_PKCS_OAEP, parameter };
}

export function digestInfo(hash: DigestAlgorithm, value: Uint8Array): Buffer {
  return Buffer.from(concatBytes([fromHex(DIGEST_INFO_PREFIX[hash]), value]));
}

export function pssMechanism(hash: DigestAlgorithm, saltLength: number): pkcs11js.Mechanism {
  const parameter: pkcs11js.RsaPSS = { type: pkcs11js.CK_PARAMS_RSA_PSS, hashAlg: HASH_MECHANISM[hash], mgf: MGF1[hash], saltLen: saltLength };
  return { mechanism: pkcs11js.CKM_RSA_PKCS_PSS, parameter };
}

/** CKM_ECDH1_DERIVE without a KDF: the token returns Z, core's KDF (RFC 5753 §7.2) does the rest. */
export function ecdhMechanism(point: Uint8Array): pkcs11js.Mechanism {
  const parameter: pkcs11js.ECDH1 = { type: pkcs11js.CK_PARAMS_EC_DH, kdf: pkcs11js.CKD_NULL, publicData: Buffer.from(point) };
  return { mechanism: pkcs11js.CKM_ECDH1_DERIVE, parameter };
}

export const FIELD_BYTES: Record<KeyCurve, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/** CKA_EC_PARAMS holds the named curve's OID in DER (PKCS#11 v2.40 §2.3.3). */
const CURVE_BY_PARAMS = new Map<string, KeyCurve>([
  ['06082a8648ce3d030107', 'P-256'], ['06052b81040022', 'P-384'], ['06052b81040023', 'P-521'],
]);

export function curveOfParams(ecParams: Buffer): KeyCurve {
  const curve = CURVE_BY_PARAMS.get(ecParams.toString('hex'));
  if (!curve) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'the card key is on a curve Kuvert does not support');
  return curve;
}

/**
 * The uncompressed point from a SubjectPublicKeyInfo: for a named curve it is the BIT STRING's
 * content, which ends the structure; a short or compressed point is refused.
 */
export function pointOfSubjectPublicKeyInfo(spki: Uint8Array, curve: KeyCurve): Uint8Array {
  const length = 1 + 2 * FIELD_BYTES[curve];
  const point = spki.subarray(spki.length - length);
  if (point.length !== length || point[0] !== 0x04 || spki[spki.length - length - 1] !== 0x00) {
    throw new KuvertError('DECRYPT_FAILED', 'originator key is not an uncompressed point on the key\'s curve');
  }
  return point;
}

/** CKM_ECDSA returns r ‖ s; CMS carries Ecdsa-Sig-Value (RFC 5753 §7.2): SEQUENCE { r, s }. */
export function ecdsaSignatureToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const integer = (bytes: Uint8Array): Uint8Array => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.subarray(start);
    const value = trimmed[0]! >= 0x80 ? concatBytes([Uint8Array.of(0), trimmed]) : trimmed;
    return concatBytes([Uint8Array.of(0x02), derLength(value.length), value]);
  };
  const body = concatBytes([integer(raw.subarray(0, half)), integer(raw.subarray(half))]);
  return concatBytes([Uint8Array.of(0x30), derLength(body.length), body]);
}

function derLength(length: number): Uint8Array {
  return length < 0x80 ? Uint8Array.of(length) : Uint8Array.of(0x81, length);
}
