/** RSAPublicKey and RSAPrivateKey (RFC 8017 Appendix A.1) → BigInt components. */
import * as asn1js from 'asn1js';
import { KuvertError, type KuvertErrorCode } from '../errors.js';
import { parseAsn1, valueBytes } from '../cms/asn1.js';
import { byteLength, os2ip, type RsaPrivateComponents, type RsaPublicComponents } from './rsa-math.js';

function integers(der: Uint8Array, what: string, code: KuvertErrorCode): bigint[] {
  const block = parseAsn1(der, what, code);
  if (!(block instanceof asn1js.Sequence)) throw new KuvertError(code, `${what} is not a SEQUENCE`);
  return block.valueBlock.value.map((item) => {
    if (!(item instanceof asn1js.Integer)) throw new KuvertError(code, `${what} holds a non-INTEGER`);
    return os2ip(valueBytes(item));
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
