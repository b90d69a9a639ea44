/**
 * scripts/demo-token.mjs (the demo card for `npm start`): makes a SoftHSM2 token "Kuvert demo"
 * with a SITHS-like signature/encryption pair once, finds it again on the next run, and the card
 * really works: `kuvert sign` with it produces a message `openssl cms -verify` accepts. Without
 * SoftHSM2 it says so and returns nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readCertificateProfile, readCertificates, validateCertificatePath } from '../../src/core/pki/index.js';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { projectRoot, runKuvertOk } from '../helpers/kuvert-cli.js';
import { runTool, runToolOk } from '../helpers/run-tool.js';

jest.setTimeout(120_000);

interface DemoToken {
  module: string;
  tokenLabel: string;
  pin: string;
  softhsm2Conf: string;
  certificates: { signature: string; encryption: string };
  caCertificate: string;
}

let stateDir: string;
const script = path.join(projectRoot, 'scripts', 'demo-token.mjs');

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-demo-token-'));
});

afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

const der = async (file: string): Promise<Uint8Array> => readCertificates(new Uint8Array(await readFile(file)))[0]!;

test('made once, found again; a SITHS-like pair under a demo CA; kuvert sign with the card verifies in openssl', async () => {
  const first = await runTool(process.execPath, [script, stateDir]);
  expect(first.code).toBe(0);
  expect(first.stderr.toString()).toContain('made the SoftHSM2 token "Kuvert demo"');
  expect(first.stderr.toString()).toContain('PIN 123456');
  const demo = JSON.parse(first.stdout.toString()) as DemoToken;
  expect(demo).toMatchObject({ tokenLabel: 'Kuvert demo', pin: '123456', softhsm2Conf: path.join(stateDir, 'demo-token', 'softhsm2.conf') });

  const again = await runTool(process.execPath, [script, stateDir]);
  expect(again.code).toBe(0);
  expect(again.stderr.toString()).not.toContain('made the SoftHSM2 token');
  expect(JSON.parse(again.stdout.toString())).toEqual(demo);

  const ca = await der(demo.caCertificate);
  const signature = readCertificateProfile(await der(demo.certificates.signature));
  const encryption = readCertificateProfile(await der(demo.certificates.encryption));
  expect([signature.role, encryption.role, signature.name, signature.email, signature.hsaId]).toEqual(['signature', 'encryption', 'Demo Användare', 'demo@kuvert.test', 'SE5565594230-DEMO1']);
  for (const [file, usage] of [[demo.certificates.signature, 'signature'], [demo.certificates.encryption, 'encryption']] as const) {
    expect(await validateCertificatePath({ certificate: await der(file), trustAnchors: [ca], usage }, nodeCrypto())).toMatchObject({ valid: true });
  }

  const message = path.join(stateDir, 'message.eml');
  const signed = path.join(stateDir, 'signed.eml');
  await writeFile(message, 'From: demo@kuvert.test\r\nTo: bo@kuvert.test\r\nSubject: Demo\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSignerat med demokortet.\r\n');
  await runKuvertOk(['sign', '--pkcs11-module', demo.module, '--token', demo.tokenLabel, '--key-id', '01', '--pin-env', 'DEMO_PIN', '--encryption-cert', demo.certificates.encryption, '--in', message, '--out', signed], {
    env: { SOFTHSM2_CONF: demo.softhsm2Conf, DEMO_PIN: demo.pin },
  });
  const verified = await runToolOk('openssl', ['cms', '-verify', '-in', signed, '-CAfile', demo.caCertificate, '-purpose', 'any']);
  expect(verified.toString()).toContain('Signerat med demokortet.');
});

test('without SoftHSM2 it says how to install it and makes nothing', async () => {
  const other = path.join(stateDir, 'no-softhsm');
  const result = await runTool(process.execPath, [script, other], { env: { PATH: path.join(stateDir, 'empty-path') } });
  expect(result.code).toBe(1);
  expect(result.stderr.toString()).toContain('SoftHSM2 is not installed');
  await expect(readFile(path.join(other, 'demo-token', 'softhsm2.conf'))).rejects.toMatchObject({ code: 'ENOENT' });
});
