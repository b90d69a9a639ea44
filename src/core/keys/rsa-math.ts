/**
 * RSA primitives on BigInt (RFC 8017 §4–5): I2OSP/OS2IP, RSAEP and RSADP with the CRT.
 *
 * NOT constant-time: BigInt arithmetic leaks timing that depends on the operands. The public
 * operation handles no secret beyond the padded message (fine for RSAEP). RSADP is here only
 * because WebCrypto has no RSAES-PKCS1-v1_5 and Node refuses v1.5 private decryption
 * (CVE-2023-46809); see rsa-pkcs1-v1_5.ts for how the padding oracle is removed and what remains.
 */
import { KuvertError } from '../errors.js';

export interface RsaPublicComponents {
  readonly n: bigint;
  readonly e: bigint;
  /** Modulus length in octets. */
  readonly k: number;
}

export interface RsaPrivateComponents extends RsaPublicComponents {
  readonly d: bigint;
  readonly p: bigint;
  readonly q: bigint;
  readonly dp: bigint;
  readonly dq: bigint;
  readonly qInv: bigint;
}

export function os2ip(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

export function i2osp(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  if (rest !== 0n) throw new KuvertError('KEY_OPERATION_FAILED', 'integer too large');
  return out;
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export function byteLength(n: bigint): number {
  return Math.ceil(n.toString(16).length / 2);
}

/** RSAEP (RFC 8017 §5.1.1). */
export function rsaep(key: RsaPublicComponents, m: bigint): bigint {
  if (m >= key.n) throw new KuvertError('ENCRYPT_FAILED', 'message representative out of range');
  return modPow(m, key.e, key.n);
}

/** RSADP with the CRT (RFC 8017 §5.1.2, 2.b, u = 2). */
export function rsadp(key: RsaPrivateComponents, c: bigint): bigint {
  const m1 = modPow(c % key.p, key.dp, key.p);
  const m2 = modPow(c % key.q, key.dq, key.q);
  let h = ((m1 - m2) * key.qInv) % key.p;
  if (h < 0n) h += key.p;
  return m2 + h * key.q;
}
