/**
 * The crypto engine core code runs on. Passed in as the last parameter (PKI.js style) so the same
 * code runs in the browser, Outlook's event runtime and Node; the default is the platform's own.
 *
 * WebCrypto is one-shot: `encrypt`, `decrypt` and `digest` take the whole input and copy it. For
 * 50–150 MB messages that doubles the peak memory, so an engine may also carry `streams`:
 * incremental ciphers and hashes (Node supplies them from node:crypto, see src/cli/node-crypto.ts).
 * Code that gets no `streams` falls back to WebCrypto with identical results.
 */
export type StreamCipherAlgorithm = 'AES-CBC' | 'AES-GCM';
export type StreamDigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface StreamCipherParameters {
  readonly algorithm: StreamCipherAlgorithm;
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  /** GCM: the tag length in bytes (decrypt: the expected tag is `tag`). */
  readonly tagLength?: number;
  /** GCM: additional authenticated data. */
  readonly aad?: Uint8Array;
  /** GCM decryption: the tag to check at `final()`. */
  readonly tag?: Uint8Array;
}

/**
 * One incremental cipher. Output of `update` and `final` is in order; `final` checks CBC padding
 * (decrypt) or the GCM tag and throws on failure — the caller must then discard all output.
 */
export interface StreamCipher {
  update(input: Uint8Array): Uint8Array;
  final(): Uint8Array;
  /** GCM encryption: the tag, after `final()`. */
  authTag(): Uint8Array;
}

export interface StreamHash {
  update(input: Uint8Array): void;
  digest(): Uint8Array;
}

export interface CryptoStreams {
  cipher(parameters: StreamCipherParameters, direction: 'encrypt' | 'decrypt'): StreamCipher;
  hash(algorithm: StreamDigestAlgorithm): StreamHash;
}

export type CryptoEngine = Crypto & { readonly streams?: CryptoStreams };

export function defaultCrypto(): CryptoEngine {
  const engine = (globalThis as { crypto?: Crypto }).crypto;
  if (!engine?.subtle) throw new Error('WebCrypto is not available on this platform');
  return engine;
}

/**
 * Digest of content given in pieces: incremental when the engine has streams, otherwise one
 * WebCrypto call over the joined pieces.
 */
export async function digestChunks(algorithm: StreamDigestAlgorithm, chunks: Iterable<Uint8Array>, crypto: CryptoEngine = defaultCrypto()): Promise<Uint8Array> {
  if (crypto.streams) {
    const hash = crypto.streams.hash(algorithm);
    for (const chunk of chunks) hash.update(chunk);
    return hash.digest();
  }
  const parts = [...chunks];
  let data: Uint8Array;
  if (parts.length === 1) {
    data = parts[0]!;
  } else {
    data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      data.set(part, offset);
      offset += part.length;
    }
  }
  return new Uint8Array(await crypto.subtle.digest(algorithm, data as Uint8Array<ArrayBuffer>));
}
