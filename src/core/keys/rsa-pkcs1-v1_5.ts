/**
 * RSAES-PKCS1-v1_5 (RFC 8017 §7.2) on BigInt: still the key transport that Outlook on Windows and
 * smart cards read, while WebCrypto cannot do it at all.
 *
 * Decryption uses implicit rejection (draft-irtf-cfrg-rsa-guidance, as OpenSSL ≥ 3.2 does): when the
 * padding is wrong we return a deterministic pseudo-random message derived from the ciphertext and
 * a secret of the key, instead of an error. The CMS layer then fails later, at content decryption,
 * in exactly the way a wrong-but-well-padded key fails — so there is no padding oracle
 * (Bleichenbacher 1998) in the API's results. What remains: BigInt is not constant-time, so a
 * local attacker who can time many decryptions precisely could still mount a timing variant (the
 * "Marvin" attack, 2023). We accept that for software keys on the user's own machine; smart cards
 * do v1.5 in hardware through KeyProvider, and OAEP should be preferred whenever peers read it.
 */
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from '../cms/web-bytes.js';
import { concatBytes, utf8 } from '../bytes.js';
import { i2osp, os2ip, rsadp, rsaep, type RsaPrivateComponents, type RsaPublicComponents } from './rsa-math.js';

/** RSAES-PKCS1-V1_5-ENCRYPT: EM = 0x00 ‖ 0x02 ‖ PS (non-zero random) ‖ 0x00 ‖ M. */
export function encryptPkcs1v15(key: RsaPublicComponents, message: Uint8Array, crypto: CryptoEngine): Uint8Array {
  const k = key.k;
  if (message.length > k - 11) throw new KuvertError('ENCRYPT_FAILED', 'message too long for the RSA key');
  const em = new Uint8Array(k);
  em[1] = 0x02;
  const psEnd = k - message.length - 1;
  const ps = em.subarray(2, psEnd);
  crypto.getRandomValues(ps);
  for (let i = 0; i < ps.length; i++) {
    while (ps[i] === 0) ps[i] = crypto.getRandomValues(new Uint8Array(1))[0]!;
  }
  em.set(message, psEnd + 1);
  return i2osp(rsaep(key, os2ip(em)), k);
}

async function hmacSha256(key: Uint8Array, data: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const hmacKey = await crypto.subtle.importKey('raw', webBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, webBytes(data)));
}

/** IRPRF(KDK, label, bits): HMAC-SHA256(KDK, I2OSP(i, 2) ‖ label ‖ I2OSP(bits, 2)) for i = 0, 1, … */
async function implicitRejectionPrf(kdk: Uint8Array, label: string, bits: number, crypto: CryptoEngine): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  const labelBytes = utf8(label);
  for (let i = 0; blocks.length * 32 < bits / 8; i++) {
    blocks.push(await hmacSha256(kdk, concatBytes([i2osp(BigInt(i), 2), labelBytes, i2osp(BigInt(bits), 2)]), crypto));
  }
  return concatBytes(blocks).subarray(0, bits / 8);
}

/** The message returned for a wrongly padded ciphertext: deterministic per key and ciphertext. */
async function syntheticMessage(key: RsaPrivateComponents, ciphertext: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const k = key.k;
  const dHash = new Uint8Array(await crypto.subtle.digest('SHA-256', webBytes(i2osp(key.d, k))));
  const kdk = await hmacSha256(dHash, ciphertext, crypto);
  const candidates = await implicitRejectionPrf(kdk, 'length', 128 * 16, crypto);
  const message = await implicitRejectionPrf(kdk, 'message', k * 8, crypto);
  const maxLength = k - 2 - 8;
  let mask = 1;
  while (mask < maxLength) mask = (mask << 1) | 1;
  let length = 0;
  for (let i = 0; i < 128; i++) {
    const candidate = ((candidates[2 * i]! << 8) | candidates[2 * i + 1]!) & mask;
    if (candidate < maxLength) length = candidate;
  }
  return message.slice(k - length);
}

/**
 * RSAES-PKCS1-V1_5-DECRYPT with implicit rejection. Throws only for a ciphertext whose length or
 * value is out of range for the key — public facts an attacker already knows.
 */
export async function decryptPkcs1v15(key: RsaPrivateComponents, ciphertext: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const k = key.k;
  if (ciphertext.length !== k || k < 11) throw new KuvertError('DECRYPT_FAILED', 'RSA ciphertext has the wrong length');
  const c = os2ip(ciphertext);
  if (c >= key.n) throw new KuvertError('DECRYPT_FAILED', 'RSA ciphertext out of range');
  const synthetic = await syntheticMessage(key, ciphertext, crypto);
  const em = i2osp(rsadp(key, c), k);
  // Scan the whole block without an early exit; the result is chosen once at the end.
  let separator = 0;
  for (let i = 2; i < k; i++) if (separator === 0 && em[i] === 0) separator = i;
  const valid = em[0] === 0 && em[1] === 2 && separator >= 10;
  const result = valid ? em.slice(separator + 1) : synthetic;
  em.fill(0);
  return result;
}
