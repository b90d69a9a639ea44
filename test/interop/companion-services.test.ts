/**
 * The companion's non-card services over HTTPS: approved storage (receipt, refusal of any other
 * destination, large bodies allowed only there) and directory lookup against a real slapd.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readCertificates } from '../../src/core/pki/index.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';
import { startSlapd, type Slapd } from '../helpers/slapd.js';

jest.setTimeout(120_000);

let companion: Companion;
let slapd: Slapd;
let share: string;

beforeAll(async () => {
  share = await mkdtemp(path.join(os.tmpdir(), 'kuvert-share-'));
  // slapd serves alice's certificate from the fixture's PKI, so the companion starts first.
  companion = await startCompanion([{ label: 'alice', spec: 'rsa2048' }], [], {
    destinations: [{ name: 'Diariet', path: share }],
  });
  const der = readCertificates(readFileSync(companion.pki.identity('alice').certPem))[0]!;
  slapd = await startSlapd([{ uid: 'alice', cn: 'Alice', mail: companion.pki.identity('alice').email, userCertificate: [der] }]);
});

afterAll(async () => {
  await companion?.dispose();
  await slapd?.dispose();
  await rm(share, { recursive: true, force: true });
});

test('GET /v1/destinations names the approved storage; POST /v1/store writes a 1 MB attachment and returns the receipt', async () => {
  expect((await companion.request('GET', '/v1/destinations')).json()).toEqual({ destinations: [{ kind: 'folder', name: 'Diariet' }] });
  const attachment = randomBytes(1024 * 1024);
  const reply = await companion.request('POST', '/v1/store', {
    body: { destination: 'Diariet', messageId: '<m1@region.se>', user: 'anna@region.se', files: [{ name: 'meddelande.eml', data: Buffer.from('Subject: x\r\n\r\ny').toString('base64') }, { name: '../../bilaga.bin', data: attachment.toString('base64') }] },
  });
  expect(reply.status).toBe(200);
  const receipt = reply.json() as { path: string; files: { name: string; sha256: string; bytes: number }[] };
  expect(path.dirname(receipt.path)).toBe(share);
  expect(receipt.files[1]).toEqual({ name: 'bilaga.bin', sha256: createHash('sha256').update(attachment).digest('hex'), bytes: attachment.length });
  expect((await readFile(path.join(receipt.path, 'bilaga.bin'))).equals(attachment)).toBe(true);
  const audit = await readFile(path.join(companion.stateDir, 'audit.log'), 'utf8');
  expect(audit).toContain('"messageId":"<m1@region.se>"');
});

test('any destination the policy does not name → 403 DESTINATION_NOT_APPROVED; large bodies only on /v1/store', async () => {
  const refused = await companion.request('POST', '/v1/store', { body: { destination: share, messageId: '<m2@x>', user: 'u', files: [{ name: 'a', data: 'AA==' }] } });
  expect([refused.status, refused.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  const big = await companion.request('POST', '/v1/directory/lookup', { rawBody: JSON.stringify({ email: 'a'.repeat(100_000) }) });
  expect(big.status).toBe(413);
});

test('POST /v1/directory/lookup finds and selects the certificate in slapd; an unreachable server is named, not fatal', async () => {
  // The fixture's server has no directories; this test runs its own companion with two.
  const withDirectory = await startCompanion([{ label: 'x', spec: 'p256' }], [], {
    directories: [{ url: slapd.url, base: slapd.base }, { url: 'ldap://127.0.0.1:1', base: slapd.base, timeoutMs: 300 }],
  });
  try {
    const reply = await withDirectory.request('POST', '/v1/directory/lookup', { body: { email: companion.pki.identity('alice').email } });
    expect(reply.status).toBe(200);
    const der = readCertificates(readFileSync(companion.pki.identity('alice').certPem))[0]!;
    expect(reply.json()).toEqual({ selected: Buffer.from(der).toString('base64'), certificates: [Buffer.from(der).toString('base64')], unreachable: ['ldap://127.0.0.1:1'] });
    const injected = await withDirectory.request('POST', '/v1/directory/lookup', { body: { email: '*)(mail=*' } });
    expect([injected.status, injected.json()['code']]).toEqual([400, 'INVALID_ARGUMENT']);
  } finally {
    await withDirectory.dispose();
  }
});

test('the local certificate store over HTTPS: import a .pem, list with holder and expiry, remove', async () => {
  const pem = readFileSync(companion.pki.identity('alice').certPem);
  const imported = await companion.request('POST', '/v1/certificates', { body: { data: pem.toString('base64'), source: 'alice.pem' } });
  expect(imported.status).toBe(200);
  const [fingerprint] = imported.json()['fingerprints'] as string[];
  const listed = (await companion.request('GET', '/v1/certificates')).json()['certificates'] as { fingerprint: string; holder: { email: string }; expiry: string; source: string }[];
  expect(listed).toEqual([expect.objectContaining({ fingerprint, source: 'alice.pem', expiry: 'expires-soon', holder: expect.objectContaining({ email: 'alice@kuvert.test' }) as unknown })]);
  expect((await companion.request('POST', `/v1/certificates/${fingerprint}/remove`, { body: {} })).status).toBe(200);
  expect((await companion.request('GET', '/v1/certificates')).json()).toEqual({ certificates: [] });
  const garbage = await companion.request('POST', '/v1/certificates', { body: { data: 'AAAA', source: 'x.cer' } });
  expect([garbage.status, garbage.json()['code']]).toEqual([422, 'MALFORMED_CERTIFICATE']);
});
