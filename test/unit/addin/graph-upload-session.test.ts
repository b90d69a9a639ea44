// The upload-session PUT loop both Graph routes share (attachments: 200 for more; drive items: 202).
import { putInChunks, uploadAllowed, type UploadSessionSpec } from '../../../src/addin/office/graph-upload-session.js';

class Failed extends Error {
  constructor(readonly detail: string, readonly status: number | undefined) {
    super(detail);
  }
}

const spec = (more = 202): UploadSessionSpec => ({
  chunkBytes: 4,
  moreStatus: more,
  doneStatuses: [201],
  headers: { 'Content-Type': 'application/octet-stream' },
  fail: (detail, { response }) => Promise.reject(new Failed(detail, response?.status)),
});

/** A session that records each PUT and answers with `answer(start, end)`. */
function session(answer: (start: number, end: number, total: number) => Response): { fetch: typeof fetch; puts: string[]; bodies: number[][] } {
  const puts: string[] = [];
  const bodies: number[][] = [];
  const doFetch = (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = init?.headers as Record<string, string>;
    expect(headers.Authorization).toBeUndefined();
    const [, s, e, t] = /^bytes (\d+)-(\d+)\/(\d+)$/u.exec(headers['Content-Range'] ?? '')!;
    puts.push(headers['Content-Range']!);
    bodies.push([...(init?.body as Uint8Array)]);
    return Promise.resolve(answer(Number(s), Number(e), Number(t)));
  };
  return { fetch: doFetch, puts, bodies };
}

const json = (body: unknown, status: number): Response => new Response(JSON.stringify(body), { status });
const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);

describe('putInChunks', () => {
  test('sends the bytes in order, without Authorization, and returns the last answer', async () => {
    const s = session((_, end, total) => (end + 1 === total ? json({ id: 'done' }, 201) : json({ nextExpectedRanges: [`${end + 1}-`] }, 202)));
    const last = await putInChunks('https://upload.example/x', bytes, spec(), s.fetch);
    expect(await last.json()).toEqual({ id: 'done' });
    expect(s.puts).toEqual(['bytes 0-3/10', 'bytes 4-7/10', 'bytes 8-9/10']);
    expect(s.bodies.flat()).toEqual([...bytes]);
  });

  test('resends from where the server asks (a range it did not keep), moving forward', async () => {
    let first = true;
    const s = session((_, end, total) => {
      if (end + 1 === total) return json({}, 201);
      if (first && end === 7) {
        first = false;
        return json({ nextExpectedRanges: ['6-'] }, 202);
      }
      return json({ nextExpectedRanges: [`${end + 1}`] }, 202);
    });
    await putInChunks('https://upload.example/x', bytes, spec(), s.fetch);
    expect(s.puts).toEqual(['bytes 0-3/10', 'bytes 4-7/10', 'bytes 6-9/10']);
  });

  test('refuses an answer that asks for the same range again, an early finish, and an unexpected status', async () => {
    const same = session((start) => json({ nextExpectedRanges: [`${start}-`] }, 202));
    await expect(putInChunks('https://upload.example/x', bytes, spec(), same.fetch)).rejects.toMatchObject({ detail: 'PUT bytes 0-3: unexpected nextExpectedRanges' });
    const early = session(() => json({}, 201));
    await expect(putInChunks('https://upload.example/x', bytes, spec(), early.fetch)).rejects.toMatchObject({ detail: 'the upload finished early' });
    // 200 means "more" for Outlook attachments, not for drive items
    const wrong = session((_, end) => json({ nextExpectedRanges: [`${end + 1}`] }, 200));
    await expect(putInChunks('https://upload.example/x', bytes, spec(202), wrong.fetch)).rejects.toMatchObject({ detail: 'PUT bytes 0-3', status: 200 });
    // … and a server that never finishes, asking for a range past the end
    await expect(putInChunks('https://upload.example/x', bytes, spec(200), wrong.fetch)).rejects.toMatchObject({ detail: 'PUT bytes 8-9: unexpected nextExpectedRanges' });
  });
});

test('uploadAllowed: HTTPS anywhere, plain HTTP only at the (test) Graph origin', () => {
  expect(uploadAllowed('https://tenant.sharepoint.com/upload?x', 'https://graph.microsoft.com/v1.0')).toBe(true);
  expect(uploadAllowed('http://evil.example/upload', 'https://graph.microsoft.com/v1.0')).toBe(false);
  expect(uploadAllowed('http://127.0.0.1:4000/upload/1', 'http://127.0.0.1:4000/v1.0')).toBe(true);
  expect(uploadAllowed('not a url', 'http://127.0.0.1:4000/v1.0')).toBe(false);
});
