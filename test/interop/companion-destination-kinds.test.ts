/**
 * The companion and the policy's destination kinds (issue 8), over HTTPS: GET /v1/destinations
 * names each kind with what the add-in needs; POST /v1/store refuses a library or the registrar
 * (DESTINATION_NOT_FOLDER: the add-in uploads or forwards itself); POST /v1/render returns the files
 * the folder store would write — same names, same folder name, SHA-256 — and writes nothing.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { destinationsResponse, renderResponse } from '../../src/protocol/index.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

let companion: Companion;
let share: string;
const CERT = Buffer.from('not parsed by the companion, only passed on').toString('base64');

const MIME = Buffer.from([
  'From: Anna <anna@region.se>', 'To: bob@region.se', 'Subject: Remissvar 12', 'Message-ID: <render-1@region.se>', 'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Hej, här är svaret.', '--b',
  'Content-Type: application/octet-stream', 'Content-Disposition: attachment; filename="../prov svar.bin"', 'Content-Transfer-Encoding: base64', '',
  Buffer.from('bilagans bytes').toString('base64'), '--b--', ''].join('\r\n'));

beforeAll(async () => {
  share = await mkdtemp(path.join(os.tmpdir(), 'kuvert-kinds-share-'));
  companion = await startCompanion([{ label: 'alice', spec: 'p256' }], [], {
    destinations: [
      { name: 'Arkiv', path: share },
      { kind: 'graph-drive', name: 'Diariet (SharePoint)', drive: 'b!abc_DEF-123', folder: 'Diarium/Inkommande', formats: ['eml', 'pdf', 'attachments'] },
      { kind: 'graph-drive', name: 'Bara eml', drive: 'me', folder: 'Kuvert', formats: ['eml'] },
      { kind: 'registrar', name: 'Registrator', address: 'registrator@kommun.se', certificate: CERT },
    ],
  });
});

afterAll(async () => {
  await companion?.dispose();
  await rm(share, { recursive: true, force: true });
});

const render = (body: Record<string, unknown>) => companion.request('POST', '/v1/render', { body: { messageId: '<render-1@region.se>', user: 'bob@region.se', message: MIME.toString('base64'), ...body } });

test('GET /v1/destinations names each kind with its fields, valid under the protocol schema', async () => {
  const body = (await companion.request('GET', '/v1/destinations')).json();
  expect(destinationsResponse.parse(body)).toEqual({
    destinations: [
      { kind: 'folder', name: 'Arkiv' },
      { kind: 'graph-drive', name: 'Diariet (SharePoint)', drive: 'b!abc_DEF-123', folder: 'Diarium/Inkommande', formats: ['eml', 'pdf', 'attachments'] },
      { kind: 'graph-drive', name: 'Bara eml', drive: 'me', folder: 'Kuvert', formats: ['eml'] },
      { kind: 'registrar', name: 'Registrator', address: 'registrator@kommun.se', certificate: CERT },
    ],
  });
});

test('POST /v1/store refuses a document library and the registrar with DESTINATION_NOT_FOLDER and writes nothing', async () => {
  for (const destination of ['Diariet (SharePoint)', 'Registrator']) {
    const reply = await companion.request('POST', '/v1/store', { body: { destination, messageId: '<m@x>', user: 'u', message: MIME.toString('base64') } });
    expect([reply.status, reply.json()['code']]).toEqual([409, 'DESTINATION_NOT_FOLDER']);
  }
  expect(await readdir(share)).toEqual([]);
});

test('POST /v1/render returns the .eml, PDF and attachment with the folder store\'s names and folder name, and writes nothing', async () => {
  const before = await readdir(companion.stateDir);
  const reply = await render({ destination: 'Diariet (SharePoint)' });
  expect(reply.status).toBe(200);
  const rendered = renderResponse.parse(reply.json());
  expect(rendered.folder).toMatch(/^\d{4}-\d{2}-\d{2} render-1@region\.se$/u);
  expect(rendered.files.map((f) => f.name)).toEqual(['Remissvar 12.eml', 'Remissvar 12.pdf', 'prov svar.bin']);
  for (const file of rendered.files) {
    const bytes = Buffer.from(file.data, 'base64');
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(file.bytes).toBe(bytes.length);
  }
  expect(Buffer.from(rendered.files[0]!.data, 'base64').equals(MIME)).toBe(true);
  expect(Buffer.from(rendered.files[1]!.data, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(Buffer.from(rendered.files[2]!.data, 'base64').toString()).toBe('bilagans bytes');
  // nothing on disk: the share is empty, the state directory has only the audit line added
  expect(await readdir(share)).toEqual([]);
  expect((await readdir(companion.stateDir)).filter((name) => !before.includes(name))).toEqual(['audit.log'].filter((n) => !before.includes(n)));
  const audit = await readFile(path.join(companion.stateDir, 'audit.log'), 'utf8');
  expect(audit).toContain('"rendered":3');
  expect(audit).not.toContain('Remissvar');
});

test('POST /v1/render keeps to the destination\'s formats and refuses folders, the registrar and unknown names', async () => {
  const only = renderResponse.parse((await render({ destination: 'Bara eml' })).json());
  expect(only.files.map((f) => f.name)).toEqual(['Remissvar 12.eml']);
  const refusedFormat = await render({ destination: 'Bara eml', formats: ['pdf'] });
  expect([refusedFormat.status, refusedFormat.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  for (const destination of ['Arkiv', 'Registrator', 'Okänd']) {
    const reply = await render({ destination });
    expect([reply.status, reply.json()['code']]).toEqual([403, 'DESTINATION_NOT_APPROVED']);
  }
  const unpaired = await companion.request('POST', '/v1/render', { token: null, body: { destination: 'Bara eml', messageId: 'x', user: 'u', message: 'AA==' } });
  expect(unpaired.status).toBe(401);
  expect(await readdir(share)).toEqual([]);
});
