import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeBlocks, writeOutput } from '../../../src/cli/files.js';
import type { CliIo } from '../../../src/cli/command.js';

const MiB = 1024 * 1024;

describe('writeBlocks', () => {
  it('joins small pieces and passes large ones through, in order', () => {
    const pieces = [randomBytes(10), randomBytes(3 * MiB), randomBytes(2 * MiB), randomBytes(5 * MiB), randomBytes(1)];
    const copies = [...writeBlocks(pieces)].length; // counts blocks; contents are checked below
    expect(copies).toBe(4); // [10 B + 3 MiB], [2 MiB], [5 MiB as is], [1 B]
    const out: Buffer[] = [];
    for (const block of writeBlocks(pieces)) out.push(Buffer.from(block)); // copy before the next block
    expect(Buffer.concat(out).equals(Buffer.concat(pieces))).toBe(true);
  });
});

describe('writeOutput', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kuvert-files-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const io = (): CliIo => ({ readStdin: () => Promise.resolve(new Uint8Array(0)), writeStdout: () => Promise.resolve(), writeStderr: () => undefined, env: {}, cwd: dir });

  it('writes the file whole', async () => {
    const data = [randomBytes(100), randomBytes(5 * MiB)];
    await writeOutput('out.bin', data, io());
    expect((await readFile(join(dir, 'out.bin'))).equals(Buffer.concat(data))).toBe(true);
  });

  it('leaves neither the target nor a temporary file when producing the output fails', async () => {
    function* failing(): Generator<Uint8Array> {
      yield randomBytes(6 * MiB);
      throw new Error('encryption failed half-way');
    }
    await expect(writeOutput('failed.bin', failing(), io())).rejects.toThrow('half-way');
    expect((await readdir(dir)).filter((f) => f.includes('failed'))).toEqual([]);
  });
});
