/**
 * `kuvert decrypt` and `kuvert sign` with a SoftHSM2 token (--pkcs11-module, --token, --key-id,
 * --pin-env), run as a black box against the built CLI.
 */
import { writeFile } from 'node:fs/promises';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { opensslEncrypt, scratchFile } from '../helpers/peers.js';
import { errorCodeOf, runKuvert } from '../helpers/kuvert-cli.js';
import { runTool } from '../helpers/run-tool.js';

jest.setTimeout(120_000);

const TOKEN = 'SITHS e-id';
const entity = Buffer.from('Content-Type: text/plain; charset=utf-8\r\n\r\nHemligt via kortet.\r\n');
const headers = { From: 'a@kuvert.test', To: 'b@kuvert.test', Subject: 'Kort' };
let pki: TestPki;
let hsm: SoftHsm;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'auth', spec: 'rsa2048' }, { label: 'sign', spec: 'rsa2048' }, { label: 'ec', spec: 'p256' }]);
  hsm = await createSoftHsm();
  await hsm.createToken(TOKEN);
  for (const [id, label] of [['a1', 'auth'], ['5e', 'sign'], ['ec', 'ec']] as const) {
    await hsm.importIdentity(TOKEN, { id, label, keyPem: pki.identity(label).keyPem, certPem: pki.identity(label).certPem });
  }
});

afterAll(async () => {
  await hsm?.dispose();
  await pki?.dispose();
});

const card = (extra: string[] = []): string[] => ['--pkcs11-module', hsm.library, '--token', TOKEN, '--pin-env', 'KUVERT_TEST_PIN', ...extra];
const env = (pin = USER_PIN): Record<string, string> => ({ ...hsm.env, KUVERT_TEST_PIN: pin });

test.each([
  ['RSA PKCS#1 v1.5', 'auth', {}],
  ['RSA-OAEP SHA-1', 'auth', { oaepDigest: 'sha1' }],
  ['ECDH P-256', 'ec', { ecdhKdfDigest: 'sha256' }],
] as const)('decrypt --pkcs11-module: OpenSSL-made %s', async (_name, label, options) => {
  const message = await opensslEncrypt(pki.dir, entity, [{ identity: pki.identity(label), ...options }], '-aes256', headers);
  const result = await runKuvert(['decrypt', ...card()], { input: message, env: env() });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout.toString('utf8')).toContain('Hemligt via kortet.');
});

test('sign --pkcs11-module --key-id: openssl cms -verify accepts the signature', async () => {
  const plain = Buffer.concat([Buffer.from('From: a@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: Signerat\r\n'), entity]);
  const result = await runKuvert(['sign', ...card(['--key-id', '5E'])], { input: plain, env: env() });
  expect(result.stderr).toBe('');
  const file = scratchFile(pki.dir, '.eml');
  await writeFile(file, result.stdout);
  const verify = await runTool('openssl', ['cms', '-verify', '-in', file, '-CAfile', pki.caCertPem, '-purpose', 'any', '-signer', scratchFile(pki.dir, '.pem')]);
  expect(verify.stderr).toContain('Verification successful');
  const printed = await runTool('openssl', ['cms', '-cmsout', '-print', '-in', file]);
  expect(printed.stdout.toString('utf8')).toContain('CN=Test sign');
});

test('sign with several keys and no --key-id is a usage error naming --key-id', async () => {
  const result = await runKuvert(['sign', ...card()], { input: 'From: a@kuvert.test\r\n\r\nx\r\n', env: env() });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('--key-id');
});

test('a wrong PIN → PIN_INCORRECT (exit 2), the PIN never echoed; no token → TOKEN_NOT_FOUND; --token without a module → usage', async () => {
  const message = await opensslEncrypt(pki.dir, entity, [{ identity: pki.identity('auth') }], '-aes256', headers);
  const wrong = await runKuvert(['decrypt', ...card()], { input: message, env: env('99887766') });
  expect([wrong.code, errorCodeOf(wrong)]).toEqual([2, 'PIN_INCORRECT']);
  expect(wrong.stderr).not.toContain('99887766');
  const missing = await runKuvert(['decrypt', '--pkcs11-module', hsm.library, '--token', 'Efos', '--pin-env', 'KUVERT_TEST_PIN'], { input: message, env: env() });
  expect([missing.code, errorCodeOf(missing)]).toEqual([2, 'TOKEN_NOT_FOUND']);
  const usage = await runKuvert(['decrypt', '--token', TOKEN], { input: message, env: env() });
  expect(usage.code).toBe(1);
  // The right PIN afterwards still works (SoftHSM2 never locks).
  expect((await runKuvert(['decrypt', ...card()], { input: message, env: env() })).code).toBe(0);
});
