/**
 * Header values with parameters (Content-Type, Content-Disposition; RFC 2045 §5.1, RFC 2183) and
 * RFC 2231 extended parameters: continuations (`name*0*=`), and `charset'language'percent-encoded`.
 * Hand-written: the grammar is small and must be strict about what it outputs.
 */
import { utf8 } from '../bytes.js';
import { charsetDecoder } from './charset.js';

export interface ParameterizedValue {
  /** The value before the first ';', lower-cased and trimmed (e.g. "text/plain", "attachment"). */
  readonly value: string;
  /** Parameter names are lower-cased; RFC 2231 parameters are already joined and decoded. */
  readonly params: Readonly<Record<string, string>>;
}

interface Segment {
  index: number;
  extended: boolean;
  text: string;
}

/** Parses `value; name=token; name="quoted"; name*0*=utf-8''%C3%A5...`. Never throws. */
export function parseParameterizedValue(header: string): ParameterizedValue {
  const semi = indexOfUnquoted(header, ';', 0);
  const value = (semi === -1 ? header : header.slice(0, semi)).trim().toLowerCase();
  const plain = new Map<string, string>();
  const extended = new Map<string, Segment[]>();
  let pos = semi === -1 ? header.length : semi + 1;
  while (pos < header.length) {
    const eq = header.indexOf('=', pos);
    const nextSemi = indexOfUnquoted(header, ';', pos);
    if (eq === -1 || (nextSemi !== -1 && nextSemi < eq)) {
      pos = nextSemi === -1 ? header.length : nextSemi + 1; // a parameter without '=': skipped
      continue;
    }
    const name = header.slice(pos, eq).trim().toLowerCase();
    const [text, end] = readValue(header, eq + 1);
    pos = end;
    if (name === '') continue;
    const m = /^(.*?)\*(?:(\d{1,3})\*?)?$/.exec(name);
    if (m) {
      const base = m[1]!;
      const segments = extended.get(base) ?? [];
      segments.push({ index: m[2] === undefined ? 0 : Number(m[2]), extended: m[2] === undefined || name.endsWith('*'), text });
      extended.set(base, segments);
    } else if (!plain.has(name)) {
      plain.set(name, text);
    }
  }
  const params: Record<string, string> = Object.fromEntries(plain);
  for (const [name, segments] of extended) {
    const joined = joinExtended(segments);
    if (joined !== undefined) params[name] = joined; // RFC 2231 wins over a plain fallback
  }
  return { value, params };
}

function indexOfUnquoted(text: string, ch: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) return i;
  }
  return -1;
}

/** Reads a quoted-string or a token (lenient: an unquoted value runs to the next ';'). */
function readValue(text: string, from: number): [string, number] {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '"') {
    let out = '';
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === '"') break;
      else out += c;
    }
    const semi = indexOfUnquoted(text, ';', i + 1);
    return [out, semi === -1 ? text.length : semi + 1];
  }
  const semi = text.indexOf(';', i);
  const end = semi === -1 ? text.length : semi;
  return [text.slice(i, end).trim(), semi === -1 ? text.length : semi + 1];
}

function joinExtended(segments: Segment[]): string | undefined {
  segments.sort((a, b) => a.index - b.index);
  let charset = 'us-ascii';
  const bytes: number[] = [];
  for (const [i, segment] of segments.entries()) {
    if (segment.index !== i) break; // RFC 2231 §3: a gap ends the value
    let text = segment.text;
    if (segment.extended && i === 0) {
      const m = /^([^']*)'[^']*'(.*)$/s.exec(text);
      if (m) {
        charset = m[1] || 'us-ascii';
        text = m[2]!;
      }
    }
    if (segment.extended) {
      for (let j = 0; j < text.length; j++) {
        const hex = text.slice(j + 1, j + 3);
        if (text[j] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(parseInt(hex, 16));
          j += 2;
        } else bytes.push(...utf8(text[j]!));
      }
    } else bytes.push(...utf8(text));
  }
  const label = charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset;
  return charsetDecoder(label)?.decode(Uint8Array.from(bytes));
}

const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/;
/** RFC 2231 §7 attribute-char: what may stay unescaped in an extended value. */
const ATTRIBUTE_CHAR = /[!#$&+\-.0-9A-Z^_`a-z|~]/;

/**
 * Formats one parameter as `name=value` pieces: a token or quoted-string when the value is
 * printable ASCII, otherwise RFC 2231 `name*=UTF-8''...`, split into `name*0*=`, `name*1*=`, ...
 * so each piece fits on a folded line. Returns pieces to join with "; ".
 */
export function formatParameter(name: string, value: string): string[] {
  if (!TOKEN.test(name)) throw new RangeError(`invalid parameter name "${name}"`);
  const printable = /^[\x20-\x7e]*$/.test(value);
  // Printable ASCII stays a token or quoted-string (readable by every client; folding may happen at
  // its spaces); RFC 2231 is used for non-ASCII and for ASCII too long for one header line.
  if (printable && value.length <= 900) {
    return [`${name}=${TOKEN.test(value) ? value : quoteString(value)}`];
  }
  let encoded = '';
  const pieces: string[] = [];
  // Each piece, with "name*N*=" (and "UTF-8''" on the first), fits a 76-character folded line.
  const budget = (): number => Math.max(16, 72 - name.length - (pieces.length === 0 ? 12 : 5));
  for (const ch of value) {
    let part = '';
    if (ATTRIBUTE_CHAR.test(ch)) part = ch;
    else for (const byte of utf8(ch)) part += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    if (encoded.length + part.length > budget()) {
      pieces.push(encoded);
      encoded = '';
    }
    encoded += part;
  }
  pieces.push(encoded);
  if (pieces.length === 1) return [`${name}*=UTF-8''${pieces[0]!}`];
  return pieces.map((piece, i) => `${name}*${i}*=${i === 0 ? "UTF-8''" : ''}${piece}`);
}

export function quoteString(value: string): string {
  return '"' + value.replace(/(["\\])/g, '\\$1') + '"';
}

/** `value; a=b; c*=UTF-8''...` with parameters in the given order. */
export function formatParameterizedValue(value: string, params: Readonly<Record<string, string>> = {}): string {
  const pieces = [value];
  for (const [name, paramValue] of Object.entries(params)) pieces.push(...formatParameter(name, paramValue));
  return pieces.join('; ');
}
