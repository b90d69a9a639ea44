/**
 * The extraction runner interface (core/classify/extract/runner.ts) with fake workers: the hard
 * time limit, a worker that dies, a malformed reply and closing all end in an UninspectableError
 * with a reason, never in text that was not read, and never in a wait without end.
 */
import { classifyDraft } from '../../../../src/core/classify/classify-draft.js';
import { DEFAULT_EXTRACTION_LIMITS } from '../../../../src/core/classify/extract/limits.js';
import {
  answerExtraction,
  createWorkerRunner,
  type ExtractionMessage,
  type WorkerEvents,
} from '../../../../src/core/classify/extract/runner.js';
import { createNodeExtractionRunner } from '../../../../src/cli/extraction-runner.js';
import { makeDocx, makeZipBomb } from '../../../bench/classify-fixtures.mjs';

/** Generous where the fake worker answers (a loaded machine delays timers), short where it hangs. */
const limits = { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 5_000 };
const short = { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 200 };
const docx = makeDocx(['Hej']);

/** A fake worker: `behave` decides what it does with each message. */
function fakeSpawn(behave: (message: ExtractionMessage, events: WorkerEvents) => void) {
  const log = { spawned: 0, terminated: 0, posted: [] as ExtractionMessage[] };
  const spawn = (events: WorkerEvents) => {
    log.spawned++;
    return {
      post: (message: ExtractionMessage, transfer: readonly ArrayBuffer[]) => {
        expect(transfer).toEqual([message.bytes.buffer]);
        log.posted.push(message);
        behave(message, events);
      },
      terminate: () => void log.terminated++,
    };
  };
  return { spawn, log };
}

describe('createWorkerRunner', () => {
  it('passes the worker’s text through and keeps the worker for the next request', async () => {
    const { spawn, log } = fakeSpawn((m, events) => setTimeout(() => events.reply({ id: m.id, ok: true, text: `text of ${m.kind}` }), 5));
    const runner = createWorkerRunner(spawn);
    await expect(runner.extract({ kind: 'office', bytes: docx, limits })).resolves.toBe('text of office');
    await expect(runner.extract({ kind: 'pdf', bytes: docx, limits })).resolves.toBe('text of pdf');
    expect(log.spawned).toBe(1);
    runner.close();
    expect(log.terminated).toBe(1);
  });
  it('sends a copy of the bytes, so the caller’s buffer is never detached', async () => {
    const { spawn, log } = fakeSpawn((m, events) => events.reply({ id: m.id, ok: true, text: '' }));
    const view = docx.subarray(2);
    await createWorkerRunner(spawn).extract({ kind: 'office', bytes: view, limits });
    expect(log.posted[0]?.bytes).toEqual(view);
    expect(log.posted[0]?.bytes.buffer).not.toBe(docx.buffer);
  });
  it('terminates a worker that outlives the limit: TIMEOUT, then a fresh worker', async () => {
    let hang = true;
    const { spawn, log } = fakeSpawn((m, events) => {
      if (!hang) events.reply({ id: m.id, ok: true, text: 'ok' });
    });
    const runner = createWorkerRunner(spawn);
    const start = Date.now();
    await expect(runner.extract({ kind: 'pdf', bytes: docx, limits: short })).rejects.toMatchObject({ reason: 'TIMEOUT', code: 'EXTRACTION_LIMIT' });
    expect(Date.now() - start).toBeGreaterThanOrEqual(short.timeoutMs - 5);
    expect(log.terminated).toBe(1);
    hang = false;
    await expect(runner.extract({ kind: 'pdf', bytes: docx, limits })).resolves.toBe('ok');
    expect(log.spawned).toBe(2);
  });
  it('turns a dying worker, a malformed reply and a reply for another request into failures', async () => {
    const dies = createWorkerRunner(fakeSpawn((_m, events) => setTimeout(() => events.failed('TOO_LARGE'), 5)).spawn);
    await expect(dies.extract({ kind: 'pdf', bytes: docx, limits })).rejects.toMatchObject({ reason: 'TOO_LARGE' });
    const garbled = createWorkerRunner(fakeSpawn((m, events) => events.reply({ id: m.id, ok: true, text: 42 })).spawn);
    await expect(garbled.extract({ kind: 'pdf', bytes: docx, limits })).rejects.toMatchObject({ reason: 'EXTRACTION_FAILED' });
    const stranger = createWorkerRunner(fakeSpawn((m, events) => events.reply({ id: m.id + 1, ok: true, text: 'not yours' })).spawn);
    await expect(stranger.extract({ kind: 'pdf', bytes: docx, limits: short })).rejects.toMatchObject({ reason: 'TIMEOUT' });
  });
  it('carries the worker’s reason code, and runs requests one at a time', async () => {
    let busy = 0;
    const { spawn } = fakeSpawn((m, events) => {
      busy++;
      expect(busy).toBe(1);
      setTimeout(() => {
        busy--;
        events.reply({ id: m.id, ok: false, reason: 'ENCRYPTED', message: 'encrypted PDF' });
      }, 10);
    });
    const runner = createWorkerRunner(spawn);
    const all = await Promise.allSettled([1, 2, 3].map(() => runner.extract({ kind: 'pdf', bytes: docx, limits })));
    expect(all.map((r) => (r.status === 'rejected' ? (r.reason as { reason: string }).reason : 'passed'))).toEqual(['ENCRYPTED', 'ENCRYPTED', 'ENCRYPTED']);
  });
  it('fails a pending request when the runner is closed', async () => {
    const { spawn, log } = fakeSpawn(() => undefined);
    const runner = createWorkerRunner(spawn);
    const pending = runner.extract({ kind: 'pdf', bytes: docx, limits: DEFAULT_EXTRACTION_LIMITS });
    while (log.posted.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    runner.close();
    expect(log.terminated).toBe(1);
    await expect(pending).rejects.toMatchObject({ reason: 'EXTRACTION_FAILED' });
  });
});

describe('answerExtraction (the body of every worker)', () => {
  it('answers with the text, or with a reason code and no document content', async () => {
    await expect(answerExtraction({ id: 7, kind: 'office', bytes: makeDocx(['Hej då']), limits })).resolves.toEqual({ id: 7, ok: true, text: 'Hej då\n\n' });
    const bomb = await answerExtraction({ id: 8, kind: 'office', bytes: makeZipBomb(120 * 1024 * 1024), limits: DEFAULT_EXTRACTION_LIMITS });
    expect(bomb).toMatchObject({ id: 8, ok: false, reason: 'TOO_LARGE' });
  });
});

describe('classifyDraft with a runner', () => {
  it('uses the runner for Office documents and reports its failure as uninspectable', async () => {
    const runner = createWorkerRunner(fakeSpawn((_m, events) => events.failed('EXTRACTION_FAILED')).spawn);
    const located = await classifyDraft({ subject: 'x', body: 'y', attachments: [{ name: 'a.docx', bytes: docx }, { name: 'b.txt', bytes: new TextEncoder().encode('text') }] }, { runner });
    expect(located[2]?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'EXTRACTION_FAILED' })]);
    expect(located[3]?.text).toBe('text');
  });
  it('opens no PDF or Office document with extractAttachments: false', async () => {
    const located = await classifyDraft({ subject: 'x', body: 'y', attachments: [{ name: 'a.docx', bytes: docx }] }, { extractAttachments: false });
    expect(located[2]?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'UNSUPPORTED_TYPE' })]);
  });
});

