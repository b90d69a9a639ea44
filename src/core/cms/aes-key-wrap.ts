/** AES Key Wrap (RFC 3394) through WebCrypto's AES-KW, on raw key bytes. */
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from './web-bytes.js';

export async function aesKeyWrap(kek: Uint8Array, key: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const wrappingKey = await crypto.subtle.importKey('raw', webBytes(kek), { name: 'AES-KW' }, false, ['wrapKey']);
  const keyToWrap = await crypto.subtle.importKey('raw', webBytes(key), { name: 'AES-CBC' }, true, ['encrypt']);
  return new Uint8Array(await crypto.subtle.wrapKey('raw', keyToWrap, wrappingKey, 'AES-KW'));
}

/** Unwraps; an integrity failure (wrong KEK, tampering) is DECRYPT_FAILED. */
export async function aesKeyUnwrap(kek: Uint8Array, wrapped: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  try {
    const unwrappingKey = await crypto.subtle.importKey('raw', webBytes(kek), { name: 'AES-KW' }, false, ['unwrapKey']);
    const key = await crypto.subtle.unwrapKey('raw', webBytes(wrapped), unwrappingKey, 'AES-KW', { name: 'AES-CBC' }, true, ['decrypt']);
    return new Uint8Array(await crypto.subtle.exportKey('raw', key));
  } catch (error) {
    throw new KuvertError('DECRYPT_FAILED', 'AES key unwrap failed', { cause: error });
  }
}
