/**
 * Content encryption and decryption through the engine's incremental ciphers (crypto-engine.ts
 * `streams`), for large messages: encryption yields ciphertext slice by slice while the output is
 * written, and decryption writes into one buffer — neither holds a second copy of the payload,
 * which WebCrypto's one-shot calls do.
 */
import { KuvertError } from '../errors.js';
import type { CryptoStreams, StreamCipherParameters } from '../crypto-engine.js';
import { isAuthenticatedCipher, type ContentEncryptionParameters } from './content-encryption.js';

/** Plaintext is fed to the cipher in slices of this size, bounding each temporary buffer. */
const SLICE = 1 << 18;

export interface StreamedCiphertext {
  readonly length: number;
  /** Encrypts while iterated. Single use: the key is wiped when the iteration ends. */
  chunks(): Iterable<Uint8Array>;
  /** GCM: the tag, available once `chunks()` has been iterated to the end. */
  tag(): Uint8Array;
}

function streamParameters(parameters: ContentEncryptionParameters, key: Uint8Array): StreamCipherParameters {
  const gcm = isAuthenticatedCipher(parameters.cipher);
  return gcm ? { algorithm: 'AES-GCM', key, iv: parameters.iv, tagLength: parameters.tagLength } : { algorithm: 'AES-CBC', key, iv: parameters.iv };
}

export function encryptedLength(parameters: ContentEncryptionParameters, plaintextLength: number): number {
  // CBC with PKCS#7 padding (RFC 5652 §6.3) always adds 1–16 bytes; GCM adds none (the tag is apart).
  return isAuthenticatedCipher(parameters.cipher) ? plaintextLength : plaintextLength + 16 - (plaintextLength % 16);
}

export function encryptContentStreaming(parameters: ContentEncryptionParameters, key: Uint8Array, content: Uint8Array, streams: CryptoStreams): StreamedCiphertext {
  const ownKey = key.slice();
  let tag: Uint8Array | undefined;
  let used = false;
  return {
    length: encryptedLength(parameters, content.length),
    *chunks() {
      if (used) throw new KuvertError('ENCRYPT_FAILED', 'streamed ciphertext can be read only once');
      used = true;
      try {
        const cipher = streams.cipher(streamParameters(parameters, ownKey), 'encrypt');
        for (let offset = 0; offset < content.length; offset += SLICE) {
          const out = cipher.update(content.subarray(offset, offset + SLICE));
          if (out.length > 0) yield out;
        }
        const last = cipher.final();
        if (last.length > 0) yield last;
        if (isAuthenticatedCipher(parameters.cipher)) tag = cipher.authTag();
      } finally {
        ownKey.fill(0);
      }
    },
    tag() {
      if (!tag) throw new KuvertError('ENCRYPT_FAILED', 'the GCM tag is known only after the content was encrypted');
      return tag;
    },
  };
}

/**
 * Decrypts `segments` (the encryptedContent as it lies in the input) into one buffer, or into
 * `target` when it starts at the first segment (in-place decryption of a buffer the caller owns).
 * Any failure wipes what was decrypted and throws: no partial plaintext leaves this function.
 */
export function decryptContentStreaming(
  parameters: ContentEncryptionParameters,
  key: Uint8Array,
  segments: readonly Uint8Array[],
  mac: Uint8Array | undefined,
  aad: Uint8Array | undefined,
  streams: CryptoStreams,
  target?: Uint8Array,
): Uint8Array {
  const gcm = isAuthenticatedCipher(parameters.cipher);
  const total = segments.reduce((n, s) => n + s.length, 0);
  // In place (target given): plaintext is written over ciphertext already consumed — the output
  // never runs ahead of the input, so no unread ciphertext is overwritten.
  const out = target ?? new Uint8Array(total + 16);
  let written = 0;
  try {
    if (gcm && mac?.length !== parameters.tagLength) throw new Error('GCM tag length differs from aes-ICVlen');
    const cipher = streams.cipher({ ...streamParameters(parameters, key), ...(gcm ? { tag: mac } : {}), ...(aad ? { aad } : {}) }, 'decrypt');
    for (const segment of segments) {
      for (let offset = 0; offset < segment.length; offset += SLICE) {
        const part = cipher.update(segment.subarray(offset, offset + SLICE));
        out.set(part, written);
        written += part.length;
      }
    }
    const last = cipher.final();
    out.set(last, written);
    written += last.length;
    return out.subarray(0, written);
  } catch (error) {
    out.fill(0);
    throw gcm
      ? new KuvertError('INTEGRITY_CHECK_FAILED', 'AES-GCM authentication failed', { cause: error })
      : new KuvertError('DECRYPT_FAILED', 'AES-CBC decryption failed', { cause: error });
  }
}
