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
  const out = new Uint8Array(Math.floor((src.length * 3) / 4) + 3);
  const n = src.length;
  let o = 0;
  let i = 0;
  // Fast path: whole groups of four alphabet characters (the bulk of any MIME body), one table
  // lookup each; anything else (line breaks, padding, errors) goes through the careful loop.
  for (;;) {
    while (i + 4 <= n) {
      const a = DEC[src[i]!]!;
      const b = DEC[src[i + 1]!]!;
      const c = DEC[src[i + 2]!]!;
      const d = DEC[src[i + 3]!]!;
      if ((a | b | c | d) > 63) break;
      const v = (a << 18) | (b << 12) | (c << 6) | d;
      out[o++] = v >>> 16;
      out[o++] = (v >>> 8) & 0xff;
      out[o++] = v & 0xff;
      i += 4;
    }
    if (i >= n) break;
    const c0 = DEC[src[i]!]!;
    if (c0 === WHITESPACE) {
      i++;
      continue;
    }
    // A group interrupted by whitespace, padding or an invalid character: decode it slowly.
    const step = decodeGroup(src, i, out, o);
    i = step.next;
    o = step.written;
    if (step.done) break;
  }
  return out.subarray(0, o);
}

/** Decodes one 4-character group starting at `start`, skipping whitespace inside it. */
function decodeGroup(src: Uint8Array, start: number, out: Uint8Array, offset: number): { next: number; written: number; done: boolean } {
  let acc = 0;
  let count = 0;
  let padding = 0;
  let i = start;
  let o = offset;
  while (i < src.length && count + padding < 4) {
    const d = DEC[src[i]!]!;
    if (d < 64) {
      if (padding > 0) throw new KuvertError('MIME_BAD_BASE64', `base64 data continues after padding at offset ${i}`);
      acc = (acc << 6) | d;
      count++;
    } else if (d === PAD) {
      if (count < 2) throw new KuvertError('MIME_BAD_BASE64', `misplaced base64 padding at offset ${i}`);
      padding++;
    } else if (d !== WHITESPACE) {
      throw new KuvertError('MIME_BAD_BASE64', `invalid base64 character (code ${src[i]!}) at offset ${i}`);
    }
    i++;
  }
  if (count === 4) {
    out[o++] = acc >>> 16;
    out[o++] = (acc >>> 8) & 0xff;
    out[o++] = acc & 0xff;
    return { next: i, written: o, done: false };
  }
  if (count === 1) throw new KuvertError('MIME_BAD_BASE64', 'base64 data ends in the middle of a byte');
  if (count === 0) return { next: i, written: o, done: true };
  // 2 or 3 characters: the final, short group (padding optional, RFC 4648 §3.2 as MIME sends it).
  if (count === 2) out[o++] = (acc >>> 4) & 0xff;
  else {
    out[o++] = (acc >>> 10) & 0xff;
    out[o++] = (acc >>> 2) & 0xff;
  }
  for (; i < src.length; i++) {
    const d = DEC[src[i]!]!;
    if (d === WHITESPACE || (d === PAD && padding + count < 4 && ++padding)) continue;
    throw new KuvertError('MIME_BAD_BASE64', d < 64 ? `base64 data continues after padding at offset ${i}` : `invalid base64 character (code ${src[i]!}) at offset ${i}`);
  }
  return { next: i, written: o, done: true };
}

function stringBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c > 255 ? 0 : c; // 0 is invalid base64: non-Latin-1 input is rejected by decode.
  }
  return out;
}
