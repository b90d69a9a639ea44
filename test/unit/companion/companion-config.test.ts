import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PORT, resolveCompanionConfig } from '../../../src/companion/companion-config.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('flags override the config file; paths resolve against the working directory', async () => {
  await writeFile(path.join(dir, 'c.json'), JSON.stringify({ port: 9000, allowedOrigins: ['https://a.example'], pkcs11Modules: ['/lib/a.so'], stateDir: 'state', sessionIdleSeconds: 30 }));
  const fromFile = await resolveCompanionConfig({ config: 'c.json' }, dir, {});
  expect(fromFile).toEqual({ port: 9000, allowedOrigins: ['https://a.example'], pkcs11Modules: ['/lib/a.so'], stateDir: path.join(dir, 'state'), sessionIdleSeconds: 30, destinations: [], directories: [] });
  const flagged = await resolveCompanionConfig({ config: 'c.json', port: '0', 'allow-origin': ['https://b.example:8443'], 'pkcs11-module': ['/lib/b.so'], 'state-dir': '/tmp/s', 'pairing-token-file': 't' }, dir, {});
  expect(flagged).toEqual({ port: 0, allowedOrigins: ['https://b.example:8443'], pkcs11Modules: ['/lib/b.so'], stateDir: '/tmp/s', pairingTokenFile: path.join(dir, 't'), sessionIdleSeconds: 30, destinations: [], directories: [] });
});

test('fails closed: no origin, a non-https or wildcard origin, unknown config keys, a bad port', async () => {
  await expect(resolveCompanionConfig({}, dir, {})).rejects.toMatchObject({ code: 'USAGE' });
  await expect(resolveCompanionConfig({ 'allow-origin': ['http://a.example'] }, dir, {})).rejects.toMatchObject({ code: 'USAGE' });
  await expect(resolveCompanionConfig({ 'allow-origin': ['*'] }, dir, {})).rejects.toMatchObject({ code: 'USAGE' });
  await expect(resolveCompanionConfig({ 'allow-origin': ['https://a.example'], port: '70000' }, dir, {})).rejects.toMatchObject({ code: 'USAGE' });
  await writeFile(path.join(dir, 'typo.json'), JSON.stringify({ allowedOrigin: ['https://a.example'] }));
  await expect(resolveCompanionConfig({ config: 'typo.json' }, dir, {})).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('allowedOrigin must be absent') as unknown });
  expect((await resolveCompanionConfig({ 'allow-origin': ['https://a.example'] }, dir, { XDG_STATE_HOME: '/x' })).port).toBe(DEFAULT_PORT);
});
