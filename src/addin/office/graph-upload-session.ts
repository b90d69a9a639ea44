/**
 * PUTting bytes to a Graph upload session, shared by the Outlook attachment route (graph-large-send.ts,
 * outlook-large-attachments) and document libraries (graph-drive.ts, driveitem-createuploadsession):
 * in order, `Content-Range: bytes s-e/total`, no Authorization (the URL is pre-authenticated and may
 * be another host), each answer naming where the next PUT starts, the last one finishing the upload.
 * The two APIs differ only in the status of an intermediate answer (200 for attachments, 202 for
 * drive items) and of the last one, and in the error code the caller reports.
 */

export interface UploadSessionSpec {
  readonly chunkBytes: number;
  /** Status of an answer that asks for more. */
  readonly moreStatus: number;
  /** Statuses of the answer to the last chunk. */
  readonly doneStatuses: readonly number[];
  readonly headers?: Readonly<Record<string, string>>;
  /** Throws the caller's typed error: for an unexpected HTTP answer (`response`) or a protocol fault. */
  fail(detail: string, problem: { readonly response?: Response; readonly cause?: unknown }): Promise<never>;
}

/** Sends `bytes` and returns the answer to the last chunk. Every round must move forward. */
export async function putInChunks(uploadUrl: string, bytes: Uint8Array, spec: UploadSessionSpec, doFetch: typeof fetch): Promise<Response> {
  const total = bytes.length;
  let start = 0;
  for (let round = 0; round < Math.ceil(total / spec.chunkBytes) + 8; round++) {
    const end = Math.min(start + spec.chunkBytes, total) - 1;
    const what = `PUT bytes ${start}-${end}`;
    let response: Response;
    try {
      response = await doFetch(uploadUrl, { method: 'PUT', headers: { ...spec.headers, 'Content-Range': `bytes ${start}-${end}/${total}` }, body: bytes.slice(start, end + 1) });
    } catch (cause) {
      return spec.fail(`${what}: network error`, { cause });
    }
    if (spec.doneStatuses.includes(response.status)) {
      if (end + 1 !== total) return spec.fail('the upload finished early', {});
      return response;
    }
    if (response.status !== spec.moreStatus) return spec.fail(what, { response });
    const next = nextStart((await response.json().catch(() => ({}))) as { nextExpectedRanges?: unknown });
    if (next === undefined || next <= start || next > end + 1 || next >= total) return spec.fail(`${what}: unexpected nextExpectedRanges`, {});
    start = next;
  }
  return spec.fail('the upload made no progress', {});
}

/** HTTPS, or the same origin as the (test) Graph base URL. */
export function uploadAllowed(url: string, baseUrl: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}

/** `["2097152"]` (Outlook attachments), `["2097152-"]` or `["2097152-3145727"]`: where the next PUT starts. */
function nextStart(body: { nextExpectedRanges?: unknown }): number | undefined {
  const first = Array.isArray(body.nextExpectedRanges) ? (body.nextExpectedRanges[0] as unknown) : undefined;
  const match = typeof first === 'string' ? /^(\d+)(?:-\d*)?$/u.exec(first) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
