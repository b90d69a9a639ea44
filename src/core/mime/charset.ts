/**
 * Charset decoding through the platform's TextDecoder (WHATWG Encoding: UTF-8, ISO-8859-x,
 * Windows-125x, KOI8, Shift_JIS, GB18030, ...). WHATWG maps ISO-8859-1 and US-ASCII to
 * Windows-1252, which is what mail clients do; that one is decoded here by table because Node's
 * TextDecoder decodes it as plain Latin-1 (0x80–0x9F become C1 controls instead of "–", "€", ...).
 */
import { KuvertError } from '../errors.js';

/** Windows-1252 0x80–0x9F (0 = undefined in 1252, kept as the C1 control like WHATWG does). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export interface CharsetDecoder {
  decode(bytes: Uint8Array): string;
}

const windows1252: CharsetDecoder = {
  decode(bytes: Uint8Array): string {
    let out = '';
    const CHUNK = 0x2000;
    for (let i = 0; i < bytes.length; i += CHUNK) {
      const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
      out += String.fromCharCode(...codes);
    }
    return out;
  },
};

/** A decoder for `charset`, or undefined when the platform does not know the label. */
export function charsetDecoder(charset: string): CharsetDecoder | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase());
  } catch {
    return undefined;
  }
  return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
}

/** Header bytes as text: ASCII fast path, UTF-8 (RFC 6532), else Windows-1252 as legacy mailers send. */
export function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return windows1252.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

/**
 * Decodes `bytes` written in `charset`. US-ASCII (and no charset) is read as UTF-8, falling back to
 * Windows-1252, because 8-bit text labelled ASCII is common and RFC 6532 made UTF-8 the norm.
 * An unknown charset is MIME_UNSUPPORTED_ENCODING: guessing would show the user wrong text.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase();
  if (label === '' || label === 'us-ascii' || label === 'ascii') return decodeUtf8OrLegacy(bytes);
  const decoder = charsetDecoder(label);
  if (!decoder) throw new KuvertError('MIME_UNSUPPORTED_ENCODING', `unsupported charset "${label.slice(0, 40)}"`);
  return decoder.decode(bytes);
}
