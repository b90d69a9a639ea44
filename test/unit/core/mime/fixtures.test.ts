import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { bytesEqual, indexOfBytes, utf8 } from '../../../../src/core/bytes.js';
import { parseMessage, type MimeEntity } from '../../../../src/core/mime/index.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const pdf = fixture('report.pdf');

/** The offset of `view` inside `whole`, asserting it is a view of the same buffer, not a copy. */
function offsetIn(whole: Uint8Array, view: Uint8Array): number {
  expect(view.buffer).toBe(whole.buffer);
  return view.byteOffset - whole.byteOffset;
}

function leaves(entity: MimeEntity): MimeEntity[] {
  return [...entity.walk()].filter((e) => !e.isMultipart);
}

describe('Outlook message (multipart/mixed > related > alternative, iso-8859-1, RFC 2047 file name)', () => {
  const bytes = fixture('outlook-related-attachment.eml');
  const message = parseMessage(bytes);

  it('has the structure Outlook writes', () => {
    expect(message.contentType.mediaType).toBe('multipart/mixed');
    const [related, attachment] = message.children;
    expect(related?.contentType.mediaType).toBe('multipart/related');
    expect(related?.contentType.params['type']).toBe('multipart/alternative');
    const [alternative, image] = related!.children;
    expect(alternative?.children.map((c) => c.contentType.mediaType)).toEqual(['text/plain', 'text/html']);
    expect(image?.contentId).toBe('image001.png@01DA8F2C.5A1B3C40');
    expect(image?.isAttachment).toBe(false);
    expect(attachment?.isAttachment).toBe(true);
  });

  it('decodes headers, text and the attachment', () => {
    expect(message.header('subject')).toBe('Underlag till mötet på torsdag – ärende 2024/123');
    expect(message.header('FROM')).toBe('Åsa Öberg <asa.oberg@kommun.example.se>');
    expect(message.header('to')).toBe('Anna Lind <anna.lind@region.example.se>, "Berg, Erik"\t<erik.berg@region.example.se>');
    expect(message.header('Content-Language')).toBe('sv-SE');
    expect(message.header('X-MS-TNEF-Correlator')).toBe('');
    const plain = message.children[0]!.children[0]!.children[0]!;
    expect(plain.text()).toContain('Här kommer underlaget till mötet på torsdag. Beslutet om ärendet ska registreras');
    const attachment = message.children[1]!;
    expect(attachment.filename).toBe('Beslut ärende 2024-123 (utkast).pdf');
    expect(attachment.disposition?.params['size']).toBe(String(pdf.length));
    expect(bytesEqual(attachment.decodedBody(), pdf)).toBe(true);
  });

  it('keeps each entity as the exact bytes between the delimiters, as views of the input', () => {
    expect(message.raw).toBe(bytes);
    for (const entity of message.walk()) {
      const start = offsetIn(bytes, entity.raw);
      expect(offsetIn(bytes, entity.headerRaw)).toBe(start);
      expect(offsetIn(bytes, entity.bodyRaw) + entity.bodyRaw.length).toBe(start + entity.raw.length);
    }
    const plain = message.children[0]!.children[0]!.children[0]!;
    const start = offsetIn(bytes, plain.raw);
    const end = start + plain.raw.length;
    // RFC 2046 §5.1.1: the CRLF before the next delimiter belongs to the delimiter.
    expect(Buffer.from(bytes.subarray(end, end + 6)).toString('latin1')).toBe('\r\n--_0');
    expect(Buffer.from(bytes.subarray(start - 2, start)).toString('latin1')).toBe('\r\n');
    expect(Buffer.from(plain.raw.subarray(0, 13)).toString('latin1')).toBe('Content-Type:');
    // The html part's raw bytes end with the last QP line (no CRLF of its own).
    const html = message.children[0]!.children[0]!.children[1]!;
    expect(Buffer.from(html.raw).toString('latin1').endsWith('</html>=0D')).toBe(false);
    expect(indexOfBytes(html.raw, utf8('\r\n--_000'))).toBe(-1);
  });

  it('agrees with postal-mime on text, html and attachments', async () => {
    const oracle = await PostalMime.parse(bytes);
    const leafs = leaves(message);
    // postal-mime uses Node's TextDecoder, which reads Windows-1252 0x96 as U+0096 rather than "–".
    expect(oracle.subject).toBe(message.header('subject')!.replace('–', '\u0096'));
    expect(leafs[0]!.text().trim()).toBe(oracle.text?.replace(/\r\n/g, '\n').trim());
    expect(leafs[1]!.text().trim()).toBe(oracle.html?.replace(/\r\n/g, '\n').trim());
    const ours = leafs.filter((e) => e.contentType.type !== 'text');
    expect(ours.map((e) => e.filename)).toEqual(oracle.attachments.map((a) => a.filename));
    for (const [i, a] of oracle.attachments.entries()) {
      expect(bytesEqual(ours[i]!.decodedBody(), new Uint8Array(a.content as ArrayBuffer))).toBe(true);
    }
  });
});

describe('Thunderbird message (bare LF, format=flowed, RFC 2231 continuations, 8-bit header)', () => {
  const bytes = fixture('thunderbird-flowed-lf.eml');
  const message = parseMessage(bytes);

  it('accepts LF-only input and keeps preamble and epilogue', () => {
    expect(message.children).toHaveLength(2);
    expect(Buffer.from(message.multipart!.preamble).toString()).toBe('This is a multi-part message in MIME format.');
    expect(message.multipart!.epilogue).toHaveLength(0);
    const [text] = message.children;
    const start = offsetIn(bytes, text!.raw);
    expect(Buffer.from(bytes.subarray(start + text!.raw.length, start + text!.raw.length + 3)).toString()).toBe('\n--');
  });

  it('decodes raw UTF-8 (RFC 6532) and a folded multi-word subject', () => {
    expect(message.header('from')).toBe('Per Ström <per.strom@region.example.se>');
    expect(message.header('subject')).toBe('Årsrapport för verksamhetsåret 2023 – slutlig');
  });

  it('unflows format=flowed text and keeps the signature separator', () => {
    const text = message.children[0]!.text();
    expect(text).toContain('Den är ganska lång, så läs gärna sammanfattningen först. \n');
    expect(text).toContain('> Kan du skicka rapporten innan mötet på tisdag?\n');
    expect(text).toContain('\n-- \nPer Ström\n');
  });

  it('joins RFC 2231 continuations into the file name', async () => {
    const attachment = message.children[1]!;
    expect(attachment.filename).toBe('Årsrapport för verksamhetsåret 2023 – slutlig.pdf');
    expect(attachment.contentType.params['name']).toBe(attachment.filename);
    expect(bytesEqual(attachment.decodedBody(), pdf)).toBe(true);
    const oracle = await PostalMime.parse(bytes);
    expect(oracle.attachments[0]?.filename).toBe(attachment.filename);
    // Not compared with oracle.text: postal-mime joins a flowed line with a following line of another
    // quote depth, which RFC 3676 §4.5 forbids.
  });
});
