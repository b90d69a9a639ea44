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
import { putInChunks, uploadAllowed } from './graph-upload-session.js';

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
    await putInChunks(uploadUrl, attachment.bytes, {
      chunkBytes: UPLOAD_CHUNK_BYTES,
      moreStatus: 200,
      doneStatuses: [201],
      headers: { 'Content-Type': 'application/octet-stream' },
      fail: async (detail, { response, cause }) => {
        throw new AddinError('GRAPH_UPLOAD_FAILED', response === undefined ? detail : `${detail}: HTTP ${response.status} ${await graphErrorCode(response)}`, cause === undefined ? undefined : { cause });
      },
    }, options.fetch);
    await expect(await graph('POST', `${draftPath}/send`), 202, 'send draft');
  } catch (error) {
    // Nothing went out: remove the half-built draft (best effort; it holds only ciphertext).
    await graph('DELETE', draftPath).catch(() => undefined);
    throw error instanceof AddinError ? error : new AddinError('GRAPH_UPLOAD_FAILED', undefined, { cause: error });
  }
}
