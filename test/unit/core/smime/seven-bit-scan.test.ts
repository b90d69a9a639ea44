/** The 7-bit checks behind RFC 8551 §3.1.2 conversion: every offset and alignment, every line length edge. */
import { isAsciiBytes, isSevenBitSafe, MAX_LINE_OCTETS } from '../../../../src/core/smime/seven-bit-scan.js';
import { CrlfStream } from '../../../../src/core/smime/crlf-stream.js';

test('isAsciiBytes finds one 8-bit byte at any position and alignment, in short and long inputs', () => {
  for (const length of [0, 1, 3, 4, 5, 17, 70_000]) {
    const base = new Uint8Array(length + 8).fill(0x41);
    for (const offset of [0, 1, 2, 3]) {
      const view = base.subarray(offset, offset + length);
      expect(isAsciiBytes(view)).toBe(true);
      for (const at of new Set([0, 1, Math.floor(length / 2), length - 2, length - 1].filter((i) => i >= 0 && i < length))) {
        view[at] = 0x80;
        expect(isAsciiBytes(view)).toBe(false);
        view[at] = 0x41;
      }
    }
  }
});

test('line lengths: 998 octets pass, 999 do not, also across pieces and without a final CRLF', () => {
  const line = (n: number): Uint8Array => new Uint8Array(Buffer.from(`${'x'.repeat(n)}\r\n`));
  expect(isSevenBitSafe([line(MAX_LINE_OCTETS)])).toBe(true);
  expect(isSevenBitSafe([line(MAX_LINE_OCTETS + 1)])).toBe(false);
  const long = line(MAX_LINE_OCTETS);
  expect(isSevenBitSafe([long.subarray(0, 500), long.subarray(500, 999), long.subarray(999)])).toBe(true); // CR and LF in different pieces
  expect(isSevenBitSafe([new Uint8Array(Buffer.from('x'.repeat(999)))])).toBe(false);
  expect(isSevenBitSafe([new Uint8Array(Buffer.from('x'.repeat(998)))])).toBe(true);
});

test('CrlfStream: bare LF becomes CRLF across block edges; the long-line flag counts octets without CRLF', () => {
  const stream = new CrlfStream();
  const out = [stream.update(new Uint8Array(Buffer.from('a\r'))), stream.update(new Uint8Array(Buffer.from('\nb\n'))), stream.update(new Uint8Array(Buffer.from('\nc')))];
  expect(Buffer.concat(out).toString()).toBe('a\r\nb\r\n\r\nc');
  expect(stream.tooLong).toBe(false);
  const long = new CrlfStream();
  long.update(new Uint8Array(Buffer.from(`${'y'.repeat(998)}\r`)));
  expect(long.tooLong).toBe(false);
  long.update(new Uint8Array(Buffer.from('\n')));
  expect(long.tooLong).toBe(false);
  long.update(new Uint8Array(Buffer.from('z'.repeat(999))));
  expect(long.tooLong).toBe(true);
});
