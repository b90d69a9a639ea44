/**
 * A serialized message held as pieces, so large S/MIME output streams to a file or socket without
 * being joined first.
 */
import { KuvertError } from '../errors.js';

export interface EncodedMessage {
  /** Total length in bytes. */
  readonly length: number;
  /**
   * The bytes in order. Iterate once: with a streaming engine the ciphertext is produced during
   * the iteration and the key is wiped at its end. A piece may be overwritten once the next one
   * is requested (large bodies reuse one buffer): write or copy each piece before moving on.
   */
  pieces(): Iterable<Uint8Array>;
}

export function encodedMessageBytes(message: EncodedMessage): Uint8Array {
  const out = new Uint8Array(message.length);
  let offset = 0;
  for (const piece of message.pieces()) {
    out.set(piece, offset);
    offset += piece.length;
  }
  if (offset !== message.length) throw new KuvertError('INTERNAL', `message length ${offset} differs from the announced ${message.length}`);
  return out;
}
