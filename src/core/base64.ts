/**
 * Base64 (RFC 4648 §4) on byte arrays, written by hand because S/MIME needs byte-exact control over
 * line breaks (RFC 2045 §6.8: lines of at most 76 characters, CRLF) and because it must run on 70 MB
 * messages without building strings: a string round trip would double the peak memory.
 */
import { KuvertError } from './errors.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = new Uint8Array(64);
for (let i = 0; i < 64; i++) ENC[i] = ALPHABET.charCodeAt(i);

// Two output characters per lookup (12 input bits), stored for a little-endian Uint16 write.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const ENC_PAIR = new Uint16Array(4096);
for (let i = 0; i < 4096; i++) {
  const first = ENC[i >>> 6]!;
  const second = ENC[i & 63]!;
  ENC_PAIR[i] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
}

const INVALID = 255;
const WHITESPACE = 254;
const PAD = 253;
const DEC = new Uint8Array(256).fill(INVALID);
for (let i = 0; i < 64; i++) DEC[ALPHABET.charCodeAt(i)] = i;
for (const c of [9, 10, 13, 32]) DEC[c] = WHITESPACE;
DEC[61] = PAD;

/** The number of output bytes of `encodeBase64` for `length` input bytes. */
export function base64EncodedLength(length: number, lineLength = 0): number {
  const chars = Math.ceil(length / 3) * 4;
  if (lineLength <= 0 || chars === 0) return chars;
  return chars + Math.ceil(chars / lineLength) * 2;
}

/**
 * Encodes bytes as base64 ASCII bytes. With `lineLength` (a multiple of 4, e.g. 76 for MIME), every
 * line, including the last, ends in CRLF.
 */
export function encodeBase64(input: Uint8Array, lineLength = 0): Uint8Array {
  if (lineLength % 4 !== 0) throw new RangeError('lineLength must be a multiple of 4');
  const out = new Uint8Array(base64EncodedLength(input.length, lineLength));
  const written = encodeBase64Into(input, out, 0, lineLength);
  return written === out.length ? out : out.subarray(0, written);
}

/**
 * Encodes `input` into `out` at `offset`; returns the new offset. Input whose length is a multiple
 * of `lineLength / 4 * 3` can be encoded chunk by chunk with identical output (streaming).
 */
export function encodeBase64Into(input: Uint8Array, out: Uint8Array, offset: number, lineLength = 0): number {
  const perLine = lineLength > 0 ? (lineLength / 4) * 3 : input.length || 1;
  const n = input.length;
  // Fast path: 16-bit stores of two characters each. Lines (76 + CRLF) have even length, so one
  // Uint16 view serves the whole output when it starts on an even address.
  const aligned = ((out.byteOffset + offset) & 1) === 0;
  const pairs = aligned ? new Uint16Array(out.buffer, out.byteOffset + offset, (out.length - offset) >>> 1) : undefined;
  let o = offset;
  let i = 0;
  while (i < n) {
    const lineEnd = Math.min(n, i + perLine);
    const whole = lineEnd - ((lineEnd - i) % 3);
    if (pairs) {
      let p = (o - offset) >>> 1;
      for (; i < whole; i += 3) {
        const v = (input[i]! << 16) | (input[i + 1]! << 8) | input[i + 2]!;
        pairs[p++] = ENC_PAIR[v >>> 12]!;
        pairs[p++] = ENC_PAIR[v & 4095]!;
      }
      o = offset + p * 2;
    } else {
      for (; i < whole; i += 3) {
        const v = (input[i]! << 16) | (input[i + 1]! << 8) | input[i + 2]!;
        out[o++] = ENC[v >>> 18]!;
        out[o++] = ENC[(v >>> 12) & 63]!;
        out[o++] = ENC[(v >>> 6) & 63]!;
        out[o++] = ENC[v & 63]!;
      }
    }
    if (i < lineEnd) {
      const rest = lineEnd - i;
      const v = (input[i]! << 16) | (rest === 2 ? input[i + 1]! << 8 : 0);
      out[o++] = ENC[v >>> 18]!;
      out[o++] = ENC[(v >>> 12) & 63]!;
      out[o++] = rest === 2 ? ENC[(v >>> 6) & 63]! : 61;
      out[o++] = 61;
      i = lineEnd;
    }
    if (lineLength > 0) {
      out[o++] = 13;
      out[o++] = 10;
    }
  }
  return o;
}

