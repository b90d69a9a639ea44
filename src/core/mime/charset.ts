/**
 * Charset decoding through the platform's TextDecoder (WHATWG Encoding: UTF-8, ISO-8859-x,
 * Windows-125x, KOI8, Shift_JIS, GB18030, ...). Note that WHATWG maps the label ISO-8859-1 to
 * Windows-1252, which is what mail clients do in practice.
 */
import { KuvertError } from '../errors.js';
import { decodeHeaderBytes } from './header-field.js';

/** A TextDecoder for `charset`, or undefined when the platform does not know the label. */
export function charsetDecoder(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

/**
 * Decodes `bytes` written in `charset`. US-ASCII (and no charset) is read as UTF-8, falling back to
 * Windows-1252, because 8-bit text labelled ASCII is common and RFC 6532 made UTF-8 the norm.
 * An unknown charset is MIME_UNSUPPORTED_ENCODING: guessing would show the user wrong text.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase();
  if (label === '' || label === 'us-ascii' || label === 'ascii') return decodeHeaderBytes(bytes);
  const decoder = charsetDecoder(label);
  if (!decoder) throw new KuvertError('MIME_UNSUPPORTED_ENCODING', `unsupported charset "${label.slice(0, 40)}"`);
  return decoder.decode(bytes);
}
