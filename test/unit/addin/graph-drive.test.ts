// Uploading to a document library through Graph (issue 8), against the fake Graph's drives, which
// follow the documented requests strictly: a folder per message (409 when taken: the next name),
// simple PUT for small files, an upload session in 320 KiB multiples without Authorization for
// large ones, never overwriting (conflictBehavior fail), and the errors by code.
import { createHash } from 'node:crypto';
import { DRIVE_CHUNK_BYTES, driveScopes, uploadToDrive, type DriveFile } from '../../../src/addin/office/graph-drive.js';
import { startFakeGraph, type FakeGraph } from '../../../src/playground/fake-graph.js';

let graph: FakeGraph;
const DRIVE = 'b!fakeLibrary_01';
const FOLDER = 'Diarium/Inkommande';

beforeAll(async () => {
  graph = await startFakeGraph();
  graph.ensureDriveFolder(DRIVE, FOLDER);
  graph.ensureDriveFolder('me', 'Kuvert');
});
afterAll(() => graph.close());

const tokens = { token: jest.fn((scopes: readonly string[]) => Promise.resolve(`token-for-${scopes.join('+')}`)) };
const options = () => ({ tokens, baseUrl: graph.url });
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const noise = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
const files: DriveFile[] = [
  { name: 'Remissvar.eml', bytes: new TextEncoder().encode('Subject: Remissvar\r\n\r\nHej\r\n') },
  { name: 'Remissvar.pdf', bytes: new TextEncoder().encode('%PDF-1.7 fake') },
  { name: 'röntgen bild #1.png', bytes: noise(1000) },
];

test('small files: a folder for the message, each file PUT once; the receipt has name, size, local SHA-256 and webUrl', async () => {
  const receipt = await uploadToDrive({ drive: DRIVE, folder: FOLDER }, '2026-11-24 m1@region.se', files, options());
  expect(receipt.path).toBe('Diarium/Inkommande/2026-11-24 m1@region.se');
  expect(receipt.files.map((f) => [f.name, f.bytes, f.sha256])).toEqual(files.map((f) => [f.name, f.bytes.length, sha(f.bytes)]));
  const stored = graph.drive(DRIVE).filter((f) => f.path.startsWith(receipt.path));
  expect(stored.map((f) => f.path.split('/').at(-1))).toEqual(files.map((f) => f.name));
  for (const [i, f] of stored.entries()) {
    expect(sha(f.bytes)).toBe(receipt.files[i]!.sha256);
    expect(receipt.files[i]!.webUrl).toBe(f.webUrl);
  }
  expect(tokens.token).toHaveBeenLastCalledWith(['Files.ReadWrite.All']);
});

test('/me/drive asks only for Files.ReadWrite', async () => {
  expect(driveScopes('me')).toEqual(['Files.ReadWrite']);
  await uploadToDrive({ drive: 'me', folder: 'Kuvert' }, 'm2', files.slice(0, 1), options());
  expect(tokens.token).toHaveBeenLastCalledWith(['Files.ReadWrite']);
  expect(graph.drive('me').map((f) => f.path)).toEqual(['Kuvert/m2/Remissvar.eml']);
});

test('a large file goes through an upload session in 320 KiB-multiple chunks (no Authorization on the upload URL); bytes arrive intact', async () => {
  const large = noise(2 * DRIVE_CHUNK_BYTES + 12_345);
  const receipt = await uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'large', [{ name: 'stor.bin', bytes: large }], { ...options(), simpleUploadMaxBytes: 1024 });
  const [stored] = graph.drive(DRIVE).filter((f) => f.path === 'Diarium/Inkommande/large/stor.bin');
  expect(stored?.bytes.equals(Buffer.from(large))).toBe(true);
  expect(receipt.files[0]).toMatchObject({ name: 'stor.bin', bytes: large.length, sha256: sha(large) });
});

test('the same message twice: the second gets "… (2)"; nothing is overwritten', async () => {
  const first = await uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'twice', files.slice(0, 1), options());
  const second = await uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'twice', [{ name: 'Remissvar.eml', bytes: new Uint8Array([1, 2, 3]) }], options());
  expect([first.path, second.path]).toEqual(['Diarium/Inkommande/twice', 'Diarium/Inkommande/twice (2)']);
  expect(graph.drive(DRIVE).find((f) => f.path === 'Diarium/Inkommande/twice/Remissvar.eml')?.bytes.equals(Buffer.from(files[0]!.bytes))).toBe(true);
});

