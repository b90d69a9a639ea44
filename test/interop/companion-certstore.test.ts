/**
 * The local certificate store with OpenSSL-made files: .pem, .cer (DER), .p7b (DER and PEM
 * PKCS7 from `openssl crl2pkcs7`), expiry warnings, lookup by address and removal.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CertificateStore } from '../../src/companion/certstore/certificate-store.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { runToolOk } from '../helpers/run-tool.js';

jest.setTimeout(60_000);

let pki: TestPki;
let dir: string;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'p256' }, { label: 'carol', spec: 'rsa2048' }]);
});
afterAll(async () => {
  await pki?.dispose();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-certstore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('imports PEM, DER and PKCS#7 bags (CA certificates left out), lists, finds by address, removes', async () => {
  const store = new CertificateStore(dir);
  const p7b = path.join(pki.dir, 'bag.p7b');
  await runToolOk('openssl', ['crl2pkcs7', '-nocrl', '-certfile', pki.identity('bob').certPem, '-certfile', pki.caCertPem, '-outform', 'DER', '-out', p7b]);
  const p7bPem = await runToolOk('openssl', ['crl2pkcs7', '-nocrl', '-certfile', pki.identity('carol').certPem]);
  expect(await store.import(await readFile(pki.identity('alice').certPem), 'alice.pem')).toHaveLength(1);
  expect(await store.import(await readFile(pki.identity('alice').certDer), 'alice.cer')).toHaveLength(1);
  expect(await store.import(await readFile(p7b), 'bag.p7b')).toHaveLength(1);
  expect(await store.import(p7bPem, 'carol.p7c')).toHaveLength(1);
  const listed = await store.list();
  // Test certificates live 30 days: inside the 30-day warning window from the start.
  expect(listed.map((entry) => [entry.profile.email, entry.source, entry.expiry])).toEqual([
    ['alice@kuvert.test', 'alice.pem', 'expires-soon'], ['bob@kuvert.test', 'bag.p7b', 'expires-soon'], ['carol@kuvert.test', 'carol.p7c', 'expires-soon'],
  ]);
  const [bob] = await store.findByEmail('BOB@kuvert.test');
  await store.remove(bob!.fingerprint);
  expect((await store.list()).map((entry) => entry.profile.email)).toEqual(['alice@kuvert.test', 'carol@kuvert.test']);
  await expect(store.remove(bob!.fingerprint)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(store.remove('../../etc/passwd')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
});

test('expiry warnings: within 30 days of the end, after it, and before the start', async () => {
  await new CertificateStore(dir).import(await readFile(pki.identity('alice').certPem), 'alice.pem');
  // The test certificates are valid for 30 days from now.
  const inDays = (days: number) => () => new Date(Date.now() + days * 86_400_000);
  expect((await new CertificateStore(dir, inDays(10)).list())[0]!.expiry).toBe('expires-soon');
  expect((await new CertificateStore(dir, inDays(40)).list())[0]!.expiry).toBe('expired');
  expect((await new CertificateStore(dir, inDays(-2)).list())[0]!.expiry).toBe('not-yet-valid');
});

test('a file with only a CA certificate or garbage is refused', async () => {
  const store = new CertificateStore(dir);
  await expect(store.import(await readFile(pki.caCertPem), 'ca.pem')).rejects.toMatchObject({ code: 'CERT_UNSUITABLE' });
  await expect(store.import(Buffer.from('not a certificate'), 'x.cer')).rejects.toMatchObject({ code: 'MALFORMED_CERTIFICATE' });
});
