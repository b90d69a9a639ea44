/**
 * The readable PDF of a stored message: pdfjs-dist (an independent reader) finds the header
 * fields, the body with åäö and other scripts, and the attachment list; HTML bodies become text;
 * the PDF carries the PDF/A-2b identification, an output intent and embedded fonts only.
 */
import { messagePdf } from '../../../src/companion/storage/message-pdf.js';
import { readMessage } from '../../../src/companion/storage/readable-message.js';

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: text.replace(/\s+/gu, ' '), pages };
}

const crlf = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));

const MIXED = crlf([
  'From: =?utf-8?q?=C3=85sa_=C3=96berg?= <asa@region.se>',
  'To: Bo <bo@kommun.se>, Cecilia <c@region.se>',
  'Cc: diariet@region.se',
  'Date: Tue, 24 Nov 2026 08:00:00 +0100',
  'Subject: =?utf-8?q?Remiss_g=C3=A4llande_v=C3=A5rdplan?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: multipart/alternative; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Hej! Vårdplanen för patienten är klar. Ελληνικά και кириллица.',
  '--b2',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hej! <b>HTML</b> version</p>',
  '--b2--',
  '--b1',
  'Content-Type: application/pdf; name="vardplan.pdf"',
  'Content-Disposition: attachment; filename="vardplan.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 not really').toString('base64'),
  '--b1--',
  '',
]);

test('readMessage: decoded headers, the plain alternative, the attachment', () => {
  const message = readMessage(MIXED);
  expect(message.subject).toBe('Remiss gällande vårdplan');
  expect(message.headers.map((h) => h.name)).toEqual(['From', 'To', 'Cc', 'Date', 'Subject']);
  expect(message.headers[0]?.value).toBe('Åsa Öberg <asa@region.se>');
  expect(message.body).toContain('Vårdplanen för patienten');
  expect(message.body).not.toContain('HTML');
  expect(message.attachments.map((a) => [a.name, a.mediaType, new TextDecoder().decode(a.bytes)])).toEqual([['vardplan.pdf', 'application/pdf', '%PDF-1.4 not really']]);
});

test('the PDF shows header fields, the body in several scripts and the attachment list', async () => {
  const pdf = await messagePdf(readMessage(MIXED), new Date('2026-11-24T07:00:00Z'));
  const { text } = await pdfText(pdf);
  for (const expected of ['Remiss gällande vårdplan', 'Åsa Öberg', 'bo@kommun.se', 'diariet@region.se', 'Vårdplanen för patienten är klar.', 'Ελληνικά', 'кириллица', 'vardplan.pdf']) {
    expect(text).toContain(expected);
  }
});

test('an HTML-only message becomes text; a long body runs over several pages', async () => {
  const html = `<html><head><style>p{}</style></head><body><p>Första stycket &amp; mer</p>${'<p>rad med text som fyller sidan</p>'.repeat(120)}<p>SISTA RADEN</p></body></html>`;
  const message = readMessage(crlf(['Subject: Bara HTML', 'Content-Type: text/html; charset=utf-8', '', html, '']));
  expect(message.body).toContain('Första stycket & mer');
  expect(message.body).not.toContain('<p>');
  const { text, pages } = await pdfText(await messagePdf(message));
  expect(pages).toBeGreaterThan(1);
  expect(text).toContain('Första stycket & mer');
  expect(text).toContain('SISTA RADEN');
});

test('the PDF is marked PDF/A-2b with an output intent, a file identifier and embedded fonts', async () => {
  const pdf = Buffer.from(await messagePdf(readMessage(MIXED)));
  const raw = pdf.toString('latin1');
  expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  expect(raw).toMatch(/\/S \/GTS_PDFA1/u);
  expect(raw).toMatch(/\/ID \[ <[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}> \]/u);
  expect(raw).toContain('/FontFile2');
  expect(raw).not.toMatch(/\/BaseFont \/(?:Helvetica|Times|Courier)/u);
});

test('a huge body is cut with a note instead of making an endless PDF', async () => {
  const body = `${'Lång rad med text. '.repeat(40_000)}SLUTET SYNS INTE`;
  const started = Date.now();
  const pdf = await messagePdf({ headers: [{ name: 'Subject', value: 'Stort' }], subject: 'Stort', body, attachments: [] });
  const { text } = await pdfText(pdf);
  expect(text).toContain('Texten är avkortad');
  expect(text).not.toContain('SLUTET SYNS INTE');
  expect(Date.now() - started).toBeLessThan(60_000);
}, 120_000);

test('characters the font lacks (CJK here) become U+FFFD, never the .notdef glyph', async () => {
  const { text } = await pdfText(await messagePdf({ headers: [{ name: 'Subject', value: 'Mixed 中文 text' }], subject: 'Mixed', body: 'Hej 中文 på svenska', attachments: [] }));
  expect(text).toContain('Hej \uFFFD\uFFFD på svenska');
  expect(text).not.toContain('中');
});

test('readMessage: a multipart/signed message stores its content, not the signature part (smime.p7s) as an attachment', () => {
  const signed = crlf([
    'From: a@region.se', 'Subject: Signerat', 'MIME-Version: 1.0',
    'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s1"', '',
    '--s1',
    'Content-Type: multipart/mixed; boundary="m1"', '',
    '--m1', 'Content-Type: text/plain; charset=utf-8', '', 'Underskriven text', '',
    '--m1', 'Content-Type: text/csv; name="lista.csv"', 'Content-Disposition: attachment; filename="lista.csv"', '', 'a;b', '',
    '--m1--', '',
    '--s1',
    'Content-Type: application/pkcs7-signature; name="smime.p7s"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="smime.p7s"', '',
    'MIIBAAAA', '',
    '--s1--', '',
  ]);
  const message = readMessage(signed);
  expect(message.body).toBe('Underskriven text');
  expect(message.attachments.map((a) => a.name)).toEqual(['lista.csv']);
});
