/**
 * The CLI's extraction runner: PDF and OOXML/ODF attachments are parsed in a worker_threads Worker
 * (extraction-worker.ts) that is terminated when an attachment outlives its time limit, so a
 * hostile file yields an `uninspectable` TIMEOUT finding instead of hanging the command. The
 * worker's heap is capped too: running out of it is TOO_LARGE, not a crash of the CLI.
 */
import { Worker } from 'node:worker_threads';
import { createWorkerRunner, type ClosableRunner, type WorkerEvents, type WorkerHandle } from '../core/classify/extract/runner.js';

/** Heap for one extraction worker: enough for a 30 MB PDF's text, far below what kills the machine. */
const WORKER_HEAP_MB = 1024;

export function defaultWorkerUrl(): URL {
  return new URL('./extraction-worker.js', import.meta.url);
}

/** A runner over worker_threads; `close()` it when done (an idle worker does not keep the process alive). */
export function createNodeExtractionRunner(workerUrl: URL = defaultWorkerUrl(), heapMb = WORKER_HEAP_MB): ClosableRunner {
  return createWorkerRunner((events) => spawnWorker(workerUrl, heapMb, events));
}

function spawnWorker(url: URL, heapMb: number, events: WorkerEvents): WorkerHandle {
  const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
  // The worker's console (pdf.js warnings) is never passed on: it could carry document text.
  worker.stdout.resume();
  worker.stderr.resume();
  // Referenced only while a request is in flight: an idle worker never keeps the process alive.
  worker.unref();
  worker.on('message', (message: unknown) => {
    worker.unref();
    events.reply(message);
  });
  worker.on('error', (error: Error & { code?: string }) => events.failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'TOO_LARGE' : 'EXTRACTION_FAILED'));
  // Any exit the runner did not ask for (it stops listening before it terminates): a request in
  // flight fails, and the next one gets a fresh worker instead of posting to a dead one.
  worker.on('exit', () => events.failed('EXTRACTION_FAILED'));
  return {
    post(message, transfer) {
      worker.ref();
      worker.postMessage(message, [...transfer]);
    },
    terminate() {
      void worker.terminate();
    },
  };
}
