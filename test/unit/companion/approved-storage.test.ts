import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ApprovedStorage } from '../../../src/companion/storage/approved-storage.js';

let dir: string;
let share: string;
let storage: ApprovedStorage;
const clock = (): Date => new Date('2026-11-24T10:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-storage-'));
  share = path.join(dir, 'share');
  await mkdir(share);
  storage = new ApprovedStorage([{ name: 'Registrator', path: share }], path.join(dir, 'audit.log'), clock);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const eml = Buffer.from('From: a@x\r\nSubject: Hemligt\r\n\r\nPatientens journal 19121212-1212\r\n');
const request = { destination: 'Registrator', messageId: '<abc@region.se>', user: 'anna@region.se', files: [{ name: 'meddelande.eml', bytes: eml }, { name: 'bilaga.pdf', bytes: Buffer.from('%PDF-1.7') }] };

test('writes a new folder per message with a receipt of names, SHA-256 and sizes; owner-only permissions', async () => {
  const receipt = await storage.store(request);
  expect(receipt).toEqual({
    destination: 'Registrator',
    path: path.join(share, '2026-11-24 abc@region.se'),
    files: [
      { name: 'meddelande.eml', sha256: createHash('sha256').update(eml).digest('hex'), bytes: eml.length },
      { name: 'bilaga.pdf', sha256: createHash('sha256').update('%PDF-1.7').digest('hex'), bytes: 8 },
    ],
  });
  expect(await readFile(path.join(receipt.path, 'meddelande.eml'))).toEqual(eml);
  expect((await stat(receipt.path)).mode & 0o777).toBe(0o700);
  expect((await stat(path.join(receipt.path, 'bilaga.pdf'))).mode & 0o777).toBe(0o600);
  expect((await readdir(share)).filter((name) => name.startsWith('.kuvert-tmp'))).toEqual([]);
});

test('the same message stored twice gets a second folder; nothing is overwritten', async () => {
  const first = await storage.store(request);
  const second = await storage.store({ ...request, files: [{ name: 'meddelande.eml', bytes: Buffer.from('other') }] });
  expect(second.path).toBe(`${first.path} (2)`);
  expect(await readFile(path.join(first.path, 'meddelande.eml'))).toEqual(eml);
});

test('the audit log says who, when, which message and where — never content or file names', async () => {
  const receipt = await storage.store(request);
  const lines = (await readFile(path.join(dir, 'audit.log'), 'utf8')).trim().split('\n');
  expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
    { time: '2026-11-24T10:00:00.000Z', user: 'anna@region.se', messageId: '<abc@region.se>', destination: 'Registrator', path: receipt.path, files: 2 },
  ]);
  expect(lines[0]).not.toContain('19121212');
  expect(lines[0]).not.toContain('bilaga');
});

test('an unreachable destination fails and leaves no temporary folder', async () => {
  const gone = new ApprovedStorage([{ name: 'Borta', path: path.join(dir, 'missing') }], path.join(dir, 'audit.log'), clock);
  await expect(gone.store({ ...request, destination: 'Borta' })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  await expect(storage.store({ ...request, files: [] })).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
  expect(await readdir(share)).toEqual([]);
});
