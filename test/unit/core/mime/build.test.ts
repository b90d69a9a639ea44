import { randomBytes } from 'node:crypto';
import PostalMime from 'postal-mime';
import { bytesEqual, indexOfBytes, utf8 } from '../../../../src/core/bytes.js';
import { isKuvertError } from '../../../../src/core/errors.js';
import {
  buildEntity, buildMessage, formatHeaderField, isCanonicalCrlf, parseMessage, serializeHeaderFields, type MessageSpec,
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

const str = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const png = new Uint8Array(randomBytes(5000));
const pdf = new Uint8Array(randomBytes(20000));

const spec: MessageSpec = {
  from: { name: 'Åsa Öberg', address: 'asa.oberg@kommun.example.se' },
  to: [{ name: 'Berg, Erik', address: 'erik.berg@region.example.se' }, { address: 'registrator@region.example.se' }],
  cc: [{ group: 'Handläggare', members: [{ name: 'Per "P" Ström', address: 'per@region.example.se' }] }],
  subject: 'Beslut i ärende 2024/123 – sekretess enligt OSL 26 kap. 1 § gäller för uppgifterna i bilagan',
  date: new Date(Date.UTC(2024, 2, 12, 8, 14, 2)),
  messageId: 'abc123@kommun.example.se',
  headers: { 'X-Kuvert-Classification': 'Känslig', Importance: 'high' },
  text: 'Hej!\n\nBeslutet finns i bilagan. Rad med avslutande blanksteg \nFrom här.\n',
  html: '<p>Hej!</p><p>Beslutet finns i bilagan.</p><img src="cid:logo@kuvert">',
  inline: [{ contentId: 'logo@kuvert', contentType: 'image/png', content: png, filename: 'logo.png' }],
  attachments: [
    { filename: 'Beslut ärende 2024-123 – förlängning av placering enligt LVU (slutlig version).pdf', contentType: 'application/pdf', content: pdf },
    { filename: 'notes.txt', contentType: 'text/plain', content: utf8('a\nb\n') },
  ],
};

describe('buildMessage', () => {
  const message = buildMessage(spec);
  const text = str(message);

  it('writes canonical CRLF, lines within 78 (headers) and 76 (bodies) characters', () => {
    expect(isCanonicalCrlf(message)).toBe(true);
    expect(text.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(text).toContain('MIME-Version: 1.0\r\n');
    expect(text).toContain('Date: Tue, 12 Mar 2024 08:14:02 +0000\r\n');
    expect(text).toContain('Message-ID: <abc123@kommun.example.se>\r\n');
    expect(text).toContain('To: "Berg, Erik" <erik.berg@region.example.se>, registrator@region.example.se\r\n');
    expect(text).toMatch(/\r\nContent-Disposition: attachment;\r\n filename\*0\*=UTF-8''Beslut%20%C3%A4rende/);
    expect(text).toMatch(/name="=\?UTF-8\?[BQ]\?/);
    expect(/^[\t\r\n\x20-\x7e]*$/.test(text)).toBe(true);
  });

  it('nests mixed > alternative > related and parses back to the same content', () => {
    const parsed = parseMessage(message);
    expect(parsed.contentType.mediaType).toBe('multipart/mixed');
    const [alternative, attachment, notes] = parsed.children;
    expect(alternative!.children.map((c) => c.contentType.mediaType)).toEqual(['text/plain', 'multipart/related']);
    const [plain, related] = alternative!.children;
    expect(plain!.transferEncoding).toBe('quoted-printable');
    expect(plain!.text()).toBe(spec.text);
    expect(related!.children[0]!.text()).toBe(spec.html);
    expect(related!.children[1]!.contentId).toBe('logo@kuvert');
    expect(bytesEqual(related!.children[1]!.decodedBody(), png)).toBe(true);
    expect(attachment!.filename).toBe(spec.attachments![0]!.filename);
    expect(bytesEqual(attachment!.decodedBody(), pdf)).toBe(true);
    expect(notes!.text()).toBe('a\nb\n');
    expect(parsed.header('subject')).toBe(spec.subject);
    expect(parsed.header('from')).toBe('Åsa Öberg <asa.oberg@kommun.example.se>');
    expect(parsed.header('x-kuvert-classification')).toBe('Känslig');
  });

  it('is read the same way by postal-mime', async () => {
    const email = await PostalMime.parse(message);
    expect(email.subject).toBe(spec.subject);
    expect(email.from).toMatchObject({ name: 'Åsa Öberg', address: 'asa.oberg@kommun.example.se' });
    expect(email.to?.map((a) => ('address' in a ? a.address : ''))).toEqual(['erik.berg@region.example.se', 'registrator@region.example.se']);
    expect(email.to?.[0]?.name).toBe('Berg, Erik');
    // postal-mime keeps the line break that RFC 2046 gives to the delimiter, hence trimEnd.
    expect(email.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(spec.text!.trimEnd());
    expect(email.attachments.map((a) => a.filename)).toEqual(['logo.png', spec.attachments![0]!.filename, 'notes.txt']);
    expect(bytesEqual(new Uint8Array(email.attachments[1]!.content as ArrayBuffer), pdf)).toBe(true);
  });

  it('uses fresh random boundaries that occur in no part', () => {
    const again = str(buildMessage(spec));
    const boundaries = [...text.matchAll(/boundary="?([^";\r\n]+)/g)].map((m) => m[1]!);
    expect(new Set(boundaries).size).toBe(3);
    for (const b of boundaries) expect(again.includes(b)).toBe(false);
  });

  it('builds a single text body with 7bit when that is safe', () => {
    const simple = str(buildMessage({ from: { address: 'a@b.se' }, text: 'plain ascii', date: spec.date! }));
    expect(simple).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\nplain ascii$/);
  });

  it('refuses header injection, unknown fields and managed headers', () => {
    expect(codeOf(() => buildMessage({ ...spec, subject: 'hi\r\nBcc: evil@x.se' }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, to: [{ name: 'x\nBcc: y', address: 'a@b.se' }] }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, to: [{ address: 'a@b.se>\nBcc: c@d.se' }] }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, headers: { 'X-A': 'ok\nX-B: injected' } }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, headers: { 'X-A\r\nX-B': 'v' } }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, attachments: [{ filename: 'a\r\n.pdf', content: pdf }] }))).toBe('MIME_HEADER_INJECTION');
    expect(codeOf(() => buildMessage({ ...spec, to: [{ address: 'not an address' }] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => buildMessage({ ...spec, headers: { 'Content-Type': 'text/html' } }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => buildMessage({ ...spec, bcc: [] } as MessageSpec))).toBe('UNKNOWN_OPTION');
  });
});

