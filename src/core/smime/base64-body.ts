/**
 * Streams DER chunks out as a MIME base64 body (76-character lines, CRLF) without joining them:
 * a 50 MB EnvelopedData becomes ~68 MB of text, which must not sit in memory twice.
 */
import { base64EncodedLength, encodeBase64Into } from '../base64.js';

const LINE = 76;
const LINE_BYTES = 57; // 76 base64 characters encode 57 bytes
const BLOCK_LINES = 2048; // ~117 KB in, ~160 KB out per yielded piece

export function base64BodyLength(length: number): number {
  return base64EncodedLength(length, LINE);
}

/** Yields the body in pieces of up to ~160 KB; each piece is overwritten when the next is asked for. */
export function* base64Body(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
  const blockBytes = LINE_BYTES * BLOCK_LINES;
  const carry = new Uint8Array(blockBytes);
  const output = new Uint8Array(base64EncodedLength(blockBytes, LINE));
  const encode = (bytes: Uint8Array): Uint8Array => output.subarray(0, encodeBase64Into(bytes, output, 0, LINE));
  let carried = 0;
  for (const chunk of chunks) {
    let offset = 0;
    if (carried > 0) {
      const take = Math.min(blockBytes - carried, chunk.length);
      carry.set(chunk.subarray(0, take), carried);
      carried += take;
      offset = take;
      if (carried < blockBytes) continue;
      yield encode(carry);
      carried = 0;
    }
    while (chunk.length - offset >= blockBytes) {
      yield encode(chunk.subarray(offset, offset + blockBytes));
      offset += blockBytes;
    }
    const rest = chunk.length - offset;
    if (rest > 0) {
      carry.set(chunk.subarray(offset), 0);
      carried = rest;
    }
  }
  if (carried > 0) yield encode(carry.subarray(0, carried));
}
