/**
 * Attack regressions for approved storage: attachment names and message ids chosen by a sender
 * must never place a file outside the message's folder, name a Windows device, or overwrite.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApprovedStorage } from '../../src/companion/storage/approved-storage.js';
import { safeFileName } from '../../src/companion/storage/safe-file-name.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-traversal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hostile = [
  '../../../../etc/passwd', '..\\..\\Windows\\System32\\drivers\\etc\\hosts', '/etc/shadow', 'C:\\Users\\x\\evil.exe',
  '\\\\server\\share\\x.txt', '..', '.', '', 'CON', 'con.txt', 'NUL.pdf', 'COM1', 'lpt9.doc', 'report.pdf. . .',
  'a\u0000b.txt', 'new\nline.txt', 'rtl\u202Eexe.pdf', 'x'.repeat(400) + '.pdf', 'å'.repeat(200) + '.docx', 'what?<>|*:".txt',
];

test.each(hostile)('safeFileName(%j) is one harmless file name', (name) => {
  const safe = safeFileName(name);
  expect(safe).not.toMatch(/[/\\<>:"|?*\p{Cc}\u202e]/u);
  expect(['', '.', '..']).not.toContain(safe);
  expect(safe).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/iu);
  expect(safe).not.toMatch(/[. ]$/u);
  expect(Buffer.byteLength(safe, 'utf8')).toBeLessThanOrEqual(150);
});

test('long names keep their extension', () => {
  expect(safeFileName('x'.repeat(400) + '.pdf')).toMatch(/^x+\.pdf$/u);
});

test('hostile names all land inside one new message folder, nothing outside it, no file overwritten', async () => {
  const share = path.join(dir, 'diarium');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(share);
  const storage = new ApprovedStorage([{ name: 'Diariet', path: share }], path.join(dir, 'audit.log'));
  const receipt = await storage.store({
    destination: 'Diariet', messageId: '<../../../evil@example>', user: 'anna@region.se',
    files: [...hostile.map((name, i) => ({ name, bytes: Buffer.from(`file ${i}`) })), { name: 'same.txt', bytes: Buffer.from('1') }, { name: 'SAME.txt', bytes: Buffer.from('2') }],
  });
  expect(await readdir(dir)).toEqual(expect.arrayContaining(['diarium', 'audit.log']));
  expect((await readdir(dir)).sort()).toEqual(['audit.log', 'diarium']);
  expect(await readdir(share)).toEqual([path.basename(receipt.path)]);
  expect(path.dirname(receipt.path)).toBe(share);
  const written = await readdir(receipt.path);
  expect(written).toHaveLength(hostile.length + 2);
  expect(new Set(written.map((name) => name.toLowerCase())).size).toBe(written.length);
  expect(await readFile(path.join(receipt.path, receipt.files.at(-1)!.name), 'utf8')).toBe('2');
});

test('a destination the policy does not name → DESTINATION_NOT_APPROVED, also for a path given as a name', async () => {
  const storage = new ApprovedStorage([{ name: 'Diariet', path: dir }], path.join(dir, 'audit.log'));
  for (const destination of ['Hemkatalog', dir, '../Diariet', 'diariet']) {
    await expect(storage.store({ destination, messageId: '<m@x>', user: 'u', files: [{ name: 'a.txt', bytes: Buffer.from('x') }] })).rejects.toMatchObject({ code: 'DESTINATION_NOT_APPROVED' });
  }
});
