/** `kuvert classify -`: nameless input is recognised by its content, not read as text. */
import type { CliIo } from '../../../src/cli/command.js';
import { createClassifyCommand, sniffMediaType } from '../../../src/cli/commands/classify.js';
import { inProcessRunner } from '../../../src/core/classify/extract/runner.js';
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';
import { makeDocx, makeOdt, makePdf, makeXlsx } from '../../bench/classify-fixtures.mjs';

// Jest runs the TypeScript sources, where no built worker script exists: parse in process here
// (the worker runner is tested against the build in classify-worker-timeout.test.ts).
const classifyCommand = createClassifyCommand({ runner: () => inProcessRunner });

const number = `080512-988${luhnCheckDigit('080512988')}`;

function stdinIo(stdin: Uint8Array): CliIo & { out: string } {
  const io = {
    out: '',
    env: {},
    cwd: process.cwd(),
    readStdin: () => Promise.resolve(stdin),
    writeStdout: (data: Uint8Array | string) => {
      io.out += typeof data === 'string' ? data : new TextDecoder().decode(data);
      return Promise.resolve();
    },
    writeStderr: () => undefined,
  };
  return io;
}

describe('classify from standard input', () => {
  it('recognises a .docx by its zip magic and [Content_Types].xml and classifies its text', async () => {
    const io = stdinIo(makeDocx([`Eleven ${number} är sjukskriven.`]));
    expect(await classifyCommand.run(['--json', '-'], io)).toBe(0);
    const [result] = JSON.parse(io.out) as { findings: { type: string; location: { kind: string } }[] }[];
    expect(result?.findings.map((f) => f.type)).toEqual(expect.arrayContaining(['personnummer', 'health']));
    expect(result?.findings.some((f) => f.type === 'uninspectable')).toBe(false);
  });
  it('sniffs PDF, OOXML, ODF, other zips and text', () => {
    expect(sniffMediaType(makePdf(['x']))).toBe('application/pdf');
    expect(sniffMediaType(makeDocx(['x']))).toMatch(/openxmlformats/);
    expect(sniffMediaType(makeXlsx([['x']]))).toMatch(/openxmlformats/);
    expect(sniffMediaType(makeOdt(['x']))).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffMediaType(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('application/zip');
    expect(sniffMediaType(new TextEncoder().encode(`Pnr ${number}`))).toBe('text/plain');
  });
  it('reports a zip that is no office document as uninspectable, not as text', async () => {
    const io = stdinIo(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    expect(await classifyCommand.run(['--json', '-'], io)).toBe(0);
    const [result] = JSON.parse(io.out) as { findings: { type: string; reason?: string }[] }[];
    expect(result?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'UNSUPPORTED_TYPE' })]);
  });
});
