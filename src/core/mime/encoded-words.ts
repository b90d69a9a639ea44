/**
 * RFC 2047 encoded-words in header values ("=?charset?B|Q?text?="), decode and encode.
 * Hand-written (not postal-mime's decodeWords) so that the encoder and decoder share one notion of
 * the grammar and so that adjacent words splitting one UTF-8 character decode correctly.
 */
import { decodeBase64, encodeBase64String } from '../base64.js';
import { utf8, concatBytes } from '../bytes.js';
import { charsetDecoder } from './charset.js';

// RFC 2231 §5 allows a language after '*' in the charset: =?utf-8*sv?Q?...?=
const WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;

/** The longest encoded-word (RFC 2047 §2). */
const MAX_WORD = 75;

/**
 * Decodes every encoded-word in `text`. Whitespace between two adjacent encoded-words is dropped
 * (RFC 2047 §6.2); adjacent words in the same charset are joined as bytes before decoding, since
 * some mailers split a multi-byte character across words. A word that cannot be decoded (unknown
 * charset, bad base64) is left as written, so nothing is silently replaced.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Uint8Array[]; source: string } | undefined;
  const flush = (): void => {
    if (!pending) return;
    out += decodeWordBytes(pending.charset, concatBytes(pending.bytes)) ?? pending.source;
    pending = undefined;
  };
  for (const match of text.matchAll(WORD)) {
    const [source, rawCharset = '', encoding = '', payload = ''] = match;
    const between = text.slice(last, match.index);
    const adjacent = pending !== undefined && /^[ \t\r\n]*$/.test(between);
    if (!adjacent) {
      flush();
      out += between;
    }
    last = match.index + source.length;
    const bytes = wordPayload(encoding, payload);
    const charset = rawCharset.toLowerCase();
    if (bytes === undefined) {
      flush();
      if (adjacent) out += between;
      out += source;
      continue;
    }
    if (pending && pending.charset === charset) {
      pending.bytes.push(bytes);
      pending.source += between + source;
    } else {
      flush();
      pending = { charset, bytes: [bytes], source };
    }
  }
  flush();
  return out + text.slice(last);
}

function wordPayload(encoding: string, payload: string): Uint8Array | undefined {
  if (encoding === 'B' || encoding === 'b') {
    try {
      return decodeBase64(payload);
    } catch {
      return undefined;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    if (c === 0x5f) out.push(0x20); // '_' is a space in Q (RFC 2047 §4.2)
    else if (c === 0x3d) {
      const hex = payload.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

function decodeWordBytes(charset: string, bytes: Uint8Array): string | undefined {
  const label = charset === 'us-ascii' ? 'utf-8' : charset;
  return charsetDecoder(label)?.decode(bytes);
}

/** Characters that may stay literal in a Q word in any header context (RFC 2047 §5 (3)). */
const Q_SAFE = /[A-Za-z0-9!*+\-/]/;

/**
 * Encodes `text` as UTF-8 encoded-words separated by single spaces, each at most 75 characters and
 * never splitting a character, so a header serializer can fold between them. Picks Q when most
 * characters are ASCII and B otherwise (whichever is shorter). The result is safe in a phrase
 * (display name) as well as in unstructured text. `maxWord` shortens words that follow other text
 * on their line (e.g. `name="` in a parameter), so the line stays within 78 characters.
 */
export function encodeEncodedWords(text: string, maxWord = MAX_WORD): string {
  const chars = Array.from(text);
  const qLength = chars.reduce((sum, ch) => sum + qEncode(ch).length, 0);
  const bLength = Math.ceil(utf8(text).length / 3) * 4;
  const useQ = qLength <= bLength;
  const prefix = useQ ? '=?UTF-8?Q?' : '=?UTF-8?B?';
  const room = Math.min(maxWord, MAX_WORD) - prefix.length - 2;
  const words: string[] = [];
  let current: string[] = [];
  const size = (group: string[]): number =>
    useQ ? group.reduce((sum, ch) => sum + qEncode(ch).length, 0) : Math.ceil(utf8(group.join('')).length / 3) * 4;
  const emit = (): void => {
    if (current.length === 0) return;
    const joined = current.join('');
    words.push(prefix + (useQ ? current.map(qEncode).join('') : encodeBase64String(utf8(joined))) + '?=');
    current = [];
  };
  for (const ch of chars) {
    current.push(ch);
    if (size(current) > room) {
      current.pop();
      emit();
      current.push(ch);
    }
  }
  emit();
  return words.join(' ');
}

function qEncode(ch: string): string {
  if (ch === ' ') return '_';
  if (Q_SAFE.test(ch)) return ch;
  let out = '';
  for (const byte of utf8(ch)) out += '=' + byte.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

/** True when `text` needs encoding: non-ASCII, control characters, or something that looks like an encoded-word. */
export function needsEncoding(text: string): boolean {
  return /[^\x20-\x7e\t]/.test(text) || /=\?[^?]*\?[BbQq]\?/.test(text);
}

/**
 * Encodes unstructured text (Subject, Comments): ASCII words stay readable; the run from the first
 * to the last word that needs encoding becomes encoded-words (RFC 2047 §5 (1)).
 */
export function encodeUnstructured(text: string): string {
  if (!needsEncoding(text)) return text;
  const words = text.split(' ');
  const first = words.findIndex(needsEncoding);
  let last = words.length - 1;
  while (last > first && !needsEncoding(words[last]!)) last--;
  const head = words.slice(0, first);
  const tail = words.slice(last + 1);
  const encoded = encodeEncodedWords(words.slice(first, last + 1).join(' '));
  return [...head, encoded, ...tail].join(' ');
}
