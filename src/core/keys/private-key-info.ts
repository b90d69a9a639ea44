/**
 * Private keys in their three unencrypted forms, all normalised to PKCS#8 PrivateKeyInfo
 * (RFC 5208 / 5958) because that is what WebCrypto imports:
 *   PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" (RFC 8017 A.1.2), SEC1 "EC PRIVATE KEY" (RFC 5915).
 */
import * as asn1js from 'asn1js';
import { KuvertError } from '../errors.js';
import { derBytes, octetString, parseAsn1, valueBytes } from '../cms/asn1.js';
import { OID } from '../cms/oids.js';
import { curveOfOid, type EcCurve } from '../cms/curves.js';
import type { SoftwarePrivateKey } from './software-key-provider.js';
import { parseRsaPrivateKey } from './rsa-key.js';

function malformed(message: string, cause?: unknown): KuvertError {
  return new KuvertError('MALFORMED_KEY', message, cause === undefined ? undefined : { cause });
}

function curveFromOid(oid: string): EcCurve {
  const curve = curveOfOid(oid);
  if (!curve) throw new KuvertError('UNSUPPORTED_ALGORITHM', `EC curve ${oid} is not supported`);
  return curve;
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
function algorithmIdentifier(algorithmId: string, params: asn1js.AsnType): asn1js.Sequence {
  return new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: algorithmId }), params] });
}

function privateKeyInfo(algorithm: asn1js.Sequence, privateKey: Uint8Array): Uint8Array {
  return derBytes(new asn1js.Sequence({ value: [new asn1js.Integer({ value: 0 }), algorithm, octetString(privateKey)] }));
}

/** PKCS#8 PrivateKeyInfo → a typed key (RSA or EC P-256/384/521). */
export function readPrivateKeyInfo(pkcs8: Uint8Array): SoftwarePrivateKey {
  const block = parseAsn1(pkcs8, 'PrivateKeyInfo', 'MALFORMED_KEY');
  const [version, algorithmBlock, keyBlock] = block instanceof asn1js.Sequence ? block.valueBlock.value : [];
  if (!(version instanceof asn1js.Integer) || !(algorithmBlock instanceof asn1js.Sequence) || !(keyBlock instanceof asn1js.OctetString)) {
    throw malformed('not a PKCS#8 PrivateKeyInfo');
  }
  const [oidBlock, params] = algorithmBlock.valueBlock.value;
  if (!(oidBlock instanceof asn1js.ObjectIdentifier)) throw malformed('not a PKCS#8 PrivateKeyInfo');
  const algorithmId = oidBlock.valueBlock.toString();
  if (algorithmId === OID.rsaEncryption) {
    return { type: 'RSA', pkcs8, components: parseRsaPrivateKey(valueBytes(keyBlock)) };
  }
  if (algorithmId === OID.ecPublicKey) {
    if (!(params instanceof asn1js.ObjectIdentifier)) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'EC keys must name their curve');
    return { type: 'EC', pkcs8, curve: curveFromOid(params.valueBlock.toString()) };
  }
  throw new KuvertError('UNSUPPORTED_ALGORITHM', `private key algorithm ${algorithmId} is not supported`);
}

/** PKCS#1 RSAPrivateKey → PKCS#8. */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  parseRsaPrivateKey(pkcs1);
  return privateKeyInfo(algorithmIdentifier(OID.rsaEncryption, new asn1js.Null()), pkcs1);
}

/** SEC1 ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey } → PKCS#8. */
export function sec1ToPkcs8(sec1: Uint8Array, defaultCurve?: string): Uint8Array {
  const block = parseAsn1(sec1, 'ECPrivateKey', 'MALFORMED_KEY');
  const fields = block instanceof asn1js.Sequence ? block.valueBlock.value : [];
  const [version, key] = fields;
  if (!(version instanceof asn1js.Integer) || version.valueBlock.valueDec !== 1 || !(key instanceof asn1js.OctetString)) {
    throw malformed('not a SEC1 ECPrivateKey');
  }
  const params = fields.find((field) => field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0);
  const curveOid = params instanceof asn1js.Constructed && params.valueBlock.value[0] instanceof asn1js.ObjectIdentifier
    ? params.valueBlock.value[0].valueBlock.toString()
    : defaultCurve;
  if (!curveOid) throw malformed('ECPrivateKey names no curve');
  curveFromOid(curveOid);
  return privateKeyInfo(algorithmIdentifier(OID.ecPublicKey, new asn1js.ObjectIdentifier({ value: curveOid })), sec1);
}

export type KeyStructure = 'pkcs8' | 'encrypted-pkcs8' | 'pkcs1' | 'sec1' | 'pkcs12' | 'unknown';

/** Recognises a DER key file by its shape. */
export function detectKeyStructure(der: Uint8Array): KeyStructure {
  let block: asn1js.AsnType;
  try {
    block = parseAsn1(der, 'key file', 'MALFORMED_KEY');
  } catch {
    return 'unknown';
  }
  const fields = block instanceof asn1js.Sequence ? block.valueBlock.value : [];
  const [first, second, third] = fields;
  if (first instanceof asn1js.Integer) {
    const version = first.valueBlock.valueDec;
    if (version === 3 && second instanceof asn1js.Sequence) return 'pkcs12';
    if ((version === 0 || version === 1) && second instanceof asn1js.Sequence && third instanceof asn1js.OctetString) return 'pkcs8';
    if (version === 1 && second instanceof asn1js.OctetString) return 'sec1';
    if (version <= 1 && fields.length >= 9 && fields.every((field) => field instanceof asn1js.Integer)) return 'pkcs1';
  }
  if (first instanceof asn1js.Sequence && second instanceof asn1js.OctetString && fields.length === 2) return 'encrypted-pkcs8';
  return 'unknown';
}

export function malformedKey(message: string, cause?: unknown): KuvertError {
  return malformed(message, cause);
}
