/**
 * The large-message route (see graph-mail.ts for the sources):
 *  1. POST /me/messages (JSON): a draft with subject, To/Cc and the MAPI message class
 *     (PidTagMessageClass, `String 0x001A`) IPM.Note.SMIME or IPM.Note.SMIME.MultipartSigned → 201 {id};
 *  2. POST /me/messages/{id}/attachments/createUploadSession {AttachmentItem: smime.p7m, size} → 201
 *     {uploadUrl, nextExpectedRanges: ["0-"]};
 *  3. PUT uploadUrl, in order, chunks that are multiples of 320 KiB and under 4 MB, with
 *     Content-Range `bytes s-e/total` and no Authorization (the URL is pre-authenticated) → 200
 *     {nextExpectedRanges: ["next"]} … the last one 201 Created with a Location header;
 *  4. POST /me/messages/{id}/send → 202 Accepted.
 * Any failure after 1 deletes the draft (DELETE /me/messages/{id}) and nothing is sent.
 */
import { readSmimeEnvelope } from '../../core/smime/index.js';
import { AddinError } from '../errors.js';
import { MAX_UPLOAD_BYTES, graphErrorCode, type MailEnvelope } from './graph-mail.js';

/** 10 × 320 KiB: the multiple upload sessions want, well under the 4 MB a request may carry. */
export const UPLOAD_CHUNK_BYTES = 10 * 320 * 1024;

export interface UploadRouteOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
}

interface Attachment {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly messageClass: string;
}

function attachmentOf(mime: Uint8Array, kind: MailEnvelope['kind']): Attachment {
  if (kind === 'signed') return { bytes: mime, contentType: 'multipart/signed', messageClass: 'IPM.Note.SMIME.MultipartSigned' };
  // The CMS itself: Exchange writes it back out as the application/pkcs7-mime body.
  return { bytes: readSmimeEnvelope(mime).der, contentType: 'application/pkcs7-mime', messageClass: 'IPM.Note.SMIME' };
}

const recipients = (list: MailEnvelope['to']) =>
  list.map((m) => ({ emailAddress: { address: m.address, ...(m.name === undefined ? {} : { name: m.name }) } }));

export async function sendThroughUpload(mime: Uint8Array, envelope: MailEnvelope, options: UploadRouteOptions): Promise<void> {
  const attachment = attachmentOf(mime, envelope.kind);
  if (attachment.bytes.length > MAX_UPLOAD_BYTES) throw new AddinError('GRAPH_MESSAGE_TOO_LARGE', `${attachment.bytes.length} bytes`);
  const graph = async (method: string, path: string, body?: unknown): Promise<Response> => {
    try {
      return await options.fetch(`${options.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new AddinError('GRAPH_UPLOAD_FAILED', `${method} ${path.replace(/messages\/[^/]+/u, 'messages/{id}')}: network error`, { cause: error });
    }
  };
  const expect = async (response: Response, status: number, what: string): Promise<void> => {
    if (response.status !== status) throw new AddinError('GRAPH_UPLOAD_FAILED', `${what}: HTTP ${response.status} ${await graphErrorCode(response)}`);
  };

  const created = await graph('POST', '/me/messages', {
    subject: envelope.subject,
    toRecipients: recipients(envelope.to),
    ccRecipients: recipients(envelope.cc),
    singleValueExtendedProperties: [{ id: 'String 0x001A', value: attachment.messageClass }],
  });
  await expect(created, 201, 'create draft');
  const id = ((await created.json()) as { id?: unknown }).id;
  if (typeof id !== 'string' || id.length === 0) throw new AddinError('GRAPH_UPLOAD_FAILED', 'create draft: no id');
  const draftPath = `/me/messages/${encodeURIComponent(id)}`;
  try {
    const session = await graph('POST', `${draftPath}/attachments/createUploadSession`, {
      AttachmentItem: { attachmentType: 'file', name: 'smime.p7m', size: attachment.bytes.length, contentType: attachment.contentType },
    });
    await expect(session, 201, 'createUploadSession');
    const { uploadUrl } = (await session.json()) as { uploadUrl?: unknown };
    if (typeof uploadUrl !== 'string' || !uploadAllowed(uploadUrl, options.baseUrl)) throw new AddinError('GRAPH_UPLOAD_FAILED', 'createUploadSession: no usable uploadUrl');
    await upload(uploadUrl, attachment.bytes, options.fetch);
    await expect(await graph('POST', `${draftPath}/send`), 202, 'send draft');
  } catch (error) {
    // Nothing went out: remove the half-built draft (best effort; it holds only ciphertext).
    await graph('DELETE', draftPath).catch(() => undefined);
    throw error instanceof AddinError ? error : new AddinError('GRAPH_UPLOAD_FAILED', undefined, { cause: error });
  }
}

/** HTTPS, or the same origin as the (test) Graph base URL. */
function uploadAllowed(url: string, baseUrl: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}

async function upload(uploadUrl: string, bytes: Uint8Array, doFetch: typeof fetch): Promise<void> {
  const total = bytes.length;
  let start = 0;
  // Each round must move forward; a server that keeps asking for the same range is given up on.
  for (let round = 0; round < Math.ceil(total / UPLOAD_CHUNK_BYTES) + 8; round++) {
    const end = Math.min(start + UPLOAD_CHUNK_BYTES, total) - 1;
    let response: Response;
    try {
      response = await doFetch(uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${total}` },
        body: bytes.slice(start, end + 1),
      });
    } catch (error) {
      throw new AddinError('GRAPH_UPLOAD_FAILED', `PUT bytes ${start}-${end}: network error`, { cause: error });
    }
    if (response.status === 201) {
      if (end + 1 !== total) throw new AddinError('GRAPH_UPLOAD_FAILED', 'upload finished early');
      return;
    }
    if (response.status !== 200) throw new AddinError('GRAPH_UPLOAD_FAILED', `PUT bytes ${start}-${end}: HTTP ${response.status} ${await graphErrorCode(response)}`);
    const next = nextStart((await response.json().catch(() => ({}))) as { nextExpectedRanges?: unknown });
    if (next === undefined || next <= 0 || next >= total || next > end + 1) throw new AddinError('GRAPH_UPLOAD_FAILED', `PUT bytes ${start}-${end}: unexpected nextExpectedRanges`);
    start = next;
  }
  throw new AddinError('GRAPH_UPLOAD_FAILED', 'the upload made no progress');
}

/** `["2097152"]` (Outlook attachments) or `["2097152-"]`: where the next PUT starts. */
function nextStart(body: { nextExpectedRanges?: unknown }): number | undefined {
  const first = Array.isArray(body.nextExpectedRanges) ? (body.nextExpectedRanges[0] as unknown) : undefined;
  const match = typeof first === 'string' ? /^(\d+)(?:-\d*)?$/u.exec(first) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
