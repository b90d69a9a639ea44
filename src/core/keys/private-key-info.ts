/**
 * Private keys in their three unencrypted forms, all normalised to PKCS#8 PrivateKeyInfo
 * (RFC 5208 / 5958) because that is what WebCrypto imports:
 *   PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" (RFC 8017 A.1.2), SEC1 "EC PRIVATE KEY" (RFC 5915).
 */
import { KuvertError } from '../errors.js';
import { OID } from '../cms/oids.js';
import { curveOfOid, type EcCurve } from '../cms/curves.js';
import { readChildren, readElement, readOid, readSmallInteger, type BerElement } from '../cms/ber-reader.js';
import { DER_NULL, TAG, derElement, derOid, derSmallInteger } from '../cms/der-writer.js';
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

function privateKeyInfo(algorithmId: string, params: Uint8Array, privateKey: Uint8Array): Uint8Array {
  const algorithm = derElement(TAG.sequence, derOid(algorithmId), params);
  return derElement(TAG.sequence, derSmallInteger(0), algorithm, derElement(TAG.octetString, privateKey));
}

/** The top-level SEQUENCE's fields, or undefined when `der` is not one DER/BER SEQUENCE. */
function sequenceFields(der: Uint8Array): BerElement[] | undefined {
  try {
    const sequence = readElement(der, 0);
    if (sequence.tag !== TAG.sequence || sequence.end !== der.length) return undefined;
    return readChildren(der, sequence);
  } catch {
    return undefined;
  }
}

function version(der: Uint8Array, element: BerElement | undefined): number | undefined {
  if (element?.tag !== TAG.integer) return undefined;
  try {
    return readSmallInteger(der, element);
  } catch {
    return undefined;
  }
}

const isOctetString = (element: BerElement | undefined): boolean => element?.tag === TAG.octetString || element?.tag === (TAG.octetString | 0x20);

/** PKCS#8 PrivateKeyInfo → a typed key (RSA or EC P-256/384/521). */
export function readPrivateKeyInfo(pkcs8: Uint8Array): SoftwarePrivateKey {
  const [versionField, algorithmBlock, keyBlock] = sequenceFields(pkcs8) ?? [];
  if (version(pkcs8, versionField) === undefined || algorithmBlock?.tag !== TAG.sequence || keyBlock?.tag !== TAG.octetString) {
    throw malformed('not a PKCS#8 PrivateKeyInfo');
  }
  let algorithmId: string;
  let params: BerElement | undefined;
  try {
    const [oid, parameters] = readChildren(pkcs8, algorithmBlock);
    if (oid?.tag !== TAG.oid) throw malformed('not a PKCS#8 PrivateKeyInfo');
    algorithmId = readOid(pkcs8, oid);
    params = parameters;
  } catch (error) {
    throw malformed('not a PKCS#8 PrivateKeyInfo', error);
  }
  if (algorithmId === OID.rsaEncryption) {
    return { type: 'RSA', pkcs8, components: parseRsaPrivateKey(pkcs8.subarray(keyBlock.contentStart, keyBlock.contentEnd)) };
  }
  if (algorithmId === OID.ecPublicKey) {
    if (params?.tag !== TAG.oid) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'EC keys must name their curve');
    return { type: 'EC', pkcs8, curve: curveFromOid(readOid(pkcs8, params)) };
  }
  throw new KuvertError('UNSUPPORTED_ALGORITHM', `private key algorithm ${algorithmId} is not supported`);
}

/** PKCS#1 RSAPrivateKey → PKCS#8. */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  parseRsaPrivateKey(pkcs1);
  return privateKeyInfo(OID.rsaEncryption, DER_NULL, pkcs1);
}

/** SEC1 ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey } → PKCS#8. */
export function sec1ToPkcs8(sec1: Uint8Array, defaultCurve?: string): Uint8Array {
  const fields = sequenceFields(sec1) ?? [];
  const [versionField, key] = fields;
  if (version(sec1, versionField) !== 1 || key?.tag !== TAG.octetString) throw malformed('not a SEC1 ECPrivateKey');
  const params = fields.find((field) => field.tag === TAG.context0Constructed);
  let curveOid = defaultCurve;
  if (params) {
    try {
      const [oid] = readChildren(sec1, params);
      if (oid?.tag === TAG.oid) curveOid = readOid(sec1, oid);
    } catch (error) {
      throw malformed('not a SEC1 ECPrivateKey', error);
    }
  }
  if (!curveOid) throw malformed('ECPrivateKey names no curve');
  curveFromOid(curveOid);
  return privateKeyInfo(OID.ecPublicKey, derOid(curveOid), sec1);
}

export type KeyStructure = 'pkcs8' | 'encrypted-pkcs8' | 'pkcs1' | 'sec1' | 'pkcs12' | 'unknown';

/** Recognises a DER key file by its shape. */
export function detectKeyStructure(der: Uint8Array): KeyStructure {
  const fields = sequenceFields(der);
  if (!fields) return 'unknown';
  const [first, second, third] = fields;
  if (first?.tag === TAG.integer) {
    const v = version(der, first);
    if (v === 3 && second?.tag === TAG.sequence) return 'pkcs12';
    if ((v === 0 || v === 1) && second?.tag === TAG.sequence && isOctetString(third)) return 'pkcs8';
    if (v === 1 && isOctetString(second)) return 'sec1';
    if (v !== undefined && v <= 1 && fields.length >= 9 && fields.every((field) => field.tag === TAG.integer)) return 'pkcs1';
  }
  if (first?.tag === TAG.sequence && isOctetString(second) && fields.length === 2) return 'encrypted-pkcs8';
  return 'unknown';
}

export function malformedKey(message: string, cause?: unknown): KuvertError {
  return malformed(message, cause);
}
