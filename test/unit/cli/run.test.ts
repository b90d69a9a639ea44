import { runCli } from '../../../src/cli/run.js';
import { allCommands } from '../../../src/cli/commands/index.js';
import type { CliIo } from '../../../src/cli/command.js';

function fakeIo(): CliIo & { out: string; err: string[] } {
  const io = {
    out: '',
    err: [] as string[],
    readStdin: () => Promise.resolve(new Uint8Array(0)),
    writeStdout: (data: Uint8Array | string) => {
      io.out += typeof data === 'string' ? data : Buffer.from(data).toString();
      return Promise.resolve();
    },
    writeStderr: (line: string) => void io.err.push(line),
    env: {},
    cwd: process.cwd(),
  };
  return io;
}

describe('kuvert dispatcher', () => {
  it('loads each command under the name it is listed by', async () => {
    for (const entry of allCommands()) expect((await entry.load()).name).toBe(entry.name);
  });

  it('lists every command with its summary in --help and exits 0', async () => {
    const io = fakeIo();
    expect(await runCli(['--help'], io, allCommands())).toBe(0);
    for (const entry of allCommands()) expect(io.out).toMatch(new RegExp(`^  ${entry.name} +\\S`, 'm'));
  });

  it('exits 1 with a USAGE code for an unknown command or none at all', async () => {
    const io = fakeIo();
    expect(await runCli(['encrpyt'], io, allCommands())).toBe(1);
    expect(io.err).toEqual(['kuvert: USAGE: unknown command "encrpyt"; run "kuvert --help"']);
    expect(await runCli([], fakeIo(), allCommands())).toBe(1);
  });

  it('maps an unknown option to UNKNOWN_OPTION and exit 1', async () => {
    const io = fakeIo();
    expect(await runCli(['encrypt', '--too', 'x.pem'], io, allCommands())).toBe(1);
    expect(io.err[0]).toMatch(/^kuvert: UNKNOWN_OPTION: /);
  });
});
