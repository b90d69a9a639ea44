/**
 * Text of OOXML (.docx, .xlsx, .pptx) and ODF (.odt, .ods, .odp) documents: the parts that carry
 * text, in document order, converted with officeXmlToText. Encrypted OOXML is an OLE container
 * (not a zip) and is reported as ENCRYPTED by the caller.
 */
import { fromUtf8 } from '../../bytes.js';
import { KuvertError } from '../../errors.js';
import type { ExtractionLimits } from './limits.js';
import { officeXmlToText } from './markup.js';
import { readZipEntries } from './zip.js';

const TEXT_PARTS =
  /^(?:word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml|xl\/(?:sharedStrings|worksheets\/sheet\d+)\.xml|ppt\/(?:slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml|content\.xml|styles\.xml|docProps\/core\.xml)$/;

export function extractOfficeText(bytes: Uint8Array, limits: ExtractionLimits): string {
  const parts = readZipEntries(bytes, (name) => TEXT_PARTS.test(name), limits);
  if (parts.size === 0) throw new KuvertError('ATTACHMENT_UNINSPECTABLE', 'no text parts in the archive');
  const names = [...parts.keys()].sort(partOrder);
  let text = '';
  for (const name of names) {
    const part = parts.get(name);
    if (part === undefined) continue;
    text += officeXmlToText(fromUtf8(part)) + '\n';
    if (text.length > limits.maxTextLength) throw new KuvertError('EXTRACTION_LIMIT', 'document text beyond the limit');
  }
  return text;
}

/** Main text first, then by natural number (slide2 before slide10). */
function partOrder(a: string, b: string): number {
  const rank = (n: string): number => (/document|sharedStrings|content\.xml/.test(n) ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}
