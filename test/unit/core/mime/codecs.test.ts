import { randomBytes } from 'node:crypto';
import { decodeWords } from 'postal-mime';
import { isKuvertError } from '../../../../src/core/errors.js';
import { bytesEqual, utf8 } from '../../../../src/core/bytes.js';
import {
  canonicalizeLineBreaks, decodeEncodedWords, decodeQuotedPrintable, encodeEncodedWords, encodeQuotedPrintable,
  encodeUnstructured, formatParameterizedValue, isCanonicalCrlf, parseParameterizedValue, toCanonicalCrlf,
} from '../../../../src/core/mime/index.js';


/** The KuvertError code `fn` throws ('not a KuvertError' for anything else, undefined when it returns). */
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isKuvertError(error) ? error.code : 'not a KuvertError';
  }
  return undefined;
}

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const str = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('quoted-printable (RFC 2045 §6.7)', () => {
  it('decodes soft breaks, lower-case hex and transport whitespace', () => {
    expect(Buffer.from(decodeQuotedPrintable(bytes('R=C3=A4ksm=c3=b6rg=C3=A5s =  \r\nok  \r\nnext'))).toString()).toBe('Räksmörgås ok\r\nnext');
  });

  it.each(['=', '=G0', '=A', 'a=\tb', '= x'])('rejects or ends cleanly on %j', (input) => {
    if (input === '=') expect(decodeQuotedPrintable(bytes(input))).toHaveLength(0);
    else expect(codeOf(() => decodeQuotedPrintable(bytes(input)))).toBe('MIME_BAD_QUOTED_PRINTABLE');
  });

  it('encodes text with lines of at most 76 characters and round-trips', () => {
    const text = utf8('From here on. \n.dot\n' + 'å'.repeat(100) + ' \r\nx='.repeat(3) + 'tail\t');
    const encoded = str(encodeQuotedPrintable(text));
    expect(encoded.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(encoded.startsWith('=46rom here on.=20\r\n=2Edot')).toBe(true);
    expect(encoded.endsWith('tail=09')).toBe(true);
    expect(str(decodeQuotedPrintable(bytes(encoded)))).toBe(str(toCanonicalCrlf(text)));
  });

  it('round-trips binary when not in text mode', () => {
    const data = new Uint8Array(randomBytes(3000));
    expect(bytesEqual(decodeQuotedPrintable(encodeQuotedPrintable(data, { text: false })), data)).toBe(true);
  });
});

describe('RFC 2047 encoded-words', () => {
  it.each([
    ['=?UTF-8?B?w4Vyc3JhcHBvcnQ=?=', 'Årsrapport'],
    ['=?iso-8859-1?Q?m=F6te_p=E5?= torsdag', 'möte på torsdag'],
    ['=?windows-1252?Q?=96?=', '–'],
    ['=?utf-8?q?a?= =?utf-8?q?b?=\r\n =?utf-8?q?c?= d', 'abc d'],
    ['=?UTF-8?B?w4U=?==?UTF-8?B?w4Q=?=', 'ÅÄ'],
    // one character split across two words, as some mailers do
    ['=?UTF-8?Q?=C3?= =?UTF-8?Q?=B6?=', 'ö'],
    ['=?UTF-8*sv?Q?hej?=', 'hej'],
    ['=?x-unknown?Q?abc?= and =?utf-8?B?***?=', '=?x-unknown?Q?abc?= and =?utf-8?B?***?='],
    ['plain =? text', 'plain =? text'],
  ])('decodes %j', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  it('encodes into words of at most 75 characters that postal-mime decodes back', () => {
    const text = 'Ärende 2024/123: beslut om förlängd placering — sekretess enligt OSL 26 kap. 1 § 😀 '.repeat(3);
    const encoded = encodeEncodedWords(text);
    expect(encoded.split(' ').every((w) => w.length <= 75 && /^=\?UTF-8\?[QB]\?[^ ]+\?=$/.test(w))).toBe(true);
    expect(decodeEncodedWords(encoded)).toBe(text);
    expect(decodeWords(encoded)).toBe(text);
  });

  it('leaves ASCII words of unstructured text readable', () => {
    expect(encodeUnstructured('Re: Möte i morgon')).toMatch(/^Re: =\?UTF-8\?[BQ]\?[^ ]+\?= i morgon$/);
    expect(decodeEncodedWords(encodeUnstructured('Re: Möte  i morgon'))).toBe('Re: Möte  i morgon');
    expect(encodeUnstructured('plain')).toBe('plain');
    expect(decodeEncodedWords(encodeUnstructured('looks =?utf-8?q?x?= encoded'))).toBe('looks =?utf-8?q?x?= encoded');
  });
});

describe('RFC 2231 parameters', () => {
  it('parses quoted, token, continuations and charsets', () => {
    const parsed = parseParameterizedValue(
      `Attachment; FILENAME*0*=iso-8859-1'sv'%E5r; filename*1="s rapport"; filename*2*=%2Epdf; size=10; x="a\\"b;c"; filename=fallback.pdf`,
    );
    expect(parsed).toEqual({ value: 'attachment', params: { filename: 'års rapport.pdf', size: '10', x: 'a"b;c' } });
    expect(parseParameterizedValue('text/plain;charset="UTF-8";format=flowed').params).toEqual({ charset: 'UTF-8', format: 'flowed' });
    expect(parseParameterizedValue('application/pdf; name=My file.pdf').params['name']).toBe('My file.pdf');
  });

  it('encodes non-ASCII and long values with continuations that parse back', () => {
    const name = 'Överenskommelse om samordnad individuell plan för '.repeat(3) + 'Åsa.pdf';
    const formatted = formatParameterizedValue('attachment', { filename: name, size: '1' });
    expect(formatted).toMatch(/^attachment; filename\*0\*=UTF-8''%C3%96verenskommelse/);
    expect(formatted.split('; ').every((p) => p.length <= 76)).toBe(true);
    expect(parseParameterizedValue(formatted).params).toEqual({ filename: name, size: '1' });
    expect(formatParameterizedValue('a', { n: 'å' })).toBe("a; n*=UTF-8''%C3%A5");
    expect(formatParameterizedValue('a', { n: 'x y"z' })).toBe('a; n="x y\\"z"');
  });
});

describe('canonical CRLF', () => {
  it('turns bare LF into CRLF and returns canonical input unchanged', () => {
    const lf = bytes('a\nb\r\nc\n');
    expect(isCanonicalCrlf(lf)).toBe(false);
    expect(str(toCanonicalCrlf(lf))).toBe('a\r\nb\r\nc\r\n');
    const canonical = bytes('a\r\n');
    expect(toCanonicalCrlf(canonical)).toBe(canonical);
    expect(str(toCanonicalCrlf(bytes('\n')))).toBe('\r\n');
    expect(canonicalizeLineBreaks('a\rb\nc')).toBe('a\r\nb\r\nc');
  });
});
