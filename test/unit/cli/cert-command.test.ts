import path from 'node:path';
import type { CliIo } from '../../../src/cli/command.js';
import { certCommand } from '../../../src/cli/commands/cert.js';
import { PkiFixture, sithsPersonExt, type Issued } from '../core/pki/pki-fixture.js';

function fakeIo(cwd: string): CliIo & { out: string } {
  const io = {
    out: '',
    env: {},
    cwd,
    readStdin: () => Promise.resolve(new Uint8Array()),
    writeStdout: (data: Uint8Array | string) => {
      io.out += typeof data === 'string' ? data : new TextDecoder().decode(data);
      return Promise.resolve();
    },
    writeStderr: () => undefined,
  };
  return io;
}

let pki: PkiFixture;
let root: Issued;
let person: Issued;

beforeAll(async () => {
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Root');
  person = await pki.issue('person', root, '/C=SE/O=Region Test/serialNumber=191212121212/CN=Tolvan Tolvansson', sithsPersonExt('signature'));
}, 30_000);
afterAll(() => pki.dispose());

describe('kuvert cert inspect', () => {
  it('prints the profile as text with the personnummer masked', async () => {
    const io = fakeIo(pki.dir);
    expect(await certCommand.run(['inspect', path.basename(person.certPath)], io)).toBe(0);
    expect(io.out).toMatch(/^Name:\s+Tolvan Tolvansson$/m);
    expect(io.out).toMatch(/^Personnummer:\s+19121212-\*\*\*\*$/m);
    expect(io.out).toMatch(/^Role:\s+signature$/m);
    expect(io.out).not.toContain('191212121212');
  });

  it('prints JSON', async () => {
    const io = fakeIo(pki.dir);
    expect(await certCommand.run(['inspect', person.certPath, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ name: 'Tolvan Tolvansson', personnummerPresent: true, role: 'signature', organization: 'Region Test' });
  });

  it('rejects a missing sub-command, a missing file and unknown options', async () => {
    const io = fakeIo(pki.dir);
    await expect(certCommand.run([], io)).rejects.toMatchObject({ code: 'USAGE' });
    await expect(certCommand.run(['inspect'], io)).rejects.toMatchObject({ code: 'USAGE' });
    await expect(certCommand.run(['inspect', person.certPath, '--jsno'], io)).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    await expect(certCommand.run(['inspect', root.keyPath], io)).rejects.toMatchObject({ code: 'MALFORMED_CERTIFICATE' });
  });
});
