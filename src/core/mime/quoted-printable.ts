/**
 * Quoted-printable (RFC 2045 §6.7). Hand-written because decoding must be strict (postal-mime and
 * most decoders pass a malformed "=" through; we refuse it) and work on byte views without strings.
 */
import { KuvertError } from '../errors.js';

const EQ = 61;
const CR = 13;
const LF = 10;
const SP = 32;
const TAB = 9;

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87; // lower case is tolerated (RFC 2045 §6.7 (1) note)
  return -1;
}

/**
 * Decodes quoted-printable bytes. "=XX" is a byte, "=" before a line break (optionally after
 * whitespace a transport added) is a soft line break, line breaks stay as they are. Any other "="
 * is MIME_BAD_QUOTED_PRINTABLE. Trailing whitespace before a line break is removed (§6.7 (3)).
 */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let o = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input[i]!;
    if (c === EQ) {
      const hi = hexValue(input[i + 1]);
      const lo = hexValue(input[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[o++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < n && (input[j] === SP || input[j] === TAB)) j++;
      if (j === n) break; // "=" at the very end: a soft break with nothing after it
      if (input[j] === LF) {
        i = j;
        continue;
      }
      if (input[j] === CR && input[j + 1] === LF) {
        i = j + 1;
        continue;
      }
      throw new KuvertError('MIME_BAD_QUOTED_PRINTABLE', `"=" not followed by two hex digits or a line break at offset ${i}`);
    }
    if (c === SP || c === TAB) {
      let j = i;
      while (j < n && (input[j] === SP || input[j] === TAB)) j++;
      if (j === n || input[j] === LF || (input[j] === CR && input[j + 1] === LF)) {
        i = j - 1; // trailing whitespace was added in transport: drop it
        continue;
      }
    }
    out[o++] = c;
  }
  return out.subarray(0, o);
}

const HEX = '0123456789ABCDEF';
const MAX_LINE = 76;

/**
 * Encodes bytes as quoted-printable with CRLF line breaks, lines at most 76 characters. With
 * `text` (the default) CRLF and bare LF in the input are line breaks and come out as CRLF; without it
 * every CR and LF is escaped. "From " and "." at a line start are escaped so that mbox and SMTP
 * transports cannot alter signed text.
 */
export function encodeQuotedPrintable(input: Uint8Array, options: { text?: boolean } = {}): Uint8Array {
  const text = options.text ?? true;
  const out: number[] = [];
  let lineLength = 0;
  const push = (bytes: number[]): void => {
    if (lineLength + bytes.length > MAX_LINE - 1) {
      out.push(EQ, CR, LF);
      lineLength = 0;
    }
    for (const b of bytes) out.push(b);
    lineLength += bytes.length;
  };
  const escaped = (c: number): number[] => [EQ, HEX.charCodeAt(c >> 4), HEX.charCodeAt(c & 15)];
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input[i]!;
    if (text && (c === LF || (c === CR && input[i + 1] === LF))) {
      if (c === CR) i++;
      out.push(CR, LF);
      lineLength = 0;
      continue;
    }
    const atLineEnd = i + 1 === n || (text && (input[i + 1] === LF || (input[i + 1] === CR && input[i + 2] === LF)));
    const lineStart = lineLength === 0;
    const mustEscape =
      c === EQ ||
      c > 126 ||
      (c < 32 && c !== TAB) ||
      ((c === SP || c === TAB) && atLineEnd) ||
      (lineStart && c === 46) ||
      (lineStart && c === 70 && startsWithFromSpace(input, i));
    push(mustEscape ? escaped(c) : [c]);
  }
  return Uint8Array.from(out);
}

function startsWithFromSpace(input: Uint8Array, i: number): boolean {
  return input[i + 1] === 114 && input[i + 2] === 111 && input[i + 3] === 109 && input[i + 4] === SP;
}
