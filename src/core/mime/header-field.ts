/**
 * Header fields of an entity (RFC 5322 §2.2, §3.6) split from its body without looking at the body.
 * Hand-written because the raw bytes of each field must be kept exactly (signatures hash them) and
 * because S/MIME wraps 50 MB messages: only the header block may be scanned.
 */
import { KuvertError } from '../errors.js';
import { latin1 } from '../bytes.js';
import { decodeUtf8OrLegacy } from './charset.js';

export interface HeaderField {
  /** The name as written (case kept); compare with `lowerName`. */
  readonly name: string;
  readonly lowerName: string;
  /**
   * The unfolded value (RFC 5322 §2.2.3): line breaks before whitespace removed, surrounding
   * whitespace trimmed, RFC 2047 words NOT decoded. 8-bit bytes are read as UTF-8 (RFC 6532), or as
   * Windows-1252 when they are not valid UTF-8 (legacy mailers).
   */
  readonly value: string;
  /** The exact bytes of the field, continuation lines and the final line break included. */
  readonly raw: Uint8Array;
}

export interface HeaderBlock {
  readonly fields: readonly HeaderField[];
  /** Offset of the end of the last field (= start of the empty line, or of the body if none). */
  readonly headerEnd: number;
  /** Offset of the first body byte, after the empty line; `bytes.length` when there is no body. */
  readonly bodyOffset: number;
}

const LF = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const COLON = 58;

/** The most header fields one entity may have; more is an attack, not a mail. */
export const MAX_HEADER_FIELDS = 2000;

/**
 * Splits the header block at the start of `bytes` (CRLF or bare LF line breaks) into fields and
 * returns where the body starts. Stops at the first empty line; the body is never read.
 * A header block without an empty line after it ends at the end of the input (no body).
 */
export function splitHeaderBlock(bytes: Uint8Array): HeaderBlock {
  const fields: HeaderField[] = [];
  let pos = 0;
  const n = bytes.length;
  while (pos < n) {
    const first = bytes[pos]!;
    if (first === LF) return { fields, headerEnd: pos, bodyOffset: pos + 1 };
    if (first === CR && bytes[pos + 1] === LF) return { fields, headerEnd: pos, bodyOffset: pos + 2 };
    if (first === SP || first === TAB) {
      throw new KuvertError('MIME_BAD_HEADER', `a continuation line without a header field at offset ${pos}`);
    }
    const start = pos;
    let end = lineEnd(bytes, pos);
    // Continuation lines start with whitespace (folding, RFC 5322 §2.2.3).
    while (end < n && (bytes[end] === SP || bytes[end] === TAB)) end = lineEnd(bytes, end);
    fields.push(parseField(bytes, start, end));
    if (fields.length > MAX_HEADER_FIELDS) throw new KuvertError('MIME_BAD_HEADER', 'too many header fields');
    pos = end;
  }
  return { fields, headerEnd: n, bodyOffset: n };
}

/** Offset just after the line break of the line starting at `pos` (or the end of input). */
function lineEnd(bytes: Uint8Array, pos: number): number {
  const lf = bytes.indexOf(LF, pos);
  return lf === -1 ? bytes.length : lf + 1;
}

function parseField(bytes: Uint8Array, start: number, end: number): HeaderField {
  let colon = -1;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === COLON) {
      colon = i;
      break;
    }
    if (c === LF || c === CR || c < 33 && c !== SP && c !== TAB || c > 126) break;
  }
  if (colon === -1) throw new KuvertError('MIME_BAD_HEADER', `a header line without a colon at offset ${start}`);
  // Obsolete syntax (RFC 5322 §4.5.1) allows whitespace between the name and the colon.
  const name = latin1(bytes, start, colon).replace(/[ \t]+$/, '');
  if (name.length === 0 || /[^\x21-\x39\x3b-\x7e]/.test(name)) {
    throw new KuvertError('MIME_BAD_HEADER', `an invalid header field name at offset ${start}`);
  }
  const value = unfold(decodeUtf8OrLegacy(bytes.subarray(colon + 1, end)));
  return { name, lowerName: name.toLowerCase(), value, raw: bytes.subarray(start, end) };
}

/** RFC 5322 §2.2.3: unfolding removes each line break that is followed by whitespace. */
function unfold(text: string): string {
  return text.replace(/\r?\n(?=[ \t])/g, '').replace(/\r?\n$/, '').trim();
}
