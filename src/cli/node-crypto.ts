/**
 * The CryptoEngine the CLI and the companion use: Node's WebCrypto plus incremental ciphers and
 * hashes from node:crypto, so 50–150 MB messages are encrypted and hashed without whole copies.
 */
import { createCipheriv, createDecipheriv, createHash, webcrypto, type CipherGCM, type DecipherGCM } from 'node:crypto';
import type { CryptoEngine, CryptoStreams, StreamCipher, StreamCipherParameters } from '../core/crypto-engine.js';

const HASHES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;

function nodeCipherName(parameters: StreamCipherParameters): string {
  const bits = parameters.key.length * 8;
  return `aes-${bits}-${parameters.algorithm === 'AES-GCM' ? 'gcm' : 'cbc'}`;
}

function streamCipher(parameters: StreamCipherParameters, direction: 'encrypt' | 'decrypt'): StreamCipher {
  const name = nodeCipherName(parameters);
  const gcm = parameters.algorithm === 'AES-GCM';
  const options = gcm ? { authTagLength: parameters.tagLength ?? 16 } : undefined;
  const cipher = direction === 'encrypt'
    ? createCipheriv(name, parameters.key, parameters.iv, options as never)
    : createDecipheriv(name, parameters.key, parameters.iv, options as never);
  if (gcm) {
    if (parameters.aad) (cipher as CipherGCM | DecipherGCM).setAAD(parameters.aad);
    if (direction === 'decrypt') {
      if (!parameters.tag) throw new TypeError('GCM decryption needs the tag');
      (cipher as DecipherGCM).setAuthTag(parameters.tag);
    }
  }
  return {
    update: (input) => cipher.update(input),
    final: () => cipher.final(),
    authTag: () => (cipher as CipherGCM).getAuthTag(),
  };
}

const streams: CryptoStreams = {
  cipher: streamCipher,
  hash(algorithm) {
    const hash = createHash(HASHES[algorithm]);
    return {
      update: (input) => void hash.update(input),
      digest: () => hash.digest(),
    };
  },
};

export function nodeCrypto(): CryptoEngine {
  const web = webcrypto as unknown as Crypto;
  return {
    subtle: web.subtle,
    getRandomValues: (array) => web.getRandomValues(array),
    randomUUID: () => web.randomUUID(),
    streams,
  };
}
