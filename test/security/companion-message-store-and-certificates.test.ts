/**
 * Attack regressions for the v1 additions: store-from-message (attachment names from a hostile
 * sender, a hostile subject as the file name), and the new certificate/policy endpoints behind the
 * same Origin, Host and pairing checks as every other call.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApprovedStorage } from '../../src/companion/storage/approved-storage.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-msg-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HOSTILE_NAMES = ['../../../../etc/cron.d/evil', '..\\..\\Windows\\System32\\evil.dll', '/etc/passwd', '\\\\server\\share\\x.txt', 'CON', 'nul.txt', 'a\u202Efdp.exe'];

function hostileMessage(): Uint8Array {
  const parts = HOSTILE_NAMES.map((name, i) => [
    '--g',
    'Content-Type: application/octet-stream',
    `Content-Disposition: attachment; filename="${name.replace(/\\/gu, '\\\\')}"`,
    '',
    `part ${i}`,
  ].join('\r\n'));
  return new TextEncoder().encode([
    'Subject: ../../../../tmp/owned',
    'Content-Type: multipart/mixed; boundary="g"',
    '',
    '--g',
    'Content-Type: text/plain',
    '',
    'body',
    ...parts,
    '--g--',
    '',
  ].join('\r\n'));
}

test('attachment names and the subject from a hostile message all land inside one new folder', async () => {
  const share = path.join(dir, 'share');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(share);
  const storage = new ApprovedStorage([{ name: 'Diariet', path: share }], path.join(dir, 'audit.log'));
  const receipt = await storage.store({ destination: 'Diariet', messageId: '<../../x@evil>', user: 'u', files: [{ name: 'owned.eml', bytes: new Uint8Array([1]) }], message: hostileMessage(), formats: ['eml', 'attachments'] });
  expect(path.dirname(receipt.path)).toBe(share);
  expect(await readdir(share)).toEqual([path.basename(receipt.path)]);
  const names = await readdir(receipt.path);
  expect(names.sort()).toEqual(receipt.files.map((f) => f.name).sort());
  expect(names).toHaveLength(HOSTILE_NAMES.length + 2);
  for (const name of names) {
    expect(name).not.toMatch(/[/\\\u202e]/u);
    expect(name).not.toMatch(/^(?:con|nul)(?:\.|$)/iu);
  }
  // The explicit file named like the rendered .eml does not overwrite it: both are kept.
  expect(names).toEqual(expect.arrayContaining(['owned.eml', 'owned (2).eml']));
  expect(await readdir(dir)).toEqual(expect.arrayContaining(['share', 'audit.log']));
});

describe('the new endpoints sit behind the same guard', () => {
  let companion: Companion;
  beforeAll(async () => {
    companion = await startCompanion([], []);
  });
  afterAll(async () => {
    await companion?.dispose();
  });

  const calls: [string, string, unknown][] = [
    ['POST', '/v1/certificates/validate', { certificate: 'AA==', usage: 'signature' }],
    ['POST', '/v1/certificates/harvest', { message: 'AA==' }],
    ['GET', '/v1/policy', undefined],
    ['GET', '/v1/destinations', undefined],
  ];

  test.each(calls)('%s %s: no token → 401, foreign Origin → 403, bad Host → 403', async (method, urlPath, body) => {
    expect((await companion.request(method, urlPath, { token: null, ...(body ? { body } : {}) })).status).toBe(401);
    expect((await companion.request(method, urlPath, { origin: 'https://evil.example', ...(body ? { body } : {}) })).status).toBe(403);
    expect((await companion.request(method, urlPath, { host: 'evil.example', ...(body ? { body } : {}) })).status).toBe(403);
  });

  test('validate refuses unknown fields and garbage certificates without a 500', async () => {
    const unknown = await companion.request('POST', '/v1/certificates/validate', { body: { certificate: 'AA==', usage: 'signature', trustAnchors: ['AA=='] } });
    expect([unknown.status, unknown.json()['code']]).toEqual([400, 'MALFORMED_REQUEST']);
    const garbage = await companion.request('POST', '/v1/certificates/validate', { body: { certificate: 'AAAA', usage: 'signature' } });
    // No trust anchors are configured here: nothing validates, whatever was sent.
    expect(garbage.json()).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
  });

  test('harvest with no trust anchors stores nothing, even for a well-formed signed message', async () => {
    const reply = await companion.request('POST', '/v1/certificates/harvest', { body: { message: Buffer.from('Subject: x\r\n\r\nnot signed').toString('base64'), source: 'x'.repeat(1024) } });
    expect(reply.json()).toEqual({ fingerprints: [], code: 'NOT_SIGNED' });
    expect((await companion.request('GET', '/v1/certificates')).json()).toEqual({ certificates: [] });
  });
});
