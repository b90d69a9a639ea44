/**
 * A fake Microsoft Graph on 127.0.0.1 for the playground and the tests. It follows the documented
 * requests and answers Kuvert uses, strictly, and records what was sent:
 *  - POST /me/sendMail with a base64 MIME body (text/plain) → 202; bad base64 → 400
 *    ErrorMimeContentInvalidBase64String; no bearer token → 401; over 4 MB → 413.
 *  - The large route: POST /me/messages (JSON draft) → 201 {id}; POST …/attachments/createUploadSession
 *    → 201 {uploadUrl, expirationDateTime, nextExpectedRanges ["0-"]}; PUT uploadUrl (no Authorization,
 *    Content-Range `bytes s-e/total`, in order, chunks a multiple of 320 KiB except the last, < 4 MB)
 *    → 200 {nextExpectedRanges ["next"]}, the last 201 with Location; POST …/send → 202 and the
 *    message is recorded as Exchange would write it (MS-OXCMAIL: IPM.Note.SMIME → application/pkcs7-mime);
 *    DELETE /me/messages/{id} → 204.
 *  - Read mode: GET /me/messages/{id}/$value → the MIME; POST /me/messages/{id}/move
 *    {destinationId: "deleteditems"} → 201, out of the inbox.
 *  - Document libraries (fake-graph-drive.ts): /me/drive and /drives/{id}, path-addressed: create a
 *    folder (POST …/root:/{parent}:/children, 409 when taken and `fail`), simple upload (PUT
 *    …:/content, conflictBehavior from the query, ≤ 4 MB), upload sessions (POST …:/createUploadSession,
 *    then PUT the upload URL without Authorization in 320 KiB multiples: 202 …, the last 201).
 *    `drive(id)` lists what a library holds (GET /drive-files/{id} too, for the demo: path, size,
 *    SHA-256); `ensureDriveFolder` makes the library's folder.
 * Every request but the upload URLs needs a bearer token (401 InvalidAuthenticationToken).
 * Never listens beyond loopback.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeDrives, type DriveStep, type FakeDriveFile } from './fake-graph-drive.js';

export type { FakeDriveFile } from './fake-graph-drive.js';

export interface SentMail {
  readonly mime: Buffer;
  readonly token: string;
  readonly contentType: string;
  readonly route: 'sendMail' | 'upload';
}

export type GraphStep = 'sendMail' | 'create' | 'session' | 'put' | 'send' | DriveStep;

export interface FakeDraft {
  readonly id: string;
  readonly subject: string;
  readonly to: string[];
  readonly cc: string[];
  readonly messageClass: string | undefined;
  attachment?: { name: string; contentType: string; size: number; received: Buffer[]; next: number; done: boolean; uploadId: string };
}

export interface FakeGraph {
  /** Base URL to use in place of https://graph.microsoft.com/v1.0. */
  readonly url: string;
  readonly sent: SentMail[];
  /** Drafts the large route created and has not sent or deleted. */
  readonly drafts: Map<string, FakeDraft>;
  /** Sizes of the PUT chunks received, in order. */
  readonly chunks: number[];
  /** The emulated mailbox's received messages by id (read mode: GET …/$value, POST …/move). */
  readonly inbox: Map<string, Buffer>;
  /** Ids moved to Deleted Items, in order. */
  readonly deleted: string[];
  /** The files in a document library (`me` or a drive id), in upload order. */
  drive(id: string): FakeDriveFile[];
  /** Makes a folder exist in a library (its configured folder, as an administrator made it). */
  ensureDriveFolder(id: string, path: string): void;
  /** Make the next request of this step (default sendMail) answer with this status, once. */
  failNext(status: number, step?: GraphStep): void;
  close(): Promise<void>;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
const MAX_BODY = 4 * 1024 * 1024;
const CHUNK_UNIT = 320 * 1024;
const MAX_ATTACHMENT = 150 * 1024 * 1024;

