/**
 * Where the heavy attachment parsers (pdf.js for PDF, fflate + XML for OOXML/ODF) run. On the
 * calling thread a hostile file can keep a parser busy far beyond any time limit: pdf.js resolves
 * its work in microtasks, so a timer never gets to fire. A host with workers (worker_threads in
 * the CLI, a Web Worker in the task pane) runs them in a worker it terminates at the limit: the
 * attachment is then `uninspectable` with reason TIMEOUT, never a pass and never a hang.
 *
 * The pieces, all free of Node and DOM types so both hosts share them:
 * - ExtractionRunner: what extractAttachmentText and classifyDraft call (`inProcessRunner` is the
 *   default, for contexts without workers).
 * - answerExtraction: the whole body of a worker; it answers one ExtractionMessage with one
 *   ExtractionReply (errors as reason codes: nothing but codes and our own messages cross).
 * - createWorkerRunner: a runner over a host's worker (`SpawnWorker`): one worker at a time,
 *   requests in turn, the worker terminated when a request outlives `limits.timeoutMs` or the
 *   runner is closed, and a fresh one spawned for the next request.
 */
import type { UninspectableReason } from '../types.js';
import type { ExtractionLimits } from './limits.js';
import { UninspectableError, reasonOf } from './uninspectable.js';

/** The attachment kinds whose parsers go through a runner. */
export type HeavyKind = 'office' | 'pdf';

export interface ExtractionRequest {
  readonly kind: HeavyKind;
  readonly bytes: Uint8Array;
  readonly limits: ExtractionLimits;
}

export interface ExtractionRunner {
  /** The text of one attachment; rejects with an UninspectableError (reason TIMEOUT past `limits.timeoutMs`). */
  extract(request: ExtractionRequest): Promise<string>;
}

/** Runs the parsers on the calling thread; time limits are checked between pages and entries only. */
export const inProcessRunner: ExtractionRunner = {
  extract: ({ kind, bytes, limits }) => extractHeavy(kind, bytes, limits, Date.now() + limits.timeoutMs),
};

async function extractHeavy(kind: HeavyKind, bytes: Uint8Array, limits: ExtractionLimits, deadline: number): Promise<string> {
  // Loaded lazily so bundles that never meet these formats (the on-send handler) do not carry them.
  if (kind === 'office') {
    const { extractOfficeText } = await import('./office.js');
    return extractOfficeText(bytes, limits);
  }
  const { extractPdfText } = await import('./pdf.js');
  return extractPdfText(bytes, limits, deadline);
}

/** A request as posted to a worker: `id` pairs it with its reply. */
export interface ExtractionMessage extends ExtractionRequest {
  readonly id: number;
}

export type ExtractionReply =
  | { readonly id: number; readonly ok: true; readonly text: string }
  | { readonly id: number; readonly ok: false; readonly reason: UninspectableReason; readonly message: string };

/** The worker side: extracts in the worker's own thread and reports failures as reason codes. */
export async function answerExtraction(message: ExtractionMessage): Promise<ExtractionReply> {
  const { id } = message;
  try {
    const text = await inProcessRunner.extract(message);
    return { id, ok: true, text };
  } catch (error) {
    const known = error instanceof Error && (error as { code?: unknown }).code !== undefined;
    return { id, ok: false, reason: reasonOf(error), message: known ? error.message : 'extraction failed' };
  }
}

/** A worker as the runner sees it; the host adapts worker_threads or a Web Worker to this. */
export interface WorkerHandle {
  /** Posts a message, transferring `transfer` (the copy of the attachment bytes). */
  post(message: ExtractionMessage, transfer: readonly ArrayBuffer[]): void;
  /** Stops the worker at once, whatever it is doing. */
  terminate(): void;
}

export interface WorkerEvents {
  /** Each message the worker posts back. */
  reply(message: unknown): void;
  /** The worker died (crash, out of memory, script not found): what that means for the attachment. */
  failed(reason: UninspectableReason): void;
}

export type SpawnWorker = (events: WorkerEvents) => WorkerHandle;

export interface ClosableRunner extends ExtractionRunner {
  /** Terminates the worker (if any); later requests spawn a new one. */
  close(): void;
}

interface Pending {
  readonly id: number;
  settle(result: { text: string } | { error: UninspectableError }): void;
}

export function createWorkerRunner(spawn: SpawnWorker): ClosableRunner {
  let worker: WorkerHandle | undefined;
  let pending: Pending | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = (): void => {
    const current = worker;
    worker = undefined;
    current?.terminate();
  };
  const fail = (reason: UninspectableReason, message: string): void => {
    pending?.settle({ error: new UninspectableError(reason, message) });
  };

  const ensureWorker = (): WorkerHandle => {
    if (worker !== undefined) return worker;
    const events: WorkerEvents = {
      reply: (message) => {
        if (worker !== spawned || pending === undefined) return;
        const reply = message as Partial<ExtractionReply> | null;
        if (reply === null || typeof reply !== 'object' || reply.id !== pending.id) return;
        if (reply.ok === true && typeof reply.text === 'string') pending.settle({ text: reply.text });
        else if (reply.ok === false && typeof reply.reason === 'string') pending.settle({ error: new UninspectableError(reply.reason, String(reply.message ?? 'extraction failed')) });
        else fail('EXTRACTION_FAILED', 'malformed reply from the extraction worker');
      },
      failed: (reason) => {
        if (worker !== spawned) return;
        worker = undefined;
        fail(reason, 'the extraction worker stopped');
      },
    };
    const spawned = spawn(events);
    worker = spawned;
    return spawned;
  };

  const run = (request: ExtractionRequest): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        // The hard limit: the worker is stopped mid-parse and the attachment is uninspectable.
        stop();
        fail('TIMEOUT', 'attachment extraction timed out');
      }, request.limits.timeoutMs);
      pending = {
        id,
        settle: (result) => {
          if (pending?.id !== id) return;
          pending = undefined;
          clearTimeout(timer);
          if ('text' in result) resolve(result.text);
          else reject(result.error);
        },
      };
      try {
        // A copy the worker owns: the caller's bytes may be a view into a larger buffer.
        const bytes = request.bytes.slice();
        ensureWorker().post({ id, kind: request.kind, bytes, limits: request.limits }, [bytes.buffer]);
      } catch {
        stop();
        fail('EXTRACTION_FAILED', 'could not start the extraction worker');
      }
    });

  return {
    extract(request) {
      const result = queue.then(() => run(request));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      stop();
      fail('EXTRACTION_FAILED', 'the extraction runner was closed');
    },
  };
}
