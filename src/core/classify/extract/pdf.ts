/**
 * PDF text with pdfjs-dist's legacy build, loaded lazily (dynamic import) so bundles that never
 * see a PDF (the on-send handler) do not carry it. No worker, no eval, no fonts, no network.
 */
import { KuvertError } from '../../errors.js';
import type { ExtractionLimits } from './limits.js';

interface TextItemLike {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

export async function extractPdfText(bytes: Uint8Array, limits: ExtractionLimits, deadline: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    if (doc.numPages > limits.maxPdfPages) throw new KuvertError('EXTRACTION_LIMIT', 'too many PDF pages');
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw new KuvertError('EXTRACTION_LIMIT', 'PDF extraction timed out');
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItemLike[]) {
        text += (item.str ?? '') + (item.hasEOL === true ? '\n' : '');
      }
      text += '\n';
      page.cleanup();
      if (text.length > limits.maxTextLength) throw new KuvertError('EXTRACTION_LIMIT', 'PDF text beyond the limit');
    }
    return text;
  } catch (error) {
    if (error instanceof KuvertError) throw error;
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'PasswordException') throw new KuvertError('ATTACHMENT_UNINSPECTABLE', 'encrypted PDF', { cause: error });
    throw new KuvertError('ATTACHMENT_UNINSPECTABLE', 'corrupt PDF', { cause: error });
  } finally {
    await task.destroy();
  }
}