export async function startFakeGraph(port = 0): Promise<FakeGraph> {
  const sent: SentMail[] = [];
  const drafts = new Map<string, FakeDraft>();
  const chunks: number[] = [];
  const inbox = new Map<string, Buffer>();
  const deleted: string[] = [];
  const failures = new Map<GraphStep, number>();
  let origin = '';
  const failing = (step: GraphStep): number | undefined => {
    const status = failures.get(step);
    failures.delete(step);
    return status;
  };
  const drives = fakeDrives(() => origin, failing);

  const server = createServer((req, res) => {
    cors(res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/sent') return json(res, 200, sent.map((m) => ({ route: m.route, contentType: m.contentType, mime: m.mime.toString('base64') })));
    const listing = /^\/drive-files\/([^/]+)$/u.exec(url.pathname);
    if (req.method === 'GET' && listing?.[1]) {
      return json(res, 200, drives.files(decodeURIComponent(listing[1])).map((f) => ({ path: f.path, bytes: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') })));
    }
    void readBody(req).then((body) => {
      if (body === undefined) return json(res, 413, { error: { code: 'RequestEntityTooLarge' } });
      const upload = /^\/upload\/([0-9a-f]{32})$/u.exec(url.pathname);
      if (req.method === 'PUT' && upload?.[1]) return putChunk(req, res, url, upload[1], body);
      if (drives.handleUpload(req, res, url.pathname, body)) return;
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined) return json(res, 401, { error: { code: 'InvalidAuthenticationToken' } });
      const path = url.pathname;
      if (drives.handle(req, res, path, url.searchParams, body)) return;
      const received = /^\/v1\.0\/me\/messages\/([^/]+)\/(\$value|move)$/u.exec(path);
      if (received?.[1]) return receivedMessage(req, res, decodeURIComponent(received[1]), received[2]!, body);
      if (req.method === 'POST' && path === '/v1.0/me/sendMail') return sendMail(req, res, token, body);
      if (req.method === 'POST' && path === '/v1.0/me/messages') return createDraft(req, res, body);
      const draftPath = /^\/v1\.0\/me\/messages\/([^/]+)(\/attachments\/createUploadSession|\/send)?$/u.exec(path);
      const draft = draftPath?.[1] ? drafts.get(decodeURIComponent(draftPath[1])) : undefined;
      if (draftPath && draft === undefined) return json(res, 404, { error: { code: 'ErrorItemNotFound' } });
      if (draft && req.method === 'DELETE' && !draftPath?.[2]) return void (drafts.delete(draft.id), res.writeHead(204).end());
      if (draft && req.method === 'POST' && draftPath?.[2] === '/attachments/createUploadSession') return createSession(res, draft, body);
      if (draft && req.method === 'POST' && draftPath?.[2] === '/send') return sendDraft(res, draft, token);
      return json(res, 404, { error: { code: 'ResourceNotFound' } });
    });
  });

  /** GET …/$value: the MIME; POST …/move {destinationId: "deleteditems"}: out of the inbox. */
  function receivedMessage(req: IncomingMessage, res: ServerResponse, id: string, what: string, body: Buffer): void {
    const mime = inbox.get(id);
    if (mime === undefined) return json(res, 404, { error: { code: 'ErrorItemNotFound' } });
    if (req.method === 'GET' && what === '$value') return void res.writeHead(200, { 'Content-Type': 'message/rfc822' }).end(mime);
    if (req.method !== 'POST' || what !== 'move') return json(res, 405, { error: { code: 'ErrorInvalidRequest' } });
    let destination: unknown;
    try {
      destination = (JSON.parse(body.toString('utf8')) as { destinationId?: unknown }).destinationId;
    } catch {
      destination = undefined;
    }
    if (destination !== 'deleteditems') return json(res, 400, { error: { code: 'ErrorInvalidRequest' } });
    inbox.delete(id);
    deleted.push(id);
    json(res, 201, { id: `deleted-${id}` });
  }

  function sendMail(req: IncomingMessage, res: ServerResponse, token: string, body: Buffer): void {
    const status = failing('sendMail');
    if (status !== undefined) return json(res, status, { error: { code: 'ServiceUnavailable' } });
    const text = body.toString('latin1');
    if (!BASE64.test(text)) return json(res, 400, { error: { code: 'ErrorMimeContentInvalidBase64String' } });
    sent.push({ mime: Buffer.from(text, 'base64'), token, contentType: req.headers['content-type'] ?? '', route: 'sendMail' });
    res.writeHead(202).end();
  }

  function createDraft(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const status = failing('create');
    if (status !== undefined) return json(res, status, { error: { code: 'ServiceUnavailable' } });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(res, 400, { error: { code: 'RequestBodyRead' } });
    const message = parseJson(body) as { subject?: unknown; toRecipients?: unknown; ccRecipients?: unknown; singleValueExtendedProperties?: unknown } | undefined;
    if (message === undefined) return json(res, 400, { error: { code: 'RequestBodyRead' } });
    const addresses = (list: unknown): string[] | undefined =>
      list === undefined ? [] : Array.isArray(list) && list.every((r) => typeof (r as { emailAddress?: { address?: unknown } }).emailAddress?.address === 'string')
        ? list.map((r) => (r as { emailAddress: { address: string } }).emailAddress.address) : undefined;
    const to = addresses(message.toRecipients);
    const cc = addresses(message.ccRecipients);
    if (to === undefined || cc === undefined || typeof message.subject !== 'string') return json(res, 400, { error: { code: 'ErrorInvalidRecipients' } });
    const properties = Array.isArray(message.singleValueExtendedProperties) ? (message.singleValueExtendedProperties as { id?: unknown; value?: unknown }[]) : [];
    const messageClass = properties.find((p) => typeof p.id === 'string' && p.id.toLowerCase() === 'string 0x001a')?.value;
    const id = `AAMk${randomBytes(12).toString('base64url')}=`;
    drafts.set(id, { id, subject: message.subject, to, cc, messageClass: typeof messageClass === 'string' ? messageClass : undefined });
    json(res, 201, { id, subject: message.subject, isDraft: true });
  }

  function createSession(res: ServerResponse, draft: FakeDraft, body: Buffer): void {
    const status = failing('session');
    if (status !== undefined) return json(res, status, { error: { code: 'ServiceUnavailable' } });
    const item = (parseJson(body) as { AttachmentItem?: { attachmentType?: unknown; name?: unknown; size?: unknown; contentType?: unknown } } | undefined)?.AttachmentItem;
    if (item?.attachmentType !== 'file' || typeof item.name !== 'string' || typeof item.size !== 'number' || !Number.isInteger(item.size) || item.size < 1) {
      return json(res, 400, { error: { code: 'ErrorInvalidRequest' } });
    }
    if (item.size > MAX_ATTACHMENT) return json(res, 413, { error: { code: 'ErrorAttachmentSizeLimitExceeded' } });
    const uploadId = randomBytes(16).toString('hex');
    draft.attachment = { name: item.name, contentType: typeof item.contentType === 'string' ? item.contentType : 'application/octet-stream', size: item.size, received: [], next: 0, done: false, uploadId };
    json(res, 201, { uploadUrl: `${origin}/upload/${uploadId}?authtoken=fake`, expirationDateTime: new Date(Date.now() + 15 * 60_000).toISOString(), nextExpectedRanges: ['0-'] });
  }

  function putChunk(req: IncomingMessage, res: ServerResponse, url: URL, uploadId: string, body: Buffer): void {
    const draft = [...drafts.values()].find((d) => d.attachment?.uploadId === uploadId);
    const attachment = draft?.attachment;
    if (!attachment || attachment.done || url.searchParams.get('authtoken') !== 'fake') return json(res, 404, { error: { code: 'ErrorItemNotFound' } });
    // The upload URL is pre-authenticated; the docs say not to send an Authorization header.
    if (req.headers.authorization !== undefined) return json(res, 400, { error: { code: 'ErrorAuthorizationHeaderNotExpected' } });
    const status = failing('put');
    if (status !== undefined) return json(res, status, { error: { code: 'ServiceUnavailable' } });
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/u.exec(req.headers['content-range'] ?? '');
    if (!range || req.headers['content-type'] !== 'application/octet-stream') return json(res, 400, { error: { code: 'InvalidContentRange' } });
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    const last = end + 1 === attachment.size;
    if (total !== attachment.size || start !== attachment.next || end < start || end >= total || body.length !== end - start + 1) {
      return json(res, 416, { error: { code: 'InvalidRange' }, nextExpectedRanges: [`${attachment.next}`] });
    }
    if (body.length > MAX_BODY || (!last && body.length % CHUNK_UNIT !== 0)) return json(res, 400, { error: { code: 'InvalidChunkSize' } });
    chunks.push(body.length);
    attachment.received.push(body);
    attachment.next = end + 1;
    if (!last) return json(res, 200, { expirationDateTime: new Date(Date.now() + 15 * 60_000).toISOString(), nextExpectedRanges: [`${attachment.next}`] });
    attachment.done = true;
    res.writeHead(201, { Location: `${origin}/v1.0/me/messages/${encodeURIComponent(draft.id)}/attachments/${uploadId}` }).end();
  }

  function sendDraft(res: ServerResponse, draft: FakeDraft, token: string): void {
    const status = failing('send');
    if (status !== undefined) return json(res, status, { error: { code: 'ServiceUnavailable' } });
    const attachment = draft.attachment;
    if (!attachment?.done) return json(res, 400, { error: { code: 'ErrorMessageNotComplete' } });
    const content = Buffer.concat(attachment.received);
    const header = [`To: ${draft.to.join(', ')}`, ...(draft.cc.length > 0 ? [`Cc: ${draft.cc.join(', ')}`] : []), `Subject: ${draft.subject}`, 'MIME-Version: 1.0'];
    let mime: Buffer;
    if (draft.messageClass === 'IPM.Note.SMIME') {
      const lines = content.toString('base64').match(/.{1,76}/gu) ?? [];
      mime = Buffer.from([...header, 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"', 'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="smime.p7m"', '', ...lines, ''].join('\r\n'), 'latin1');
    } else if (draft.messageClass === 'IPM.Note.SMIME.MultipartSigned') {
      mime = content; // the attachment is the whole multipart/signed message
    } else {
      return json(res, 400, { error: { code: 'ErrorUnsupportedMessageClass' } });
    }
    sent.push({ mime, token, contentType: 'application/json', route: 'upload' });
    drafts.delete(draft.id);
    res.writeHead(202).end();
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${bound}`;
  return {
    url: `${origin}/v1.0`,
    sent,
    drafts,
    chunks,
    inbox,
    deleted,
    drive: (id) => drives.files(id),
    ensureDriveFolder: (id, path) => drives.ensureFolder(id, path),
    failNext: (status, step = 'sendMail') => void failures.set(step, status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
  });
}

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Content-Range');
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, PUT, DELETE, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'Location');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}
