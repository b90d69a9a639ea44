/**
 * POST /v1/store with the decrypted MIME message and formats: the companion writes the `.eml` as
 * given, a readable PDF (read back with pdfjs-dist) and the attachments with neutralised names;
 * the receipt's hashes match the files on disk; a destination's format list is enforced.
 * GET /v1/policy serves the configured policy text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY } from '../../src/core/policy/default-policy.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

let companion: Companion;
let share: string;
let pdfOnly: string;
const policyText = JSON.stringify(DEFAULT_POLICY, null, 2);

beforeAll(async () => {
  share = await mkdtemp(path.join(os.tmpdir(), 'kuvert-store-'));
  pdfOnly = await mkdtemp(path.join(os.tmpdir(), 'kuvert-store-pdf-'));
  companion = await startCompanion([], [], {
    destinations: [{ name: 'Diariet', path: share }, { name: 'Bara PDF', path: pdfOnly, formats: ['pdf'] }],
    policy: { text: policyText, source: '/etc/kuvert/policy.json' },
  });
});

afterAll(async () => {
  await companion?.dispose();
  await rm(share, { recursive: true, force: true });
  await rm(pdfOnly, { recursive: true, force: true });
});

const MESSAGE = Buffer.from([
  'From: =?utf-8?q?=C3=85sa_=C3=96berg?= <asa@region.se>',
  'To: Bo <bo@kommun.se>',
  'Date: Tue, 24 Nov 2026 08:00:00 +0100',
  'Subject: =?utf-8?q?Beslut_om_f=C3=B6rs=C3=A4kring?=',
  'Message-ID: <beslut-17@region.se>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="yttre"',
  '',
  '--yttre',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Beslutet &auml;r fattat.</p><p>Med v&auml;nlig h&auml;lsning</p></body></html>',
  '--yttre',
  'Content-Type: application/octet-stream',
  'Content-Disposition: attachment; filename="../../etc/CON.txt"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('bilagans innehåll').toString('base64'),
  '--yttre--',
  '',
].join('\r\n'));

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
  await doc.destroy();
  return text.replace(/\s+/gu, ' ');
}

interface Receipt { destination: string; path: string; files: { name: string; sha256: string; bytes: number }[] }

test('GET /v1/destinations lists each destination with its formats', async () => {
  expect((await companion.request('GET', '/v1/destinations')).json()).toEqual({ destinations: [{ kind: 'folder', name: 'Diariet' }, { kind: 'folder', name: 'Bara PDF', formats: ['pdf'] }] });
});

test('message + formats: eml as given, a readable PDF, the attachment under a safe name; hashes match the disk', async () => {
  const reply = await companion.request('POST', '/v1/store', {
    body: { destination: 'Diariet', messageId: '<beslut-17@region.se>', user: 'bo@kommun.se', message: MESSAGE.toString('base64'), formats: ['eml', 'pdf', 'attachments'] },
  });
  expect(reply.status).toBe(200);
  const receipt = reply.json() as unknown as Receipt;
  expect(path.dirname(receipt.path)).toBe(share);
  expect(receipt.files.map((f) => f.name)).toEqual(['Beslut om försäkring.eml', 'Beslut om försäkring.pdf', '_CON.txt']);
  expect((await readdir(receipt.path)).sort()).toEqual(receipt.files.map((f) => f.name).sort());
  for (const file of receipt.files) {
    const disk = await readFile(path.join(receipt.path, file.name));
    expect({ sha256: createHash('sha256').update(disk).digest('hex'), bytes: disk.length }).toEqual({ sha256: file.sha256, bytes: file.bytes });
    expect((await stat(path.join(receipt.path, file.name))).mode & 0o077).toBe(0);
  }
  expect((await readFile(path.join(receipt.path, 'Beslut om försäkring.eml'))).equals(MESSAGE)).toBe(true);
  expect((await readFile(path.join(receipt.path, '_CON.txt'))).toString('utf8')).toBe('bilagans innehåll');
  const text = await pdfText(await readFile(path.join(receipt.path, 'Beslut om försäkring.pdf')));
  for (const expected of ['Beslut om försäkring', 'Åsa Öberg', 'Beslutet är fattat.', 'Med vänlig hälsning', 'CON.txt']) expect(text).toContain(expected);
});

test('the destination\'s formats: its default when none are asked for, and anything else refused', async () => {
  const defaulted = await companion.request('POST', '/v1/store', { body: { destination: 'Bara PDF', messageId: '<m@x>', user: 'u', message: MESSAGE.toString('base64') } });
  expect((defaulted.json() as unknown as Receipt).files.map((f) => f.name)).toEqual(['Beslut om försäkring.pdf']);
  const refused = await companion.request('POST', '/v1/store', { body: { destination: 'Bara PDF', messageId: '<m@x>', user: 'u', message: MESSAGE.toString('base64'), formats: ['eml'] } });
  expect([refused.status, refused.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  const files = await companion.request('POST', '/v1/store', { body: { destination: 'Bara PDF', messageId: '<m@x>', user: 'u', files: [{ name: 'x.eml', data: MESSAGE.toString('base64') }] } });
  expect([files.status, files.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  const elsewhere = await companion.request('POST', '/v1/store', { body: { destination: '/tmp', messageId: '<m@x>', user: 'u', message: MESSAGE.toString('base64') } });
  expect([elsewhere.status, elsewhere.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  const garbage = await companion.request('POST', '/v1/store', { body: { destination: 'Diariet', messageId: '<m@x>', user: 'u', message: Buffer.from('Content-Type: multipart/mixed\r\n\r\nno boundary').toString('base64'), formats: ['pdf'] } });
  expect(garbage.status).toBeGreaterThanOrEqual(400);
  expect(garbage.status).toBeLessThan(500);
  expect(await readdir(share)).not.toContainEqual(expect.stringMatching(/^\.kuvert-tmp-/u));
});

test('GET /v1/policy serves the configured policy; a companion without one answers 404', async () => {
  const reply = await companion.request('GET', '/v1/policy');
  expect(reply.status).toBe(200);
  expect(reply.json()).toEqual({ policy: policyText, source: '/etc/kuvert/policy.json' });
  const bare = await startCompanion([], []);
  try {
    const none = await bare.request('GET', '/v1/policy');
    expect([none.status, none.json()['code']]).toEqual([404, 'NOT_FOUND']);
  } finally {
    await bare.dispose();
  }
});
