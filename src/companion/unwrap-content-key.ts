/**
 * The companion's decrypt-key operation: unwraps a content-encryption key with a card key and
 * returns exactly `keyLength` bytes, always. A failed unwrap or a result of the wrong length gives
 * random bytes instead (RFC 3218 §2.3, as core's decryptCms does), so whoever calls the HTTP API
 * learns nothing about the RSA padding (Bleichenbacher) and finds out only when content
 * decryption fails — as with a wrong key. Failures the ciphertext cannot cause (card removed,
 * not logged in) are reported.
 */
import { KuvertError } from '../core/errors.js';
import type { CryptoEngine } from '../core/crypto-engine.js';
import type { KeyProvider, KeyTransportAlgorithm } from '../core/keys/key-provider.js';
import { cardErrorOf } from './pkcs11/card-key-provider.js';

export const CONTENT_KEY_LENGTHS = [16, 24, 32] as const;

export async function unwrapContentKey(key: KeyProvider, algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array, keyLength: number, crypto: CryptoEngine): Promise<Uint8Array> {
  if (!(CONTENT_KEY_LENGTHS as readonly number[]).includes(keyLength)) throw new KuvertError('INVALID_ARGUMENT', 'keyLength must be 16, 24 or 32');
  let unwrapped: Uint8Array | undefined;
  try {
    unwrapped = await key.decryptKeyTransport(algorithm, encryptedKey);
  } catch (error) {
    if (error instanceof KuvertError && error.code !== 'DECRYPT_FAILED') throw cardErrorOf(error);
  }
  if (unwrapped?.length === keyLength) return unwrapped;
  unwrapped?.fill(0);
  return crypto.getRandomValues(new Uint8Array(keyLength));
}
