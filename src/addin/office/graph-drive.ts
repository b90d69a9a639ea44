/**
 * Uploads files into a SharePoint/OneDrive document library through Microsoft Graph, never
 * overwriting anything (sources: microsoft-graph-docs driveitem-post-children,
 * driveitem-put-content, driveitem-createuploadsession):
 *  1. the message's own folder: POST {drive}/root:/{folder}:/children with
 *     `{ name, folder: {}, "@microsoft.graph.conflictBehavior": "fail" }` → 201 driveItem; a name
 *     taken → 409, and the next name is tried ("… (2)", as the companion's folder store does);
 *  2. each file up to 4 MB: PUT {drive}/root:/{folder}/{sub}/{name}:/content?@microsoft.graph.conflictBehavior=fail
 *     (Content-Type application/octet-stream, the bytes) → 201 driveItem;
 *  3. larger files: POST …/{name}:/createUploadSession with `{ item: { "@microsoft.graph.conflictBehavior": "fail" } }`
 *     → 200 {uploadUrl}; then PUT uploadUrl in order, chunks a multiple of 320 KiB, Content-Range
 *     `bytes s-e/total`, no Authorization (the URL is pre-authenticated) → 202 {nextExpectedRanges}
 *     … the last one 201 (or 200) with the driveItem.
 * `{drive}` is /me/drive (scope Files.ReadWrite) or /drives/{id} (Files.ReadWrite.All).
 * `fail`, not `rename`: the receipt must name each file as it was hashed, and a clash inside a
 * folder Kuvert has just created means something else is writing there — stop and say so.
 * A failure part-way leaves the files already uploaded in the message's folder; no receipt is given.
 */
import { toHex } from '../../core/bytes.js';
import { defaultCrypto, type CryptoEngine } from '../../core/crypto-engine.js';
import { AddinError } from '../errors.js';
import { GRAPH_BASE_URL, graphErrorCode, type TokenSource } from './graph-mail.js';
import { putInChunks, uploadAllowed } from './graph-upload-session.js';

/** Above this a file goes through an upload session (the simple PUT was documented up to 4 MB). */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
/** 10 × 320 KiB per PUT: the multiple upload sessions want, well under the 60 MiB a PUT may carry. */
export const DRIVE_CHUNK_BYTES = 10 * 320 * 1024;
const CONFLICT = '@microsoft.graph.conflictBehavior';

export interface DriveTarget {
  /** `me`, or a drive id (a SharePoint document library). */
  readonly drive: string;
  /** The folder inside the drive, `/`-separated: `Diarium/Inkommande`. */
  readonly folder: string;
}

export interface DriveFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UploadedFile {
  readonly name: string;
  readonly bytes: number;
  /** Computed here, over the bytes sent. */
  readonly sha256: string;
  readonly webUrl: string;
}

export interface DriveReceipt {
  /** The message's folder inside the library, as Graph names it (`Diarium/Inkommande/2026-11-24 id@host`). */
  readonly path: string;
  readonly webUrl: string;
  readonly files: readonly UploadedFile[];
}

export interface GraphDriveOptions {
  readonly tokens: TokenSource;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly crypto?: CryptoEngine;
  /** Use an upload session above this many bytes (tests; default 4 MB). */
  readonly simpleUploadMaxBytes?: number;
}

export function driveScopes(drive: string): readonly string[] {
  return drive === 'me' ? ['Files.ReadWrite'] : ['Files.ReadWrite.All'];
}

