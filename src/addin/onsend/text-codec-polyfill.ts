/**
 * TextEncoder/TextDecoder for classic Outlook's JavaScript-only runtime, which is not a browser and
 * is not documented to have them; core creates a TextEncoder when it loads. Installed only where
 * missing, and only the encodings core's classifier asks for (UTF-8, UTF-16, windows-1252/latin1);
 * any other label throws RangeError as the real TextDecoder does, which core already handles.
 */

const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function encodingOf(label: string): Encoding {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  if (name === 'utf-16le' || name === 'utf-16') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  if (['windows-1252', 'latin1', 'iso-8859-1', 'us-ascii', 'ascii', 'cp1252', 'l1'].includes(name)) return 'windows-1252';
  throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
}

export class TextEncoderLite {
  readonly encoding = 'utf-8';

  encode(text = ''): Uint8Array {
    const out: number[] = [];
    for (const ch of text) {
      let c = ch.codePointAt(0) ?? 0xfffd;
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return Uint8Array.from(out);
  }
}

export class TextDecoderLite {
  readonly encoding: Encoding;
  readonly fatal: boolean;

  constructor(label = 'utf-8', options: { fatal?: boolean } = {}) {
    this.encoding = encodingOf(label);
    this.fatal = options.fatal === true;
  }

  decode(input: ArrayBufferView | ArrayBuffer = new Uint8Array(0)): string {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    switch (this.encoding) {
      case 'utf-8':
        return this.utf8(bytes);
      case 'utf-16le':
      case 'utf-16be':
        return utf16(bytes, this.encoding === 'utf-16le');
      case 'windows-1252':
        return chunks(Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b)));
    }
  }

  private utf8(bytes: Uint8Array): string {
    const units: number[] = [];
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    while (i < bytes.length) {
      const b = bytes[i] ?? 0;
      const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
      let c = need === 0 ? b : need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
      let ok = need >= 0 && i + need < bytes.length;
      for (let k = 1; ok && k <= need; k++) {
        const next = bytes[i + k] ?? 0;
        if ((next & 0xc0) !== 0x80) ok = false;
        else c = (c << 6) | (next & 63);
      }
      if (ok && need >= 2 && (c < (need === 2 ? 0x800 : 0x10000) || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))) ok = false;
      if (!ok) {
        if (this.fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
        units.push(0xfffd);
        i++;
        continue;
      }
      if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
      else units.push(c);
      i += need + 1;
    }
    return chunks(units);
  }
}

function utf16(bytes: Uint8Array, little: boolean): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push(little ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return chunks(units);
}

function chunks(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

/** Installs the two classes on globalThis where the runtime has none. */
export function installTextCodecs(target: Record<string, unknown> = globalThis): void {
  if (typeof target.TextEncoder === 'undefined') target.TextEncoder = TextEncoderLite;
  if (typeof target.TextDecoder === 'undefined') target.TextDecoder = TextDecoderLite;
}
