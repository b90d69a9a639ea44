/**
 * Named attack regressions for the classifier: catastrophic regex backtracking, zip bombs in
 * OOXML, and finding text leaking into logs.
 */
import { classifyText } from '../../src/core/classify/classify-text.js';
import { extractAttachmentText } from '../../src/core/classify/extract/index.js';
import { luhnCheckDigit } from '../../src/core/classify/luhn.js';
import { DEFAULT_POLICY } from '../../src/core/policy/default-policy.js';
import { evaluate } from '../../src/core/policy/evaluate.js';
import { makeZipBomb } from '../bench/classify-fixtures.mjs';

const body = { kind: 'body' as const };
const MB = 1024 * 1024;

function timed(text: string): number {
  const start = performance.now();
  classifyText(text, body);
  return performance.now() - start;
}

describe('no catastrophic backtracking', () => {
  // Linear detectors classify 1 MB in about a second even on a loaded 2-core machine; a quadratic
  // one needs ~10^12 steps (many minutes). The bound is generous so load never makes it flaky.
  const hostile: [string, string][] = [
    ['a 1 MB digit run', '1'.repeat(MB)],
    ['digits separated by single spaces', '12 '.repeat(MB / 3)],
    ['digits and dashes', '800101-'.repeat(MB / 7)],
    ['a 1 MB whitespace run', ' '.repeat(MB)],
    ['tabs and newlines', '\t\n \u00a0'.repeat(MB / 4)],
    ['a password label before a long space run', `lösenord${' '.repeat(MB)}x`],
    ['a password label before a long token', `password: ${'A1'.repeat(MB / 2)}`],
    ['repeated labels', 'Lösenord: '.repeat(MB / 10)],
    ['a salary label before long digit groups', `månadslön ${'000 '.repeat(MB / 4)}`],
    ['an IBAN prefix before a long run', `SE45${' 0000'.repeat(MB / 5)}`],
    ['card-like digit groups', '4539 '.repeat(MB / 5)],
    ['OSL references without end', '26 kap. '.repeat(MB / 8)],
    ['HTML-like angle brackets', '<'.repeat(MB)],
  ];
  it.each(hostile)('handles %s in linear time', (_name, text) => {
    expect(timed(text)).toBeLessThan(15_000);
  }, 30_000);
});

describe('zip bombs', () => {
  it('refuses an OOXML entry that inflates beyond the limit', async () => {
    const bomb = makeZipBomb(120 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const start = performance.now();
    await expect(extractAttachmentText({ name: 'bomb.docx', bytes: bomb })).rejects.toMatchObject({ code: 'EXTRACTION_LIMIT' });
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 30_000);
  it('turns a bomb into an uninspectable finding, never a pass', async () => {
    const verdict = await evaluate({ subject: 'Rapport', body: 'Se bilaga.', attachments: [{ name: 'rapport.docx', bytes: makeZipBomb(120 * MB) }] }, DEFAULT_POLICY);
    expect(verdict.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'TOO_LARGE' })]);
    expect(verdict.action).not.toBe('allow');
  });
});

describe('finding text never reaches logs', () => {
  it('classifies and evaluates without logging, and findings carry no matched text', async () => {
    const number = `800101-988${luhnCheckDigit('800101988')}`;
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const verdict = await evaluate({ subject: `Pnr ${number}`, body: `Personnummer ${number}, lösenord: Hemligt123!`, attachments: [{ name: 'x.bin', bytes: new Uint8Array([1, 2, 3]) }] }, DEFAULT_POLICY);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      const serialized = JSON.stringify(verdict);
      expect(serialized).not.toContain(number);
      expect(serialized).not.toContain('Hemligt123');
      expect(serialized).not.toContain('9880');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
