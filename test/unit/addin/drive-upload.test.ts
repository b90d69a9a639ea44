// Saving to a document library from the read pane (issue 8): with the companion, the files it
// renders (POST /v1/render) go up under the folder name it gives; without it, only the .eml goes,
// under the same kind of folder name, and the receipt says so.
import { createHash } from 'node:crypto';
import { messageFolderName, saveToDrive, libraryName } from '../../../src/addin/read/destinations/drive-upload.js';
import type { CompanionClient } from '../../../src/addin/companion/companion-client.js';
import { startFakeGraph, type FakeGraph } from '../../../src/playground/fake-graph.js';

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph();
  graph.ensureDriveFolder('me', 'Arkiv');
});
afterAll(() => graph.close());

const tokens = { token: () => Promise.resolve('t') };
const MESSAGE = new TextEncoder().encode('Subject: Hej\r\nMessage-ID: <m@x.se>\r\n\r\nText\r\n');
const now = new Date('2026-11-24T10:00:00Z');
const destination = { kind: 'graph-drive' as const, name: 'OneDrive', drive: 'me', folder: 'Arkiv', formats: ['eml', 'pdf', 'attachments'] as const };

test('without the companion: only the .eml, in a folder named by date and Message-ID; the receipt says eml only', async () => {
  const receipt = await saveToDrive({ destination, message: MESSAGE, messageId: '<m@x.se>', user: 'u@x.se' }, undefined, { tokens, baseUrl: graph.url }, now);
  expect(receipt).toMatchObject({ kind: 'files', emlOnly: true, path: 'Arkiv/2026-11-24 m@x.se' });
  expect(graph.drive('me').map((f) => f.path)).toEqual(['Arkiv/2026-11-24 m@x.se/meddelande.eml']);
  expect(receipt.files[0]!.sha256).toBe(createHash('sha256').update(MESSAGE).digest('hex'));
  // a library that takes no .eml cannot be served without the companion
  await expect(saveToDrive({ destination: { ...destination, formats: ['pdf'] }, message: MESSAGE, messageId: '<m@x.se>', user: 'u' }, undefined, { tokens, baseUrl: graph.url }, now))
    .rejects.toMatchObject({ code: 'COMPANION_NOT_PAIRED' });
});

test('with the companion: its rendered files and folder name, names made safe for the library', async () => {
  const pdf = new TextEncoder().encode('%PDF-1.7');
  const render = jest.fn(() => Promise.resolve({
    folder: '2026-11-24 rendered@x.se',
    files: [
      { name: 'Hej.eml', data: Buffer.from(MESSAGE).toString('base64'), sha256: 'a'.repeat(64), bytes: MESSAGE.length },
      { name: 'Hej #1: svar?.pdf', data: Buffer.from(pdf).toString('base64'), sha256: 'b'.repeat(64), bytes: pdf.length },
    ],
  }));
  const client = { paired: true, render } as unknown as CompanionClient;
  const receipt = await saveToDrive({ destination, message: MESSAGE, messageId: '<m@x.se>', user: 'u@x.se' }, client, { tokens, baseUrl: graph.url }, now);
  expect(render).toHaveBeenCalledWith({ destination: 'OneDrive', messageId: '<m@x.se>', user: 'u@x.se', message: Buffer.from(MESSAGE).toString('base64'), formats: ['eml', 'pdf', 'attachments'] });
  expect(receipt.emlOnly).toBe(false);
  expect(receipt.files.map((f) => f.name)).toEqual(['Hej.eml', 'Hej _1_ svar_.pdf']);
  // the receipt's hashes are computed here over what went up, not taken from the companion
  expect(receipt.files[1]!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  expect(graph.drive('me').filter((f) => f.path.startsWith('Arkiv/2026-11-24 rendered@x.se/')).length).toBe(2);
});

test('library names: forbidden characters replaced, dots and spaces trimmed, a fallback when nothing is left', () => {
  expect(libraryName(' ..a/b\\c:d*e?f"g<h>i|j#k%l\u0001. ', 'x')).toBe('a_b_c_d_e_f_g_h_i_j_k_l_');
  expect(libraryName('...', 'fallback')).toBe('fallback');
  expect(messageFolderName('<abc/../x@y>', now)).toBe('2026-11-24 abc_.._x@y');
});
