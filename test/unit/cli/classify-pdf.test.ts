/**
 * PDF attachments through the built CLI (`npm test` builds first): pdfjs-dist ships ES modules
 * only, which Jest's CommonJS transform does not load, so PDF extraction is tested end to end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';
import { runKuvertOk } from '../../helpers/kuvert-cli.js';
import { makePdf, noiseBytes } from '../../bench/classify-fixtures.mjs';

interface Result {
  readonly file: string;
  readonly findings: readonly { type: string; match: string; location: { kind: string; name?: string }; reason?: string; normalized?: string }[];
  readonly verdict: { action: string };
}

const number = `080512-988${luhnCheckDigit('080512988')}`;
const dir = mkdtempSync(join(tmpdir(), 'kuvert-classify-pdf-'));
const lines = (page: number): string[] => Array.from({ length: 40 }, (_, i) => `Sida ${page}, rad ${i + 1}: protokoll från mötet om budgeten.`);
const text = [...lines(1), ...lines(2), `Eleven ${number} är sjukskriven sedan måndag, läkarintyg finns.`];
writeFileSync(join(dir, 'rapport.pdf'), makePdf(text, 40, { image: noiseBytes(50_000) }));
writeFileSync(join(dir, 'skyddad.pdf'), makePdf(text, 40, { userPassword: 'hemligt' }));

async function classify(args: string[], input?: Uint8Array): Promise<Result[]> {
  const out = await runKuvertOk(['classify', '--json', ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });
  return JSON.parse(out.toString('utf8')) as Result[];
}

describe('kuvert classify with PDF attachments', () => {
  it('extracts the text of every page and finds what is on page 3', async () => {
    const [result] = await classify([join(dir, 'rapport.pdf')]);
    const pnr = result?.findings.find((f) => f.type === 'personnummer');
    expect(pnr).toMatchObject({ match: number, normalized: `20${number.replace('-', '')}`, location: { kind: 'attachment', name: 'rapport.pdf' } });
    expect(result?.findings.map((f) => f.type)).toContain('health');
    expect(result?.verdict.action).not.toBe('allow');
  });
  it('reports a password-protected PDF as uninspectable with reason ENCRYPTED, never as a pass', async () => {
    const [result] = await classify([join(dir, 'skyddad.pdf')]);
    expect(result?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'ENCRYPTED' })]);
    expect(result?.verdict.action).not.toBe('allow');
  });
  it('recognises a PDF on standard input by %PDF-', async () => {
    const [result] = await classify(['-'], makePdf(text, 40));
    expect(result?.file).toBe('-');
    expect(result?.findings.map((f) => f.type)).toEqual(expect.arrayContaining(['personnummer', 'health']));
  });
});
