// Generators for real .docx/.xlsx/.odt/.pdf fixtures, built in code (no office suite needed).
// Shared by test/unit/core/classify and the benchmark (plain JS so `node` runs it after the build).
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';

/** Deterministic incompressible bytes (xorshift32), standing in for a photo or scanned image. */
export function noiseBytes(length, seed = 0x9e3779b9) {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal but valid WordprocessingML package, one <w:p> per paragraph; `image` (bytes) is
 * stored as word/media/image1.jpeg, as a pasted photo would be (incompressible, stored as is).
 */
export function makeDocx(paragraphs, level = 6, image = undefined) {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    ...(image === undefined ? {} : { 'word/media/image1.jpeg': [image, { level: 0 }] }),
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  }, { level });
}

/** A minimal SpreadsheetML package with inline-string cells. */
export function makeXlsx(rows) {
  const sheet = rows.map((r, i) => `<row r="${i + 1}">${r.map((c) => `<c t="inlineStr"><is><t>${xmlEscape(c)}</t></is></c>`).join('')}</row>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>'),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`),
  });
}

/** A minimal PresentationML package: one slide per entry, one <a:p> per line. */
export function makePptx(slides) {
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'ppt/presentation.xml': strToU8('<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'),
  };
  slides.forEach((lines, i) => {
    const paras = lines.map((l) => `<a:p><a:r><a:t>${xmlEscape(l)}</a:t></a:r></a:p>`).join('');
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>${paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`);
  });
  return zipSync(files);
}

/** A minimal ODF text document. */
export function makeOdt(paragraphs) {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(`<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${paragraphs.map((p) => `<text:p>${xmlEscape(p)}</text:p>`).join('')}</office:text></office:body></office:document-content>`),
  });
}

/** A zip whose one entry inflates to `size` zero bytes: the classic zip bomb shape. */
export function makeZipBomb(size = 200 * 1024 * 1024) {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(size) }, { level: 9 });
}

const PDF_PAD = Uint8Array.from([0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a]);

function rc4(key, data) {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
const md5 = (...parts) => new Uint8Array(createHash('md5').update(Buffer.concat(parts.map((p) => Buffer.from(p)))).digest());
const padded = (password) => Uint8Array.from([...Buffer.from(password, 'latin1'), ...PDF_PAD].slice(0, 32));
const hex = (bytes) => Buffer.from(bytes).toString('hex');

/**
 * The PDF standard security handler, revision 2 (RC4, 40-bit; ISO 32000-1 §7.6.3 algorithms 2, 3
 * and 4): the O and U entries for the passwords and the per-object key for streams.
 */
function standardSecurity(userPassword, ownerPassword, id) {
  const p = -44; // print and copy refused: what a "protected" export from an office suite sets
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const pBytes = new Uint8Array(new Int32Array([p]).buffer);
  const key = md5(padded(userPassword), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PDF_PAD);
  const objectKey = (n) => md5(key, Uint8Array.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0])).subarray(0, 10);
  return { dict: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`, objectKey };
}

/**
 * A hand-written PDF: one page per chunk of lines, Helvetica with WinAnsi text (å ä ö are in
 * WinAnsi), correct xref offsets; lines are written with Tj/T* operators. Options: `image` (bytes)
 * is drawn on page 1 as a grey-scale image XObject (a scan or photo: most of a real PDF's size);
 * `userPassword` encrypts the file with the standard security handler.
 */
export function makePdf(lines, linesPerPage = 60, options = {}) {
  const enc = (s) => {
    let out = '';
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
      else if (c < 128) out += ch;
      else if (c < 256) out += '\\' + c.toString(8).padStart(3, '0');
      else out += '?';
    }
    return out;
  };
  const pages = [];
  for (let i = 0; i < Math.max(1, lines.length); i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  const { image, userPassword } = options;
  const id = md5(`kuvert-fixture-${lines.length}`);
  const security = userPassword === undefined ? undefined : standardSecurity(userPassword, `${userPassword}-owner`, id);
  const objects = [];
  const font = 3 + pages.length * 2;
  const imageObject = font + 1;
  const streamObject = (n, bytes, dict = '') => {
    const data = security === undefined ? bytes : rc4(security.objectKey(n), bytes);
    objects[n] = [`<< ${dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream'];
  };
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  pages.forEach((pageLines, i) => {
    const draw = image !== undefined && i === 0 ? 'q 300 0 0 300 150 40 cm /Im1 Do Q ' : '';
    const stream = `${draw}BT /F1 9 Tf 11 TL 40 800 Td ${pageLines.map((l) => `(${enc(l)}) Tj T*`).join(' ')} ET`;
    const xobject = image !== undefined && i === 0 ? ` /XObject << /Im1 ${imageObject} 0 R >>` : '';
    objects[3 + i * 2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >>${xobject} >> /Contents ${4 + i * 2} 0 R >>`;
    streamObject(4 + i * 2, latin1(stream));
  });
  objects[font] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  if (image !== undefined) {
    const side = Math.floor(Math.sqrt(image.length));
    streamObject(imageObject, image.subarray(0, side * side), `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8`);
  }
  const chunks = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0].length;
  const push = (bytes) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  const offsets = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = length;
    const body = objects[n];
    if (typeof body === 'string') push(latin1(`${n} 0 obj\n${body}\nendobj\n`));
    else {
      push(latin1(`${n} 0 obj\n${body[0]}`));
      push(body[1]);
      push(latin1(`${body[2]}\nendobj\n`));
    }
  }
  const xref = length;
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) tail += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  const encrypt = security === undefined ? '' : ` /Encrypt ${security.dict}`;
  tail += `trailer\n<< /Size ${objects.length} /Root 1 0 R /ID [<${hex(id)}> <${hex(id)}>]${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  push(latin1(tail));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function latin1(s) {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}