const segments = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Creates `subfolder` (first free name) in the target folder and uploads every file into it. */
export async function uploadToDrive(target: DriveTarget, subfolder: string, files: readonly DriveFile[], options: GraphDriveOptions): Promise<DriveReceipt> {
  // Every path segment is one name: a `.`/`..` segment or a drive id of dots would walk the URL out of the library.
  if (!/^(?:me|[A-Za-z0-9!_-][A-Za-z0-9!_.-]{0,255})$/u.test(target.drive)) throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', 'not a drive id');
  for (const segment of [...target.folder.split('/'), subfolder, ...files.map((f) => f.name)]) {
    if (segment === '' || segment === '.' || segment === '..' || /[/\\]/u.test(segment)) throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', 'a folder or file name is not a single name');
  }
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = `${options.baseUrl ?? GRAPH_BASE_URL}${target.drive === 'me' ? '/me/drive' : `/drives/${encodeURIComponent(target.drive)}`}`;
  const token = await options.tokens.token(driveScopes(target.drive));
  const crypto = options.crypto ?? defaultCrypto();
  const call = async (method: string, url: string, init: { body?: BodyInit; headers?: Record<string, string> }, what: string): Promise<Response> => {
    try {
      return await doFetch(url, { method, ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });
    } catch (error) {
      throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', `${what}: network error`, { cause: error });
    }
  };

  const folder = await createFolder(target.folder, subfolder, base, call);
  const uploaded: UploadedFile[] = [];
  for (const file of files) {
    const itemPath = `${base}/root:/${segments(`${target.folder}/${folder.name}/${file.name}`)}:`;
    const item = file.bytes.length <= (options.simpleUploadMaxBytes ?? SIMPLE_UPLOAD_MAX_BYTES)
      ? await driveItemOf(await call('PUT', `${itemPath}/content?${encodeURIComponent(CONFLICT)}=fail`, { body: file.bytes as Uint8Array<ArrayBuffer>, headers: { 'Content-Type': 'application/octet-stream' } }, 'upload'), [201, 200], 'upload')
      : await uploadInSession(file, itemPath, call, doFetch, options.baseUrl ?? GRAPH_BASE_URL);
    if (item.size !== file.bytes.length) throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', `the library holds ${item.size} bytes of a ${file.bytes.length}-byte file`);
    const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', file.bytes as Uint8Array<ArrayBuffer>)));
    uploaded.push({ name: item.name, bytes: file.bytes.length, sha256, webUrl: item.webUrl });
  }
  return { path: `${target.folder}/${folder.name}`, webUrl: folder.webUrl, files: uploaded };
}

type Call = (method: string, url: string, init: { body?: BodyInit; headers?: Record<string, string> }, what: string) => Promise<Response>;

interface DriveItem {
  readonly name: string;
  readonly size: number;
  readonly webUrl: string;
}

/** The first free name: `subfolder`, then `subfolder (2)`, … (409 nameAlreadyExists means taken). */
async function createFolder(parent: string, subfolder: string, base: string, call: Call): Promise<DriveItem> {
  for (let n = 1; n <= 20; n++) {
    const name = n === 1 ? subfolder : `${subfolder} (${n})`;
    const response = await call('POST', `${base}/root:/${segments(parent)}:/children`, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, folder: {}, [CONFLICT]: 'fail' }),
    }, 'create folder');
    if (response.status === 409) continue;
    return driveItemOf(response, [201], 'create folder');
  }
  throw new AddinError('GRAPH_DRIVE_CONFLICT', `no free folder name for ${subfolder}`);
}

async function uploadInSession(file: DriveFile, itemPath: string, call: Call, doFetch: typeof fetch, baseUrl: string): Promise<DriveItem> {
  const session = await call('POST', `${itemPath}/createUploadSession`, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ item: { [CONFLICT]: 'fail' } }) }, 'createUploadSession');
  if (session.status !== 200) await fail(session, 'createUploadSession');
  const { uploadUrl } = (await session.json().catch(() => ({}))) as { uploadUrl?: unknown };
  if (typeof uploadUrl !== 'string' || !uploadAllowed(uploadUrl, baseUrl)) throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', 'createUploadSession: no usable uploadUrl');
  const last = await putInChunks(uploadUrl, file.bytes, {
    chunkBytes: DRIVE_CHUNK_BYTES,
    moreStatus: 202,
    doneStatuses: [201, 200],
    fail: (detail, { response, cause }) => (response === undefined ? Promise.reject(new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', detail, cause === undefined ? undefined : { cause })) : fail(response, detail)),
  }, doFetch);
  return driveItemOf(last, [201, 200], 'upload session');
}

async function driveItemOf(response: Response, ok: readonly number[], what: string): Promise<DriveItem> {
  if (!ok.includes(response.status)) await fail(response, what);
  const item = (await response.json().catch(() => ({}))) as { name?: unknown; size?: unknown; webUrl?: unknown };
  if (typeof item.name !== 'string' || typeof item.webUrl !== 'string') throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', `${what}: no driveItem in the answer`);
  return { name: item.name, size: typeof item.size === 'number' ? item.size : -1, webUrl: item.webUrl };
}

async function fail(response: Response, what: string): Promise<never> {
  const detail = `${what}: HTTP ${response.status} ${await graphErrorCode(response)}`;
  if (response.status === 401 || response.status === 403) throw new AddinError('GRAPH_DRIVE_DENIED', detail);
  if (response.status === 409) throw new AddinError('GRAPH_DRIVE_CONFLICT', detail);
  throw new AddinError('GRAPH_DRIVE_UPLOAD_FAILED', detail);
}
