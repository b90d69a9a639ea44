/**
 * A readable PDF of a decrypted message for the archive: the header fields (From, To, Cc, Date,
 * Subject), the text body and the list of attachments, A4, in DejaVu Sans embedded as a subset
 * (Latin with åäö, Greek, Cyrillic, Hebrew, Arabic letters and more; a character the font lacks
 * becomes U+FFFD �, never a wrong letter). Built with pdf-lib and @pdf-lib/fontkit.
 *
 * Written to PDF/A-2b's rules (ISO 19005-2, level B): every font embedded, XMP metadata with the
 * pdfaid identification matching the document information, an output intent with an ICC profile
 * (the CMYK profile pdfjs-dist ships; all colour is DeviceCMYK black), a file identifier, no
 * transparency, encryption, JavaScript or external content. No PDF/A validator (veraPDF) runs
 * on this machine, so conformance is by construction, not certified.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { cmyk, PageSizes, PDFDocument, PDFHexString, PDFName, PDFString, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ReadableMessage } from './readable-message.js';
import { resolvePackageFile } from './asset-file.js';

const MARGIN = 56;
const SIZE = 10.5;
const LEADING = 14;
const BLACK = cmyk(0, 0, 0, 1);
const GREY = cmyk(0, 0, 0, 0.6);

/** The PDF is for reading: a longer body is cut here, with a note (the .eml keeps all of it). */
const MAX_BODY_CHARACTERS = 200_000;

const LABELS: Readonly<Record<string, string>> = { From: 'Från', To: 'Till', Cc: 'Kopia', Date: 'Datum', Subject: 'Ämne' };

let assets: Promise<{ regular: Uint8Array; bold: Uint8Array; icc: Uint8Array }> | undefined;

function loadAssets(): Promise<{ regular: Uint8Array; bold: Uint8Array; icc: Uint8Array }> {
  assets ??= Promise.all([
    readFile(resolvePackageFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(resolvePackageFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    readFile(resolvePackageFile('pdfjs-dist/iccs/CGATS001Compat-v2-micro.icc')),
  ]).then(([regular, bold, icc]) => ({ regular, bold, icc })).catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}

/** Code points both fonts draw; others become U+FFFD (PDF/A forbids showing the .notdef glyph). */
let drawable: ReadonlySet<number> = new Set();

/** Text a PDF page can show: no control characters, tabs as spaces, only glyphs the font has. */
function printable(text: string): string {
  const cleaned = text.replace(/\t/gu, '    ').replace(/[\p{Cc}\p{Cf}]/gu, '');
  if (drawable.size === 0) return cleaned;
  let out = '';
  for (const char of cleaned) out += drawable.has(char.codePointAt(0)!) ? char : '\uFFFD';
  return out;
}

/** Widths of words at SIZE, cached: laying out text with fontkit is the slow part of making the PDF. */
function measurer(font: PDFFont, size: number): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      if (cache.size < 50_000) cache.set(text, width);
    }
    return width;
  };
}

/**
 * Splits one paragraph into lines that fit `width`, breaking words only when one alone is too
 * wide. A line's width is the sum of its words' widths (kerning across a space is ignored).
 */
