import { isKuvertError, type KuvertErrorCode } from '../../../../src/core/errors.js';
import { parseMessage, splitHeaderBlock, type ParseOptions } from '../../../../src/core/mime/index.js';


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
const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

function expectCode(code: KuvertErrorCode, input: string, options?: ParseOptions): void {
  let caught: unknown;
  try {
    parseMessage(bytes(input), options);
  } catch (error) {
    caught = error;
  }
  expect(isKuvertError(caught, code)).toBe(true);
}

describe('splitHeaderBlock', () => {
  it('unfolds values, keeps raw bytes, accepts any case and no MIME-Version', () => {
    const input = bytes(crlf('subject: one\n two\nX-A:\tb \nfrom : c\n\nbody --not scanned'));
    const block = splitHeaderBlock(input);
    expect(block.fields.map((f) => [f.name, f.lowerName, f.value])).toEqual([
      ['subject', 'subject', 'one two'],
      ['X-A', 'x-a', 'b'],
      ['from', 'from', 'c'],
    ]);
    expect(str(block.fields[0]!.raw)).toBe('subject: one\r\n two\r\n');
    expect(str(input.subarray(block.bodyOffset))).toBe('body --not scanned');
    expect(block.headerEnd).toBe(block.bodyOffset - 2);
  });

  it('treats a block without an empty line as headers only', () => {
    const block = splitHeaderBlock(bytes('A: 1\nB: 2'));
    expect(block.fields).toHaveLength(2);
    expect(block.bodyOffset).toBe(9);
  });

  it('reads a part without headers', () => {
    expect(splitHeaderBlock(bytes('\r\nbody'))).toMatchObject({ fields: [], headerEnd: 0, bodyOffset: 2 });
  });

  it('rejects a line without a colon and a leading continuation line', () => {
    expect(codeOf(() => splitHeaderBlock(bytes('Subject x\n\n')))).toBe('MIME_BAD_HEADER');
    expect(codeOf(() => splitHeaderBlock(bytes(' folded: x\n\n')))).toBe('MIME_BAD_HEADER');
  });
});

describe('parseMessage: multipart boundaries (RFC 2046 §5.1.1)', () => {
  const odd = "a'()+_,-./:=? b";
  const message = crlf(
    `Content-Type: multipart/mixed; boundary="${odd}"\n\npreamble\n--${odd}\n\nfirst\n--${odd}  \nContent-Type: text/plain\n\n\n--${odd}\n--${odd}--\nepilogue\n`,
  );

  it('splits at quoted boundaries with odd characters and transport padding', () => {
    const entity = parseMessage(bytes(message));
    expect(entity.children.map((c) => str(c.raw))).toEqual(['\r\nfirst', 'Content-Type: text/plain\r\n\r\n', '']);
    expect(entity.children[0]!.fields).toHaveLength(0);
    expect(entity.children[0]!.text()).toBe('first');
    expect(str(entity.multipart!.preamble)).toBe('preamble');
    expect(str(entity.multipart!.epilogue)).toBe('epilogue\r\n');
  });

  it('does not take a longer line starting with the boundary for a delimiter', () => {
    const entity = parseMessage(bytes('Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bx\n--b--\n'));
    expect(entity.children.map((c) => str(c.bodyRaw))).toEqual(['--bx']);
  });

  it('parses embedded message/rfc822 and multipart/digest defaults', () => {
    const inner = 'Subject: inner\n\nhi';
    const entity = parseMessage(bytes(`Content-Type: multipart/digest; boundary=d\n\n--d\n\n${inner}\n--d--\n`));
    const part = entity.children[0]!;
    expect(part.contentType.mediaType).toBe('message/rfc822');
    expect(part.children[0]!.header('subject')).toBe('inner');
  });

  it('reports malformed multiparts with codes', () => {
    expectCode('MIME_MISSING_BOUNDARY', 'Content-Type: multipart/mixed\n\n--x\n\n--x--\n');
    expectCode('MIME_TRUNCATED', 'Content-Type: multipart/mixed; boundary=x\n\n--x\n\ncut off here');
    expectCode('MALFORMED_MESSAGE', 'Content-Type: multipart/mixed; boundary=x\n\nno delimiter at all');
    expectCode('EMPTY_INPUT', '');
    expectCode('UNKNOWN_OPTION', 'A: b\n\n', { lenent: true } as ParseOptions);
  });

  it('accepts a truncated multipart only when asked to be lenient', () => {
    const entity = parseMessage(bytes('Content-Type: multipart/mixed; boundary=x\n\n--x\n\ncut off here'), { lenient: true });
    expect(entity.multipart!.closed).toBe(false);
    expect(str(entity.children[0]!.bodyRaw)).toBe('cut off here');
  });

  it('limits nesting depth and the number of parts', () => {
    let nested = '\nleaf';
    for (let i = 0; i < 40; i++) nested = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${nested}\n--b${i}--\n`;
    expectCode('MIME_TOO_DEEP', nested);
    expect(parseMessage(bytes(nested), { maxDepth: 40 }).isMultipart).toBe(true);
    const many = `Content-Type: multipart/mixed; boundary=m\n\n${'--m\n\nx\n'.repeat(20)}--m--\n`;
    expect(parseMessage(bytes(many)).children).toHaveLength(20);
    expectCode('MIME_TOO_MANY_PARTS', many, { maxParts: 10 });
  });
});

describe('MimeEntity decoding', () => {
  it('decodes base64 and quoted-printable strictly', () => {
    const qp = parseMessage(bytes('Content-Transfer-Encoding: quoted-printable\nContent-Type: text/plain; charset=utf-8\n\nK=C3=B6r=\n nu =\n'));
    expect(qp.text()).toBe('Kör nu ');
    const bad = parseMessage(bytes('Content-Transfer-Encoding: quoted-printable\n\n=ZZ'));
    expect(codeOf(() => bad.decodedBody())).toBe('MIME_BAD_QUOTED_PRINTABLE');
    const b64 = parseMessage(bytes('Content-Transfer-Encoding: BASE64\n\naGVq\r\nIQ==\n'));
    expect(b64.text()).toBe('hej!');
    const badB64 = parseMessage(bytes('Content-Transfer-Encoding: base64\n\naGV*'));
    expect(codeOf(() => badB64.decodedBody())).toBe('MIME_BAD_BASE64');
    const unknown = parseMessage(bytes('Content-Transfer-Encoding: x-uuencode\n\nbegin'));
    expect(codeOf(() => unknown.decodedBody())).toBe('MIME_UNSUPPORTED_ENCODING');
  });

  it('reads charsets through TextDecoder and refuses unknown ones', () => {
    const latin = parseMessage(new Uint8Array([...bytes('Content-Type: text/plain; charset=windows-1252\n\n'), 0x80, 0xe4]));
    expect(latin.text()).toBe('€ä');
    const unknown = parseMessage(bytes('Content-Type: text/plain; charset=x-klingon\n\nx'));
    expect(codeOf(() => unknown.text())).toBe('MIME_UNSUPPORTED_ENCODING');
  });

  it('returns all values of a repeated header, decoded', () => {
    const entity = parseMessage(bytes('Received: a\nreceived: =?utf-8?q?b=C3=A5?=\n\n'));
    expect(entity.headers('RECEIVED')).toEqual(['a', 'bå']);
    expect(entity.header('missing')).toBeUndefined();
  });
});