export function encodeBase64String(input: Uint8Array, lineLength = 0): string {
  const bytes = encodeBase64(input, lineLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return s;
}

/**
 * Decodes base64 bytes, skipping CR, LF, space and tab. Anything else outside the alphabet, data
 * after padding, or a dangling single character is an error (MIME_BAD_BASE64): a silently
 * shortened attachment is worse than a refusal.
 */
export function decodeBase64(input: Uint8Array | string): Uint8Array {
  const src = typeof input === 'string' ? stringBytes(input) : input;
  const decoder = new Base64Decoder(new Uint8Array(Math.ceil((src.length * 3) / 4) + 3));
  decoder.push(src);
  return decoder.end();
}

const cursor = { i: 0, o: 0 };

/**
 * The hot loop, kept small and standalone so the JIT optimizes it well: whole groups of four
 * alphabet characters, and whitespace between groups. Stops at anything else; leaves its position
 * in `cursor` (two return values without an allocation per call).
 */
function decodeGroups(src: Uint8Array, start: number, out: Uint8Array, offset: number): void {
  const n = src.length;
  let i = start;
  let o = offset;
  while (i + 4 <= n) {
    const a = DEC[src[i]!]!;
    const b = DEC[src[i + 1]!]!;
    const c = DEC[src[i + 2]!]!;
    const d = DEC[src[i + 3]!]!;
    if ((a | b | c | d) > 63) {
      if (a === WHITESPACE) {
        i++;
        continue;
      }
      break;
    }
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 0xff;
    out[o++] = v & 0xff;
    i += 4;
  }
  cursor.i = i;
  cursor.o = o;
}

/**
 * Incremental base64 decoding into a buffer the caller sized (at most ceil(n·3/4) bytes for n
 * input bytes), so a large S/MIME body can be decoded while it is read, without holding the text.
 * Chunks may split a 4-character group anywhere; the same rules as decodeBase64 apply.
 */
export class Base64Decoder {
  readonly #out: Uint8Array;
  #written = 0;
  #offset = 0; // input bytes consumed so far, for error messages
  #acc = 0;
  #count = 0; // significant characters pending in #acc (0–3)
  #padding = 0;

  constructor(out: Uint8Array) {
    this.#out = out;
  }

  get written(): number {
    return this.#written;
  }

  push(src: Uint8Array): void {
    const out = this.#out;
    const n = src.length;
    if (this.#written + Math.ceil((n * 3) / 4) + 3 > out.length && this.#written + this.#upperBound(src) > out.length) {
      throw new RangeError('base64 output buffer is too small');
    }
    // State lives in locals while decoding (hot loop); written back at the end.
    let o = this.#written;
    let acc = this.#acc;
    let count = this.#count;
    let padding = this.#padding;
    let i = 0;
    {
      while (i < n) {
        if (count === 0 && padding === 0) {
          decodeGroups(src, i, out, o);
          i = cursor.i;
          o = cursor.o;
          if (i >= n) break;
        }
        const d = DEC[src[i]!]!;
        if (d === WHITESPACE) {
          i++;
          continue;
        }
        if (d < 64) {
          if (padding > 0) this.#fail(`base64 data continues after padding at offset ${this.#offset + i}`);
          acc = (acc << 6) | d;
          if (++count === 4) {
            out[o++] = (acc >>> 16) & 0xff;
            out[o++] = (acc >>> 8) & 0xff;
            out[o++] = acc & 0xff;
            count = 0;
            acc = 0;
          }
        } else if (d === PAD) {
          if (count < 2 || count + ++padding > 4) this.#fail(`misplaced base64 padding at offset ${this.#offset + i}`);
        } else {
          this.#fail(`invalid base64 character (code ${src[i]!}) at offset ${this.#offset + i}`);
        }
        i++;
      }
    }
    {
      this.#written = o;
      this.#acc = acc;
      this.#count = count;
      this.#padding = padding;
      this.#offset += i;
    }
  }

  /** Flushes a final short group (padding optional, as MIME senders vary) and returns the bytes. */
  end(): Uint8Array {
    const count = this.#count;
    if (count === 1) this.#fail('base64 data ends in the middle of a byte');
    const out = this.#out;
    if (count === 2) out[this.#written++] = (this.#acc >>> 4) & 0xff;
    if (count === 3) {
      out[this.#written++] = (this.#acc >>> 10) & 0xff;
      out[this.#written++] = (this.#acc >>> 2) & 0xff;
    }
    this.#count = 0;
    return out.subarray(0, this.#written);
  }

  #upperBound(src: Uint8Array): number {
    let significant = 0;
    for (let i = 0; i < src.length; i++) if (DEC[src[i]!]! < 64) significant++;
    return Math.ceil(((significant + this.#count) * 3) / 4);
  }

  #fail(message: string): never {
    throw new KuvertError('MIME_BAD_BASE64', message);
  }
}

function stringBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c > 255 ? 0 : c; // 0 is invalid base64: non-Latin-1 input is rejected by decode.
  }
  return out;
}
