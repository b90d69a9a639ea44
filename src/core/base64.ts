/**
 * Base64 (RFC 4648 §4) on byte arrays, written by hand because S/MIME needs byte-exact control over
 * line breaks (RFC 2045 §6.8: lines of at most 76 characters, CRLF) and because it must run on 70 MB
 * messages without building strings: a string round trip would double the peak memory.
 */
import { KuvertError } from './errors.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = new Uint8Array(64);
for (let i = 0; i < 64; i++) ENC[i] = ALPHABET.charCodeAt(i);

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
  let o = offset;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const lineEnd = Math.min(n, i + perLine);
    const whole = lineEnd - ((lineEnd - i) % 3);
    for (; i < whole; i += 3) {
      const v = (input[i]! << 16) | (input[i + 1]! << 8) | input[i + 2]!;
      out[o++] = ENC[v >>> 18]!;
      out[o++] = ENC[(v >>> 12) & 63]!;
      out[o++] = ENC[(v >>> 6) & 63]!;
      out[o++] = ENC[v & 63]!;
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
  let o = 0;
  let acc = 0;
  let bits = 0;
  let padding = 0;
  for (let i = 0; i < src.length; i++) {
    const d = DEC[src[i]!]!;
    if (d < 64) {
      if (padding > 0) throw new KuvertError('MIME_BAD_BASE64', `base64 data continues after padding at offset ${i}`);
      acc = (acc << 6) | d;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >>> bits) & 0xff;
      }
    } else if (d === WHITESPACE) {
      continue;
    } else if (d === PAD) {
      padding++;
      if (padding > 2) throw new KuvertError('MIME_BAD_BASE64', `too much base64 padding at offset ${i}`);
    } else {
      throw new KuvertError('MIME_BAD_BASE64', `invalid base64 character (code ${src[i]!}) at offset ${i}`);
    }
  }
  if (bits >= 6) throw new KuvertError('MIME_BAD_BASE64', 'base64 data ends in the middle of a byte');
  return out.subarray(0, o);
}

function stringBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c > 255 ? 0 : c; // 0 is invalid base64: non-Latin-1 input is rejected by decode.
  }
  return out;
}
