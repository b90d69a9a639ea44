/**
 * Serializing header fields (RFC 5322 §2.2): name validation, refusal of line breaks in values
 * (header injection), RFC 2047 for non-ASCII unstructured text, and folding at 78 characters.
 */
import { utf8 } from '../bytes.js';
import { KuvertError } from '../errors.js';
import { encodeUnstructured } from './encoded-words.js';

export interface HeaderFieldInput {
  readonly name: string;
  readonly value: string;
  /**
   * The value is already formatted (addresses, parameters, message ids): it must be ASCII and is
   * folded but not encoded. Otherwise it is unstructured text and RFC 2047-encoded when needed.
   */
  readonly structured?: boolean;
}

const FOLD_AT = 78;
const MAX_LINE = 998;

/** Throws MIME_HEADER_INJECTION when `text` contains CR or LF (a header value must stay one field). */
export function assertNoLineBreak(text: string, what: string): void {
  if (/[\r\n]/.test(text)) throw new KuvertError('MIME_HEADER_INJECTION', `${what} contains a line break`);
}

export function assertHeaderName(name: string): void {
  assertNoLineBreak(name, 'a header name');
  if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) {
    throw new KuvertError('MIME_BAD_HEADER', `"${name.slice(0, 40)}" is not a valid header field name`);
  }
}

/**
 * `Name: value` with a CRLF at the end, folded before whitespace so lines stay within 78
 * characters where the value allows it. A value with non-ASCII text is treated as unstructured and
 * RFC 2047-encoded; structured values (addresses, parameters) must be formatted before.
 */
export function formatHeaderField(name: string, value: string, structured = false): string {
  assertHeaderName(name);
  assertNoLineBreak(value, `the value of ${name}`);
  if (hasControlCharacter(value)) {
    throw new KuvertError('MIME_BAD_HEADER', `the value of ${name} contains a control character`);
  }
  if (structured && /[^\x20-\x7e\t]/.test(value)) {
    throw new KuvertError('INVALID_ARGUMENT', `the structured value of ${name} must be ASCII`);
  }
  return fold(`${name}: ${structured ? value : encodeUnstructured(value)}`) + '\r\n';
}

/** Header fields as CRLF bytes, in the given order, without the empty line after them. */
export function serializeHeaderFields(fields: readonly HeaderFieldInput[]): Uint8Array {
  return utf8(fields.map((f) => formatHeaderField(f.name, f.value, f.structured)).join(''));
}

function fold(line: string): string {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > FOLD_AT) {
    // Break before the last whitespace that keeps this line within the limit, never at position 0
    // (a line of only whitespace is not allowed) and, failing that, at the first possible place.
    let cut = lastBreak(rest, FOLD_AT);
    if (cut <= 0) cut = firstBreak(rest);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  if (lines.some((l) => l.length > MAX_LINE)) {
    throw new KuvertError('MIME_BAD_HEADER', 'a header line would exceed 998 characters');
  }
  return lines.join('\r\n');
}

function isBreak(line: string, i: number): boolean {
  const c = line[i];
  // Whitespace followed by something other than whitespace, so no line is all whitespace.
  return (c === ' ' || c === '\t') && i + 1 < line.length && line[i + 1] !== ' ' && line[i + 1] !== '\t' && /\S/.test(line.slice(0, i));
}

function lastBreak(line: string, limit: number): number {
  for (let i = Math.min(limit, line.length - 1); i > 0; i--) if (isBreak(line, i)) return i;
  return -1;
}

function firstBreak(line: string): number {
  for (let i = 1; i < line.length; i++) if (isBreak(line, i)) return i;
  return -1;
}

/** C0 controls other than tab, and DEL: never valid in a header value. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127) return true;
  }
  return false;
}
