// The on-send bundle's TextEncoder/TextDecoder stand-ins agree with the real ones on what core uses.
import { installTextCodecs, TextDecoderLite, TextEncoderLite } from '../../../src/addin/onsend/text-codec-polyfill.js';

const samples = ['', 'abc', 'Åsa Öberg – 19121212-1212 ✓', '😀 emoji', 'a\u0000b', '\ud800 lone'];

describe('text codecs for the JavaScript-only runtime', () => {
  it.each(samples)('encodes %j as UTF-8 like TextEncoder', (text) => {
    expect(Array.from(new TextEncoderLite().encode(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });

  it.each(samples)('round-trips %j through UTF-8', (text) => {
    expect(new TextDecoderLite('utf-8').decode(new TextEncoder().encode(text))).toBe(new TextDecoder('utf-8').decode(new TextEncoder().encode(text)));
  });

  it.each([[[0xc3]], [[0xff, 0x41]], [[0xe2, 0x82]], [[0xed, 0xa0, 0x80]], [[0xc0, 0xaf]], [[0xf4, 0x90, 0x80, 0x80]]])('replaces or rejects malformed UTF-8 %j like TextDecoder', (bytes) => {
    const input = Uint8Array.from(bytes);
    expect(() => new TextDecoderLite('utf-8', { fatal: true }).decode(input)).toThrow(TypeError);
    expect(new TextDecoderLite('utf-8').decode(input).replace(/\ufffd+/g, '?')).toBe(new TextDecoder('utf-8').decode(input).replace(/\ufffd+/g, '?'));
  });

  it('decodes windows-1252 (WHATWG) and UTF-16 like TextDecoder', () => {
    // WHATWG windows-1252 (Node's own decoder treats this label as latin1, so compare with the table).
    expect(new TextDecoderLite('windows-1252').decode(Uint8Array.from([0x41, 0x80, 0x81, 0x96, 0x9f, 0xe5, 0xff]))).toBe('A€\u0081–Ÿåÿ');
    const utf16 = Uint8Array.from([0x41, 0x00, 0xe5, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    expect(new TextDecoderLite('utf-16le').decode(utf16)).toBe(new TextDecoder('utf-16le').decode(utf16));
    expect(new TextDecoderLite('utf-16be').decode(utf16)).toBe(new TextDecoder('utf-16be').decode(utf16));
  });

  it('rejects unknown encodings with RangeError', () => {
    expect(() => new TextDecoderLite('koi8-r')).toThrow(RangeError);
  });

  it('installs only where the runtime has none', () => {
    const bare: Record<string, unknown> = {};
    installTextCodecs(bare);
    expect(bare.TextEncoder).toBe(TextEncoderLite);
    const full: Record<string, unknown> = { TextEncoder, TextDecoder };
    installTextCodecs(full);
    expect(full.TextEncoder).toBe(TextEncoder);
  });
});