describe('buildEntity and the header serializer', () => {
  it('builds an inner entity (as S/MIME signs it) whose bytes parse back exactly', () => {
    const entity = buildEntity({
      multipart: 'mixed',
      parts: [{ contentType: 'text/plain', body: 'Hej' }, { contentType: 'application/octet-stream', body: pdf, filename: 'x.bin' }],
    });
    expect(str(entity).replace(/\r\n /, ' ').startsWith('Content-Type: multipart/mixed; boundary="=_kuvert_')).toBe(true);
    const parsed = parseMessage(entity);
    expect(parsed.raw).toBe(entity);
    expect(str(parsed.children[0]!.raw)).toBe('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\nHej');
    expect(parsed.children[1]!.transferEncoding).toBe('base64');
    expect(indexOfBytes(entity, utf8('MIME-Version'))).toBe(-1);
  });

  it('folds long values at whitespace and encodes non-ASCII unstructured values', () => {
    const field = formatHeaderField('Subject', 'ord '.repeat(40).trim());
    expect(field.split('\r\n').slice(0, -1).every((l) => l.length <= 78 && l.length > 1)).toBe(true);
    expect(field.replace(/\r\n(?=[ \t])/g, '')).toBe(`Subject: ${'ord '.repeat(40).trim()}\r\n`);
    expect(str(serializeHeaderFields([{ name: 'X-Ä', value: 'v' }].slice(1)))).toBe('');
    expect(codeOf(() => formatHeaderField('X-Ä', 'v'))).toBe('MIME_BAD_HEADER');
    expect(codeOf(() => formatHeaderField('X-A', 'a\u0000b'))).toBe('MIME_BAD_HEADER');
    expect(formatHeaderField('Comments', 'Öppet')).toMatch(/^Comments: =\?UTF-8\?[BQ]\?.+\?=\r\n$/);
  });
});
