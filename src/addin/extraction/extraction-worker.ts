/**
 * The task pane's extraction Web Worker: parses one PDF or OOXML/ODF attachment per message with
 * core's extractors and answers with text or a reason code. The task pane terminates it when an
 * attachment outlives the time limit. pdf.js runs its own parser here, in this thread (its
 * "main-thread worker handler", loaded lazily with the first PDF): this worker is the isolation,
 * so pdf.js needs no worker of its own and no workerSrc address.
 */
import { answerExtraction, type ExtractionMessage, type ExtractionReply } from '../../core/classify/extract/runner.js';

interface WorkerScope {
  onmessage: ((event: { data: ExtractionMessage }) => void) | null;
  postMessage(message: ExtractionReply): void;
  pdfjsWorker?: { WorkerMessageHandler: unknown };
}

const scope = globalThis as unknown as WorkerScope;

async function preparePdf(): Promise<void> {
  if (scope.pdfjsWorker !== undefined) return;
  const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  scope.pdfjsWorker = { WorkerMessageHandler };
}

scope.onmessage = (event) => {
  const message = event.data;
  void (message.kind === 'pdf' ? preparePdf() : Promise.resolve())
    .then(() => answerExtraction(message))
    .then(
      (reply) => scope.postMessage(reply),
      () => scope.postMessage({ id: message.id, ok: false, reason: 'EXTRACTION_FAILED', message: 'the PDF reader could not be loaded' }),
    );
};
