import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { DEFAULT_PORT, resolveCompanionConfig } from '../../../src/companion/companion-config.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/default-policy.js';

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
  expect(fromFile).toEqual({ port: 9000, allowedOrigins: ['https://a.example'], pkcs11Modules: ['/lib/a.so'], stateDir: path.join(dir, 'state'), sessionIdleSeconds: 30, destinations: [], directories: [], trustAnchors: [], revocation: 'soft-fail', online: true, logoutAfterOperation: false });
  const flagged = await resolveCompanionConfig({ config: 'c.json', port: '0', 'allow-origin': ['https://b.example:8443'], 'pkcs11-module': ['/lib/b.so'], 'state-dir': '/tmp/s', 'pairing-token-file': 't' }, dir, {});
  expect(flagged).toEqual({ port: 0, allowedOrigins: ['https://b.example:8443'], pkcs11Modules: ['/lib/b.so'], stateDir: '/tmp/s', pairingTokenFile: path.join(dir, 't'), sessionIdleSeconds: 30, destinations: [], directories: [], trustAnchors: [], revocation: 'soft-fail', online: true, logoutAfterOperation: false });
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

test('the policy file: destinations, revocation and idle time come from it; config destinations are only a fallback', async () => {
  const policy = { ...DEFAULT_POLICY, storage: { destinations: [{ name: 'Diariet', path: '/srv/diarium', formats: ['pdf', 'eml'] }] }, revocation: { mode: 'hard-fail' }, cardSession: { idleSeconds: 45 } };
  await writeFile(path.join(dir, 'policy.json'), JSON.stringify(policy));
  await writeFile(path.join(dir, 'c.json'), JSON.stringify({ allowedOrigins: ['https://a.example'], destinations: [{ name: 'Lokal', path: 'lokal' }], sessionIdleSeconds: 300 }));
  const withPolicy = await resolveCompanionConfig({ config: 'c.json', policy: 'policy.json' }, dir, {});
  expect(withPolicy.destinations).toEqual([{ name: 'Diariet', path: '/srv/diarium', formats: ['pdf', 'eml'] }]);
  expect([withPolicy.revocation, withPolicy.sessionIdleSeconds, withPolicy.policy?.source]).toEqual(['hard-fail', 45, path.join(dir, 'policy.json')]);
  expect(JSON.parse(withPolicy.policy!.text)).toEqual(policy);
  const fallback = await resolveCompanionConfig({ config: 'c.json' }, dir, {});
  expect([fallback.destinations, fallback.sessionIdleSeconds, fallback.policy]).toEqual([[{ name: 'Lokal', path: path.join(dir, 'lokal') }], 300, undefined]);
});

test('an invalid policy stops the start with POLICY_INVALID naming the file and the field', async () => {
  await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ ...DEFAULT_POLICY, storage: { destinations: [{ name: 'Rel', path: 'relative/path' }] } }));
  await expect(resolveCompanionConfig({ 'allow-origin': ['https://a.example'], policy: 'bad.json' }, dir, {}))
    .rejects.toMatchObject({ code: 'POLICY_INVALID', message: expect.stringMatching(/bad\.json: \/storage\/destinations\/0\/path: must match pattern/u) as unknown });
  await writeFile(path.join(dir, 'broken.json'), '{ "version": 1,');
  await expect(resolveCompanionConfig({ 'allow-origin': ['https://a.example'], policy: 'broken.json' }, dir, {})).rejects.toMatchObject({ code: 'POLICY_INVALID' });
});

test('trust anchors from a folder of .cer files (as ../shared/trust) and from single files', async () => {
  const trustDir = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'trust');
  const fromDir = await resolveCompanionConfig({ 'allow-origin': ['https://a.example'], trust: [trustDir] }, dir, {});
  expect(fromDir.trustAnchors.length).toBe(3);
  const single = await resolveCompanionConfig({ 'allow-origin': ['https://a.example'], trust: [path.join(trustDir, 'sithseidrootcav2.cer')] }, dir, {});
  expect(Buffer.from(single.trustAnchors[0]!).equals(readFileSync(path.join(trustDir, 'sithseidrootcav2.cer')))).toBe(true);
  await writeFile(path.join(dir, 'not.pem'), 'hello');
  await expect(resolveCompanionConfig({ 'allow-origin': ['https://a.example'], trust: [path.join(dir, 'not.pem')] }, dir, {})).rejects.toMatchObject({ code: 'MALFORMED_CERTIFICATE' });
  expect((await resolveCompanionConfig({ 'allow-origin': ['https://a.example'], offline: true }, dir, {})).online).toBe(false);
});
