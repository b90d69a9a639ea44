/**
 * Directory lookup against a real OpenLDAP slapd on 127.0.0.1 (started and stopped here):
 * userCertificate;binary and userSMIMECertificate, core/pki's selection on the results, filter
 * injection, a server that is down and one that never answers.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { escapeFilterValue, findCertificatesByEmail } from '../../src/companion/directory/ldap-directory.js';
import { readCertificates } from '../../src/core/pki/index.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { startSlapd, type Slapd } from '../helpers/slapd.js';

jest.setTimeout(60_000);

let pki: TestPki;
let slapd: Slapd;
const der = (label: string): Uint8Array => readCertificates(readFileSync(pki.identity(label).certPem))[0]!;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'p256' }]);
  slapd = await startSlapd([
    { uid: 'alice', cn: 'Alice', mail: pki.identity('alice').email, userCertificate: [der('alice')] },
    { uid: 'bob', cn: 'Bob', mail: pki.identity('bob').email, userSMIMECertificate: [der('bob')] },
    // A directory entry whose certificate names someone else: found, but not selected.
    { uid: 'mallory', cn: 'Mallory', mail: 'mallory@kuvert.test', userCertificate: [der('alice')] },
  ]);
});

afterAll(async () => {
  await slapd?.dispose();
  await pki?.dispose();
});

test('finds userCertificate;binary by e-mail and core/pki selects it for encryption', async () => {
  const result = await findCertificatesByEmail(pki.identity('alice').email, { url: slapd.url, base: slapd.base });
  expect(result.certificates.map((c) => Buffer.from(c))).toEqual([Buffer.from(der('alice'))]);
  expect(Buffer.from(result.selection.selected!.der)).toEqual(Buffer.from(der('alice')));
});

test('finds userSMIMECertificate (an EC key-agreement certificate)', async () => {
  const result = await findCertificatesByEmail(pki.identity('bob').email, { url: slapd.url, base: slapd.base, filter: '(&(objectClass=inetOrgPerson)(mail={email}))' });
  expect(Buffer.from(result.selection.selected!.der)).toEqual(Buffer.from(der('bob')));
});

test('a certificate for another address is returned but not selected; an unknown address finds nothing', async () => {
  const mallory = await findCertificatesByEmail('mallory@kuvert.test', { url: slapd.url, base: slapd.base });
  expect(mallory.certificates).toHaveLength(1);
  expect(mallory.selection.selected).toBeUndefined();
  expect(mallory.selection.skipped).toHaveLength(1);
  const nobody = await findCertificatesByEmail('nobody@kuvert.test', { url: slapd.url, base: slapd.base });
  expect(nobody.certificates).toEqual([]);
});

test('filter injection is refused before any search; assertion values are RFC 4515-escaped', async () => {
  await expect(findCertificatesByEmail('*)(mail=*', { url: slapd.url, base: slapd.base })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(findCertificatesByEmail('a*@kuvert.test', { url: slapd.url, base: slapd.base })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  expect(escapeFilterValue('a*b(c)d\\e\0')).toBe('a\\2ab\\28c\\29d\\5ce\\00');
});

test('a directory that is down, or never answers, → FETCH_FAILED within the time limit', async () => {
  const silent: Server = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  try {
    const started = Date.now();
    await expect(findCertificatesByEmail('alice@kuvert.test', { url: `ldap://127.0.0.1:${port}`, base: slapd.base, timeoutMs: 500 })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    expect(Date.now() - started).toBeLessThan(5000);
  } finally {
    silent.close();
  }
  await expect(findCertificatesByEmail('alice@kuvert.test', { url: 'ldap://127.0.0.1:1', base: slapd.base, timeoutMs: 500 })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
});