test('two files of one name in a message: the second is refused (409 → GRAPH_DRIVE_CONFLICT), the first is kept as it was', async () => {
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'clash', [files[0]!, { name: 'REMISSVAR.eml', bytes: new Uint8Array([9]) }], options()))
    .rejects.toMatchObject({ code: 'GRAPH_DRIVE_CONFLICT' });
  expect(graph.drive(DRIVE).filter((f) => f.path.startsWith('Diarium/Inkommande/clash/')).map((f) => f.bytes.length)).toEqual([files[0]!.bytes.length]);
  // the same through an upload session (409 at createUploadSession)
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'clash2', [files[0]!, { name: 'remissvar.EML', bytes: noise(5000) }], { ...options(), simpleUploadMaxBytes: 1024 }))
    .rejects.toMatchObject({ code: 'GRAPH_DRIVE_CONFLICT' });
});

test('401/403 → GRAPH_DRIVE_DENIED; 5xx → GRAPH_DRIVE_UPLOAD_FAILED; a missing library folder → GRAPH_DRIVE_UPLOAD_FAILED (404)', async () => {
  graph.failNext(401, 'drive-folder');
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'e1', files, options())).rejects.toMatchObject({ code: 'GRAPH_DRIVE_DENIED' });
  graph.failNext(403, 'drive-put');
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'e2', files, options())).rejects.toMatchObject({ code: 'GRAPH_DRIVE_DENIED' });
  graph.failNext(503, 'drive-put');
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'e3', files, options())).rejects.toMatchObject({ code: 'GRAPH_DRIVE_UPLOAD_FAILED', message: expect.stringContaining('HTTP 503') as unknown });
  graph.failNext(500, 'drive-chunk');
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'e4', [{ name: 'x.bin', bytes: noise(5000) }], { ...options(), simpleUploadMaxBytes: 1024 })).rejects.toMatchObject({ code: 'GRAPH_DRIVE_UPLOAD_FAILED' });
  await expect(uploadToDrive({ drive: DRIVE, folder: 'Finns/Inte' }, 'e5', files, options())).rejects.toMatchObject({ code: 'GRAPH_DRIVE_UPLOAD_FAILED', message: expect.stringContaining('404') as unknown });
  // no token at all: the fake answers 401 as Graph does
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'e6', files, { tokens: { token: () => Promise.resolve('') }, baseUrl: graph.url, fetch: (input, init) => fetch(input, { ...init, headers: {} }) }))
    .rejects.toMatchObject({ code: 'GRAPH_DRIVE_DENIED' });
});

test('a library answering with a different size than was sent is an error, not a receipt', async () => {
  const lying: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (init?.method !== 'PUT') return response;
    const item = (await response.json()) as Record<string, unknown>;
    return new Response(JSON.stringify({ ...item, size: 1 }), { status: response.status, headers: { 'Content-Type': 'application/json' } });
  };
  await expect(uploadToDrive({ drive: DRIVE, folder: FOLDER }, 'short', files.slice(0, 1), { ...options(), fetch: lying })).rejects.toMatchObject({ code: 'GRAPH_DRIVE_UPLOAD_FAILED' });
});

test('security: a drive id of dots or a "."/".." segment cannot walk the request out of the library (refused before any request)', async () => {
  const spy = jest.fn<Promise<Response>, Parameters<typeof fetch>>(() => Promise.reject(new Error('no request expected')));
  for (const [target, sub, name] of [
    [{ drive: '..', folder: FOLDER }, 'm', 'a.eml'],
    [{ drive: '.', folder: FOLDER }, 'm', 'a.eml'],
    [{ drive: DRIVE, folder: 'Diarium/../../..' }, 'm', 'a.eml'],
    [{ drive: DRIVE, folder: FOLDER }, '..', 'a.eml'],
    [{ drive: DRIVE, folder: FOLDER }, 'm', '..'],
    [{ drive: DRIVE, folder: FOLDER }, 'm', 'a/../../b.eml'],
  ] as const) {
    await expect(uploadToDrive(target, sub, [{ name, bytes: new Uint8Array([1]) }], { ...options(), fetch: spy })).rejects.toMatchObject({ code: 'GRAPH_DRIVE_UPLOAD_FAILED' });
  }
  expect(spy).not.toHaveBeenCalled();
});
