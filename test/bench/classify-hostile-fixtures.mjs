// Hostile attachments for the classifier's time limits (plain JS: shared by tests and the benchmark).

const latin1 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/**
 * A small, valid one-page PDF that keeps a text extractor busy for a very long time: a chain of
 * `depth` form XObjects where each form shows one character and then draws the next form twice.
 * There is no cycle (pdf.js refuses those), so the page's text is 2^depth - 1 characters reached
 * through 2^depth - 1 form invocations, from a file of about 200 bytes per level (the "billion
 * laughs" shape in PDF). A reader that follows forms does exponential work; one that caches does not.
 */
export function makeSlowPdf(depth = 40) {
  const objects = [];
  const font = 4;
  const formObject = (level) => 5 + level; // level 0 is the innermost form
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
  const top = formObject(depth - 1);
  objects[3] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /X ${top} 0 R >> >> /Contents ${5 + depth} 0 R >>`;
  objects[font] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (let level = 0; level < depth; level++) {
    const draw = level === 0 ? '' : ' /X Do /X Do';
    const content = `BT /F1 9 Tf 40 800 Td (a) Tj ET${draw}`;
    const inner = level === 0 ? '' : ` /XObject << /X ${formObject(level - 1)} 0 R >>`;
    objects[formObject(level)] = [`<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >>${inner} >> /Length ${content.length} >>\nstream\n`, content, '\nendstream'];
  }
  const pageContent = 'BT /F1 9 Tf 40 820 Td (Rapport) Tj ET /X Do';
  objects[5 + depth] = [`<< /Length ${pageContent.length} >>\nstream\n`, pageContent, '\nendstream'];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length;
    const body = objects[n];
    out += typeof body === 'string' ? `${n} 0 obj\n${body}\nendobj\n` : `${n} 0 obj\n${body[0]}${body[1]}${body[2]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}
