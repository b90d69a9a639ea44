import { randomBytes } from 'node:crypto';
import { Base64Decoder, decodeBase64, encodeBase64, encodeBase64Into, base64EncodedLength } from '../../../src/core/base64.js';
import { isKuvertError } from '../../../src/core/errors.js';

const ascii = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('base64', () => {
  it.each([0, 1, 2, 3, 56, 57, 58, 1000, 65537])('round-trips %i bytes like Node does', (n) => {
    const data = new Uint8Array(randomBytes(n));
    expect(ascii(encodeBase64(data))).toBe(Buffer.from(data).toString('base64'));
    expect(Buffer.from(decodeBase64(encodeBase64(data, 76)))).toEqual(Buffer.from(data));
  });

  it('breaks MIME lines at 76 characters with CRLF, the last line included', () => {
    const data = new Uint8Array(randomBytes(200));
    const text = ascii(encodeBase64(data, 76));
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.slice(0, -1).every((l) => l.length === 76)).toBe(true);
    expect(lines.join('')).toBe(Buffer.from(data).toString('base64'));
    expect(text.length).toBe(base64EncodedLength(200, 76));
  });

  it('encodes in chunks of whole lines exactly as in one piece (streaming)', () => {
    const data = new Uint8Array(randomBytes(57 * 10 + 5));
    const out = new Uint8Array(base64EncodedLength(data.length, 76));
    let o = encodeBase64Into(data.subarray(0, 57 * 4), out, 0, 76);
    o = encodeBase64Into(data.subarray(57 * 4), out, o, 76);
    expect(o).toBe(out.length);
    expect(ascii(out)).toBe(ascii(encodeBase64(data, 76)));
  });

  it('encodes identically at an odd output offset (the byte-wise path)', () => {
    const data = new Uint8Array(randomBytes(500));
    const out = new Uint8Array(base64EncodedLength(500, 76) + 1);
    expect(encodeBase64Into(data, out, 1, 76)).toBe(out.length);
    expect(ascii(out.subarray(1))).toBe(ascii(encodeBase64(data, 76)));
  });

  it('decodes whitespace anywhere, and a final group without padding', () => {
    expect(ascii(decodeBase64('QU JD\r\nRA'))).toBe('ABCD');
    expect(ascii(decodeBase64('QUJDRA==\r\n'))).toBe('ABCD');
  });

  it.each([1, 2, 3, 5, 77, 4096])('decodes in chunks of %i bytes exactly as in one piece', (size) => {
    const data = new Uint8Array(randomBytes(10_001));
    const text = encodeBase64(data, 76);
    const decoder = new Base64Decoder(new Uint8Array(data.length + 3));
    for (let i = 0; i < text.length; i += size) decoder.push(text.subarray(i, i + size));
    expect(Buffer.from(decoder.end()).equals(Buffer.from(data))).toBe(true);
  });

  it('reports the offset of a bad character across chunks', () => {
    const decoder = new Base64Decoder(new Uint8Array(64));
    decoder.push(Buffer.from('QUJD\r\n'));
    expect(() => decoder.push(Buffer.from('QU*D'))).toThrow(/offset 8/);
  });

  it.each([
    ['a character outside the alphabet', 'QUJD*RA=='],
    ['data after padding', 'QQ==QUJD'],
    ['a dangling character', 'QUJDR'],
    ['three padding characters', 'QQ==='],
  ])('rejects %s with MIME_BAD_BASE64', (_what, input) => {
    expect(() => decodeBase64(input)).toThrow(expect.objectContaining({ code: 'MIME_BAD_BASE64' }) as Error);
    try { decodeBase64(input); } catch (e) { expect(isKuvertError(e, 'MIME_BAD_BASE64')).toBe(true); }
  });
});
