/**
 * EME-OAEP decoding (RFC 8017 §7.1.2) for the case WebCrypto cannot express: an MGF1 hash that
 * differs from the OAEP hash (allowed by RFC 3560 and sent by some producers).
 */
import { KuvertError } from '../errors.js';
import { bytesEqual, concatBytes } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from '../cms/web-bytes.js';
import { DIGEST_LENGTHS } from '../cms/digest-algorithms.js';
import type { DigestAlgorithm } from './key-provider.js';
import { i2osp, os2ip, rsadp, type RsaPrivateComponents } from './rsa-math.js';

async function mgf1(hash: DigestAlgorithm, seed: Uint8Array, length: number, crypto: CryptoEngine): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  for (let counter = 0; blocks.length * DIGEST_LENGTHS[hash] < length; counter++) {
    blocks.push(new Uint8Array(await crypto.subtle.digest(hash, webBytes(concatBytes([seed, i2osp(BigInt(counter), 4)])))));
  }
  return concatBytes(blocks).subarray(0, length);
}

export async function decryptOaep(
  key: RsaPrivateComponents,
  hash: DigestAlgorithm,
  mgfHash: DigestAlgorithm,
  label: Uint8Array,
  ciphertext: Uint8Array,
  crypto: CryptoEngine,
): Promise<Uint8Array> {
  const k = key.k;
  const hLen = DIGEST_LENGTHS[hash];
  const fail = (): KuvertError => new KuvertError('DECRYPT_FAILED', 'OAEP decoding failed');
  if (ciphertext.length !== k || k < 2 * hLen + 2) throw fail();
  const c = os2ip(ciphertext);
  if (c >= key.n) throw fail();
  const em = i2osp(rsadp(key, c), k);
  const maskedSeed = em.subarray(1, 1 + hLen);
  const maskedDb = em.subarray(1 + hLen);
  const seedMask = await mgf1(mgfHash, maskedDb, hLen, crypto);
  const seed = maskedSeed.map((byte, i) => byte ^ seedMask[i]!);
  const dbMask = await mgf1(mgfHash, seed, k - hLen - 1, crypto);
  const db = maskedDb.map((byte, i) => byte ^ dbMask[i]!);
  const lHash = new Uint8Array(await crypto.subtle.digest(hash, webBytes(label)));
  let index = hLen;
  while (index < db.length && db[index] === 0) index++;
  const ok = em[0] === 0 && bytesEqual(db.subarray(0, hLen), lHash) && db[index] === 1;
  if (!ok) throw fail();
  return db.slice(index + 1);
}