describe('the Node worker runner', () => {
  it('reports a worker that runs out of its heap as TOO_LARGE, not as a crash of the caller', async () => {
    // A stand-in worker that keeps allocating when asked to parse (as a hostile document could make pdf.js do).
    const hog = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); });")}`);
    const runner = createNodeExtractionRunner(hog, 16);
    try {
      await expect(runner.extract({ kind: 'pdf', bytes: docx, limits: { ...limits, timeoutMs: 30_000 } })).rejects.toMatchObject({ reason: 'TOO_LARGE' });
    } finally {
      runner.close();
    }
  }, 60_000);
  it('fails a request at once when its worker exits by itself, and spawns a new one for the next', async () => {
    const quitter = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3));")}`);
    const runner = createNodeExtractionRunner(quitter);
    try {
      const start = Date.now();
      await expect(runner.extract({ kind: 'pdf', bytes: docx, limits: { ...limits, timeoutMs: 30_000 } })).rejects.toMatchObject({ reason: 'EXTRACTION_FAILED' });
      await expect(runner.extract({ kind: 'pdf', bytes: docx, limits: { ...limits, timeoutMs: 30_000 } })).rejects.toMatchObject({ reason: 'EXTRACTION_FAILED' });
      expect(Date.now() - start).toBeLessThan(20_000);
    } finally {
      runner.close();
    }
  }, 60_000);
  it('fails closed when the worker script cannot be loaded', async () => {
    const runner = createNodeExtractionRunner(new URL('file:///nonexistent/kuvert-extraction-worker.js'));
    try {
      await expect(runner.extract({ kind: 'pdf', bytes: docx, limits: { ...limits, timeoutMs: 20_000 } })).rejects.toMatchObject({ reason: 'EXTRACTION_FAILED' });
    } finally {
      runner.close();
    }
  });
});
