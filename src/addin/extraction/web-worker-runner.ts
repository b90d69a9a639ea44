/**
 * PDF and OOXML/ODF extraction for the task pane in a Web Worker (core's createWorkerRunner): the
 * worker is made only when the first such attachment needs reading (its chunk, and pdf.js, load
 * lazily), and it is terminated when one attachment outlives `limits.timeoutMs` — the attachment
 * is then `uninspectable` (TIMEOUT), never a silent pass. Results are remembered per content
 * (SHA-256), so the live verdict does not reparse the same PDF on every refresh.
 */
import { toHex } from '../../core/bytes.js';
import { createWorkerRunner, type ClosableRunner, type ExtractionRequest } from '../../core/classify/extract/runner.js';

export type CreateWorker = () => Worker;

/** The worker from this bundle (webpack emits it as its own chunk). */
export const defaultWorker: CreateWorker = () => new Worker(new URL('./extraction-worker.ts', import.meta.url), { name: 'kuvert-extraction' });

export function webWorkerRunner(create: CreateWorker = defaultWorker): ClosableRunner {
  return createWorkerRunner((events) => {
    const worker = create();
    worker.onmessage = (event: MessageEvent<unknown>) => events.reply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.failed('EXTRACTION_FAILED');
    };
    worker.onmessageerror = () => events.failed('EXTRACTION_FAILED');
    return { post: (message, transfer) => worker.postMessage(message, [...transfer]), terminate: () => worker.terminate() };
  });
}

const MAX_REMEMBERED = 32;

/** Remembers each attachment's outcome (text or the uninspectable error) by kind and content hash. */
export function rememberingRunner(inner: ClosableRunner): ClosableRunner {
  const remembered = new Map<string, Promise<string>>();
  return {
    async extract(request: ExtractionRequest) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', request.bytes.slice()));
      const key = `${request.kind}:${request.limits.timeoutMs}:${toHex(digest)}`;
      let result = remembered.get(key);
      if (result === undefined) {
        result = inner.extract(request);
        remembered.set(key, result);
        if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      }
      return result;
    },
    close: () => inner.close(),
  };
}
