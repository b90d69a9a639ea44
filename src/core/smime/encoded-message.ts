/**
 * A serialized message held as pieces, so large S/MIME output streams to a file or socket without
 * being joined first.
 */
import { concatBytes } from '../bytes.js';

export interface EncodedMessage {
  /** Total length in bytes. */
  readonly length: number;
  /**
   * The bytes in order. Iterate once: with a streaming engine the ciphertext is produced during
   * the iteration and the key is wiped at its end.
   */
  pieces(): Iterable<Uint8Array>;
}

export function encodedMessageBytes(message: EncodedMessage): Uint8Array {
  return concatBytes([...message.pieces()]);
}
