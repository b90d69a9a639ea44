/**
 * `kuvert encrypt --sign-cert --sign-key` signs, then encrypts (RFC 8551 §3.7); `kuvert decrypt`
 * verifies the signature inside and reports it (stderr line, --json-report); OpenSSL opens and
 * verifies the same message; `kuvert verify --key` sees both layers.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runKuvert } from '../helpers/kuvert-cli.js';
import { swedishMessage, binaryAttachment, KB } from '../helpers/mime-builder.js';
import { requireTools, runToolOk } from '../helpers/run-tool.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

let pki: TestPki;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);
let n = 0;
const file = (ext: string): string => path.join(work, `f${n++}${ext}`);
let encrypted: string;

beforeAll(async () => {
  requireTools({ openssl: 'openssl' });
  pki = await createTestPki([{ label: 'avsandare', spec: 'rsa2048' }, { label: 'mottagare', spec: 'p256' }]);
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-sign-encrypt-'));
  const input = file('.eml');
  await writeFile(input, swedishMessage({ from: id('avsandare').email, to: [id('mottagare').email], attachments: [binaryAttachment(40 * KB, 'Remiss.pdf')] }).raw);
  encrypted = file('.eml');
  const result = await runKuvert(['encrypt', '--to', id('mottagare').certPem, '--sign-cert', id('avsandare').certPem, '--sign-key', id('avsandare').keyPem, '--in', input, '--out', encrypted]);
  if (result.code !== 0) throw new Error(result.stderr);
}, 120_000);

afterAll(async () => {
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

test('the outer layer is encrypted and shows no signature', async () => {
  const text = await readFile(encrypted, 'latin1');
  expect(text).toContain('smime-type=enveloped-data');
  expect(text).not.toContain('pkcs7-signature');
});

test('kuvert decrypt reports the inner signature: valid with the CA, and writes the JSON report', async () => {
  const out = file('.eml');
  const report = file('.json');
  const result = await runKuvert(['decrypt', '--key', id('mottagare').keyPem, '--cert', id('mottagare').certPem, '--trust', pki.caCertPem, '--json-report', report, '--in', encrypted, '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/kuvert: signature: valid — .*avsandare@kuvert\.test/);
  const json = JSON.parse(await readFile(report, 'utf8')) as { valid: boolean; signer: { email: string }; signers: unknown[]; layers: string[] };
  expect(json.valid).toBe(true);
  expect(json.signer.email).toBe(id('avsandare').email);
  expect(json.signers).toHaveLength(1);
  expect(await readFile(out, 'latin1')).toContain('multipart/signed');
});

test('without the CA: decryption succeeds, the signature is reported NOT VALID (UNTRUSTED_CHAIN)', async () => {
  const out = file('.eml');
  const result = await runKuvert(['decrypt', '--key', id('mottagare').keyPem, '--cert', id('mottagare').certPem, '--in', encrypted, '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain('kuvert: signature: NOT VALID (UNTRUSTED_CHAIN)');
});

test('OpenSSL decrypts and verifies the signature inside', async () => {
  const inner = file('.eml');
  await runToolOk('openssl', ['cms', '-decrypt', '-in', encrypted, '-recip', id('mottagare').certPem, '-inkey', id('mottagare').keyPem, '-out', inner]);
  const entity = await runToolOk('openssl', ['cms', '-verify', '-in', inner, '-CAfile', pki.caCertPem]);
  expect(entity.toString('latin1')).toContain('Remiss.pdf');
});

test('kuvert verify --key sees both layers', async () => {
  const result = await runKuvert(['verify', '--trust', pki.caCertPem, '--revocation', 'off', '--key', id('mottagare').keyPem, '--cert', id('mottagare').certPem, '--json', '--in', encrypted]);
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout.toString('utf8')) as { valid: boolean; layers: string[] };
  expect(json.layers).toEqual(['encrypted', 'signed-detached']);
});
