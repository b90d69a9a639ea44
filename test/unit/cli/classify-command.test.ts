import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/command.js';
import { createClassifyCommand } from '../../../src/cli/commands/classify.js';
import { inProcessRunner } from '../../../src/core/classify/extract/runner.js';
import { policyCommand } from '../../../src/cli/commands/policy.js';
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/default-policy.js';
import { makeDocx } from '../../bench/classify-fixtures.mjs';
import { classifyText } from '../../../src/core/classify/classify-text.js';
import { FULL_CATEGORY_MODEL } from '../../../src/core/classify/model/category-weights-full.generated.js';
import { TRAIN_J } from '../../vectors/classify/train/train-j.js';

// Jest runs the TypeScript sources, where no built worker script exists: parse in process here
// (the worker runner is tested against the build in classify-worker-timeout.test.ts).
const classifyCommand = createClassifyCommand({ runner: () => inProcessRunner });

function fakeIo(cwd: string, stdin = ''): CliIo & { out: string; err: string[] } {
  const io = {
    out: '',
    err: [] as string[],
    env: {},
    cwd,
    readStdin: () => Promise.resolve(new TextEncoder().encode(stdin)),
    writeStdout: (data: Uint8Array | string) => {
      io.out += typeof data === 'string' ? data : new TextDecoder().decode(data);
      return Promise.resolve();
    },
    writeStderr: (line: string) => void io.err.push(line),
  };
  return io;
}

const pnr = (d: string): string => `${d}-988${luhnCheckDigit(d + '988')}`;
const dir = mkdtempSync(join(tmpdir(), 'kuvert-classify-'));
const number = pnr('080512');
writeFileSync(join(dir, 'note.txt'), `Eleven ${number} har ogiltig frånvaro.`);
writeFileSync(join(dir, 'mail.eml'), `Subject: Ang. elev ${number}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe bifogat.\r\n--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\nContent-Disposition: attachment; filename=intyg.docx\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(makeDocx(['Patienten är sjukskriven, diagnos F32.1.'])).toString('base64')}\r\n--b--\r\n`);

describe('kuvert classify', () => {
  it('prints one JSON entry per file with offsets into the decoded text', async () => {
    const io = fakeIo(dir);
    expect(await classifyCommand.run(['--json', 'note.txt', 'mail.eml'], io)).toBe(0);
    const out = JSON.parse(io.out) as { file: string; findings: { type: string; match: string; location: { kind: string }; normalized?: string }[]; verdict: { action: string; subject: { ok: boolean; suggestion: string } } }[];
    expect(out.map((r) => r.file)).toEqual(['note.txt', 'mail.eml']);
    expect(out[0]!.findings[0]).toMatchObject({ type: 'personnummer', match: number, start: 7, end: 18, normalized: `20${number.replace('-', '')}` });
    expect(out[1]!.verdict.action).toBe('block');
    expect(out[1]!.verdict.subject.suggestion).toBe('Ang. elev');
    expect(out[1]!.findings.some((f) => f.type === 'health' && f.location.kind === 'attachment')).toBe(true);
  });
  it('reads standard input', async () => {
    const io = fakeIo(dir, `Pnr ${number}`);
    expect(await classifyCommand.run(['-'], io)).toBe(0);
    expect(io.out).toMatch(/^-: require-encryption/);
    expect(io.out).not.toContain(number);
  });
  it('is a usage error without files', async () => {
    expect(await classifyCommand.run([], fakeIo(dir))).toBe(1);
  });
  it('weighs categories with the full model unless --model send asks for the send check\'s', async () => {
    const now = new Date();
    const types = (text: string, full: boolean): string[] =>
      [...new Set(classifyText(text, { kind: 'attachment', name: 'x.txt', index: 0 }, full ? { now, model: FULL_CATEGORY_MODEL } : { now }).filter((f) => f.confidence >= 0.6).map((f) => f.type))].sort();
    // A document (never trained on) the two models decide differently.
    const doc = TRAIN_J.find(({ text }) => types(text, true).join() !== types(text, false).join());
    expect(doc).toBeDefined();
    writeFileSync(join(dir, 'differ.txt'), doc?.text ?? '');
    const run = async (args: string[]): Promise<string[]> => {
      const io = fakeIo(dir);
      expect(await classifyCommand.run(['--json', ...args, 'differ.txt'], io)).toBe(0);
      const [result] = JSON.parse(io.out) as { findings: { type: string; confidence: number }[] }[];
      return [...new Set((result?.findings ?? []).filter((f) => f.confidence >= 0.6).map((f) => f.type))].sort();
    };
    expect(await run([])).toEqual(types(doc?.text ?? '', true));
    expect(await run(['--model', 'full'])).toEqual(types(doc?.text ?? '', true));
    expect(await run(['--model', 'send'])).toEqual(types(doc?.text ?? '', false));
  });
  it('is a usage error with an unknown --model', async () => {
    const io = fakeIo(dir);
    expect(await classifyCommand.run(['--model', 'large', 'note.txt'], io)).toBe(1);
    expect(io.err.join('\n')).toMatch(/--model takes "full" or "send"/);
  });
});

describe('kuvert policy check', () => {
  it('accepts the default policy and lists problems by path', async () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify(DEFAULT_POLICY));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...DEFAULT_POLICY, onClassificationFailure: 'maybe', subject: { forbidden: ['pnr'] } }));
    const good = fakeIo(dir);
    expect(await policyCommand.run(['check', 'good.json'], good)).toBe(0);
    const bad = fakeIo(dir);
    expect(await policyCommand.run(['check', 'bad.json'], bad)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/\/onClassificationFailure: .*block/);
    expect(bad.err.join('\n')).toMatch(/\/subject\/forbidden\/0/);
    expect(bad.err.join('\n')).toMatch(/\/subject\/minConfidence/);
  });
});
