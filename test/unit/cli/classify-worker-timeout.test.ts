/**
 * Regression: a hostile PDF whose one page keeps pdf.js busy for hours used to hang `kuvert
 * classify` (pdf.js resolves its work in microtasks, so no timer could stop it on the main thread).
 * The CLI now parses PDF and Office documents in a worker_threads Worker it terminates at the
 * attachment time limit. Runs the built CLI (`npm run build`), as the other PDF tests do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';
import { runKuvert } from '../../helpers/kuvert-cli.js';
import { makeDocx, makePdf } from '../../bench/classify-fixtures.mjs';
import { makeSlowPdf } from '../../bench/classify-hostile-fixtures.mjs';

interface Result {
  readonly file: string;
  readonly findings: readonly { type: string; reason?: string; location: { kind: string; name?: string } }[];
  readonly verdict: { action: string };
}

const LIMIT_S = 2;
/** Node start-up, loading pdf.js in the worker and a busy shared machine; the PDF itself needs hours. */
const MARGIN_MS = 10_000;
const number = `080512-988${luhnCheckDigit('080512988')}`;
const dir = mkdtempSync(join(tmpdir(), 'kuvert-classify-worker-'));
writeFileSync(join(dir, 'hostile.pdf'), makeSlowPdf(40));
writeFileSync(join(dir, 'rapport.pdf'), makePdf([`Eleven ${number} är sjukskriven.`]));
writeFileSync(join(dir, 'intyg.docx'), makeDocx([`Personnummer ${number}`]));
const slowBase64 = Buffer.from(makeSlowPdf(40)).toString('base64').replace(/.{76}/g, '$&\r\n');
writeFileSync(
  join(dir, 'mail.eml'),
  `Subject: Rapport\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPersonnummer ${number}, se bilagan.\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=bilaga.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${slowBase64}\r\n--b--\r\n`,
);

async function classify(files: string[]): Promise<{ results: Result[]; ms: number }> {
  const start = performance.now();
  const run = await runKuvert(['classify', '--json', '--attachment-timeout', String(LIMIT_S), ...files], { cwd: dir, timeoutMs: 60_000 });
  const ms = performance.now() - start;
  if (run.code !== 0) throw new Error(`kuvert classify exited ${run.code}: ${run.stderr}`);
  return { results: JSON.parse(run.stdout.toString('utf8')) as Result[], ms };
}

describe('kuvert classify stops a PDF that outlives the time limit', () => {
  it('reports the hostile PDF as uninspectable TIMEOUT within the limit plus a margin', async () => {
    const { results, ms } = await classify(['hostile.pdf']);
    expect(results[0]?.findings).toHaveLength(1);
    expect(results[0]?.findings[0]).toMatchObject({ type: 'uninspectable', reason: 'TIMEOUT', location: { kind: 'attachment', name: 'hostile.pdf' } });
    expect(results[0]?.verdict.action).not.toBe('allow');
    expect(ms).toBeGreaterThanOrEqual(LIMIT_S * 1000);
    expect(ms).toBeLessThan(LIMIT_S * 1000 + MARGIN_MS);
  }, 60_000);

  it('reads the files after it with a fresh worker', async () => {
    const { results } = await classify(['hostile.pdf', 'rapport.pdf', 'intyg.docx']);
    expect(results.map((r) => r.findings.some((f) => f.type === 'uninspectable'))).toEqual([true, false, false]);
    expect(results[1]?.findings.map((f) => f.type)).toEqual(expect.arrayContaining(['personnummer', 'health']));
    expect(results[2]?.findings.map((f) => f.type)).toContain('personnummer');
  }, 60_000);

  it('keeps the rest of a message when its PDF attachment times out', async () => {
    const { results, ms } = await classify(['mail.eml']);
    const findings = results[0]?.findings ?? [];
    expect(findings.find((f) => f.type === 'uninspectable')).toMatchObject({ reason: 'TIMEOUT', location: { kind: 'attachment', name: 'bilaga.pdf' } });
    expect(findings.find((f) => f.type === 'personnummer')).toMatchObject({ location: { kind: 'body' } });
    expect(ms).toBeLessThan(LIMIT_S * 1000 + MARGIN_MS);
  }, 60_000);

  it('refuses a time limit that is not a number of seconds', async () => {
    const run = await runKuvert(['classify', '--attachment-timeout', 'soon', 'intyg.docx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/attachment-timeout/);
  });
});
