/** RSAPublicKey and RSAPrivateKey (RFC 8017 Appendix A.1) → BigInt components. */
import { KuvertError, isKuvertError, type KuvertErrorCode } from '../errors.js';
import { readChildren, readElement } from '../cms/ber-reader.js';
import { byteLength, os2ip, type RsaPrivateComponents, type RsaPublicComponents } from './rsa-math.js';

function integers(der: Uint8Array, what: string, code: KuvertErrorCode): bigint[] {
  let fields;
  try {
    const sequence = readElement(der, 0);
    if (sequence.tag !== 0x30) throw new KuvertError(code, `${what} is not a SEQUENCE`);
    if (sequence.end !== der.length) throw new KuvertError(code, `data after ${what}`);
    fields = readChildren(der, sequence);
  } catch (error) {
    if (isKuvertError(error, code)) throw error;
    throw new KuvertError(code, `cannot parse ${what}`, { cause: error });
  }
  return fields.map((item) => {
    if (item.tag !== 0x02 || item.contentEnd === item.contentStart) throw new KuvertError(code, `${what} holds a non-INTEGER`);
    if (der[item.contentStart]! >= 0x80) throw new KuvertError(code, `${what} holds a negative INTEGER`);
    return os2ip(der.subarray(item.contentStart, item.contentEnd));
  });
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (the SPKI BIT STRING content). */
export function parseRsaPublicKey(der: Uint8Array): RsaPublicComponents {
  const [n, e] = integers(der, 'RSAPublicKey', 'MALFORMED_CERTIFICATE');
  if (n === undefined || e === undefined || n < 2n ** 511n) throw new KuvertError('CERT_UNSUITABLE', 'unusable RSA public key');
  return { n, e, k: byteLength(n) };
}

/** RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dP, dQ, qInv, … } (PKCS#1). */
export function parseRsaPrivateKey(der: Uint8Array): RsaPrivateComponents {
  const [version, n, e, d, p, q, dp, dq, qInv] = integers(der, 'RSAPrivateKey', 'MALFORMED_KEY');
  if (version === undefined || version > 1n || qInv === undefined || n === undefined || e === undefined
    || d === undefined || p === undefined || q === undefined || dp === undefined || dq === undefined) {
    throw new KuvertError('MALFORMED_KEY', 'RSAPrivateKey is incomplete');
  }
  if (p * q !== n) throw new KuvertError('MALFORMED_KEY', 'RSAPrivateKey is inconsistent');
  return { n, e, d, p, q, dp, dq, qInv, k: byteLength(n) };
}