function wrap(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of printable(text).split(/(?<= )/u)) {
    const wordWidth = measure(word);
    if (lineWidth + wordWidth <= width) {
      line += word;
      lineWidth += wordWidth;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    let rest = word;
    while (measure(rest) > width) {
      let cut = Math.max(1, Math.floor((rest.length * width) / measure(rest)));
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
    lineWidth = measure(rest);
  }
  lines.push(line.trimEnd());
  return lines;
}

class Writer {
  #page: PDFPage;
  #y: number;

  constructor(private readonly doc: PDFDocument) {
    this.#page = doc.addPage(PageSizes.A4);
    this.#y = this.#page.getHeight() - MARGIN;
  }

  get width(): number {
    return this.#page.getWidth() - 2 * MARGIN;
  }

  line(text: string, font: PDFFont, options: { indent?: number; label?: { text: string; font: PDFFont } } = {}): void {
    if (this.#y < MARGIN + LEADING) {
      this.#page = this.doc.addPage(PageSizes.A4);
      this.#y = this.#page.getHeight() - MARGIN;
    }
    this.#y -= LEADING;
    if (options.label) this.#page.drawText(options.label.text, { x: MARGIN, y: this.#y, size: SIZE, font: options.label.font, color: BLACK });
    if (text !== '') this.#page.drawText(text, { x: MARGIN + (options.indent ?? 0), y: this.#y, size: SIZE, font, color: BLACK });
  }

  rule(): void {
    this.#y -= LEADING / 2;
    this.#page.drawLine({ start: { x: MARGIN, y: this.#y }, end: { x: MARGIN + this.width, y: this.#y }, thickness: 0.5, color: GREY });
  }
}

function xmp(title: string, producer: string, created: string, documentId: string): string {
  const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(title)}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreateDate>${created}</xmp:CreateDate>
   <xmp:ModifyDate>${created}</xmp:ModifyDate>
   <xmp:CreatorTool>${escape(producer)}</xmp:CreatorTool>
   <pdf:Producer>${escape(producer)}</pdf:Producer>
   <xmpMM:DocumentID>uuid:${documentId}</xmpMM:DocumentID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Marks the document PDF/A-2b: XMP metadata, output intent, file identifier. */
function markPdfA(doc: PDFDocument, title: string, icc: Uint8Array, created: Date, seed: Uint8Array): void {
  const producer = 'Kuvert companion';
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.setLanguage('sv');
  const id = createHash('sha256').update(seed).update(created.toISOString()).digest('hex').slice(0, 32);
  const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  const stamp = `${created.toISOString().slice(0, 19)}Z`;
  const { context, catalog } = doc;
  const metadata = context.stream(new TextEncoder().encode(xmp(title, producer, stamp, uuid)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const profile = context.register(context.flateStream(icc, { N: 4 }));
  const intent = context.obj({
    Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: PDFString.of('CGATS TR 001'), Info: PDFString.of('CGATS TR 001 (SWOP)'), DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

export async function messagePdf(message: ReadableMessage, created: Date = new Date()): Promise<Uint8Array> {
  const { regular, bold, icc } = await loadAssets();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(regular, { subset: true });
  const boldFont = await doc.embedFont(bold, { subset: true });
  if (drawable.size === 0) {
    const inBold = new Set(boldFont.getCharacterSet());
    drawable = new Set(font.getCharacterSet().filter((codePoint) => inBold.has(codePoint)));
  }
  const writer = new Writer(doc);
  const measure = measurer(font, SIZE);
  const labelWidth = Math.max(...Object.values(LABELS).map((label) => boldFont.widthOfTextAtSize(`${label}:`, SIZE))) + 8;
  for (const { name, value } of message.headers) {
    const lines = wrap(value, measure, writer.width - labelWidth);
    lines.forEach((text, i) => writer.line(text, font, { indent: labelWidth, ...(i === 0 ? { label: { text: `${LABELS[name] ?? name}:`, font: boldFont } } : {}) }));
  }
  writer.rule();
  writer.line('', font);
  const cut = message.body.length > MAX_BODY_CHARACTERS;
  for (const paragraph of (cut ? message.body.slice(0, MAX_BODY_CHARACTERS) : message.body).split('\n')) {
    for (const text of wrap(paragraph, measure, writer.width)) writer.line(text, font);
  }
  if (cut) {
    writer.line('', font);
    writer.line(`[Texten är avkortad efter ${MAX_BODY_CHARACTERS.toLocaleString('sv-SE')} tecken; hela meddelandet finns i .eml-filen.]`, boldFont);
  }
  if (message.attachments.length > 0) {
    writer.line('', font);
    writer.rule();
    writer.line(`Bilagor (${message.attachments.length}):`, boldFont);
    for (const attachment of message.attachments) {
      for (const text of wrap(`• ${attachment.name} (${attachment.mediaType}, ${attachment.bytes.length.toLocaleString('sv-SE')} byte)`, measure, writer.width - 12)) writer.line(text, font, { indent: 12 });
    }
  }
  markPdfA(doc, printable(message.subject ?? '(inget ämne)'), icc, created, new TextEncoder().encode(message.body));
  return doc.save({ useObjectStreams: false });
}
