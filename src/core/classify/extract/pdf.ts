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

/**
 * Every await on pdfjs races the deadline, and the deadline is checked again when pdfjs answers:
 * text that arrives late never counts (the attachment is TIMEOUT, uninspectable). Wall time is
 * bounded only as far as pdfjs yields: without a worker its parser runs on this thread, and one
 * hostile page's content stream is parsed in one synchronous stretch a timer cannot interrupt.
 * A hard bound needs pdfjs in a worker the host can terminate (Web Worker / worker_threads).
 */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new KuvertError('EXTRACTION_LIMIT', 'PDF extraction timed out')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout])
    .then((value) => {
      if (Date.now() > deadline) throw new KuvertError('EXTRACTION_LIMIT', 'PDF extraction timed out');
      return value;
    })
    .finally(() => clearTimeout(timer));
}

export async function extractPdfText(bytes: Uint8Array, limits: ExtractionLimits, deadline: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may detach the buffer it is given, and refuses Node's Buffer (a Uint8Array subclass whose
  // slice() shares memory): hand it a plain Uint8Array copy. Text only: no fonts loaded or
  // rendered (disableFontFace, no system fonts), no eval, no worker, no range requests.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await beforeDeadline(task.promise, deadline);
    if (doc.numPages > limits.maxPdfPages) throw new KuvertError('EXTRACTION_LIMIT', 'too many PDF pages');
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw new KuvertError('EXTRACTION_LIMIT', 'PDF extraction timed out');
      const page = await beforeDeadline(doc.getPage(n), deadline);
      const content = await beforeDeadline(page.getTextContent(), deadline);
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
    // Not awaited past the deadline: a page still parsing must not hold the caller.
    await beforeDeadline(task.destroy(), Math.max(deadline, Date.now() + 50)).catch(() => undefined);
  }
}
