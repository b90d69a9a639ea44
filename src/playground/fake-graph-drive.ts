/**
 * The fake Graph's document libraries (see fake-graph.ts): an in-memory drive per id (`me` for
 * /me/drive), addressed by path as the Graph documentation describes (driveitem-post-children,
 * driveitem-put-content, driveitem-createuploadsession), strictly:
 *  - POST {drive}/root:/{parent}:/children {name, folder: {}, @microsoft.graph.conflictBehavior} → 201
 *    driveItem; the parent missing → 404 itemNotFound; the name taken and `fail` → 409 nameAlreadyExists;
 *  - PUT {drive}/root:/{path}:/content[?@microsoft.graph.conflictBehavior=fail|replace|rename] (default
 *    replace, as documented) → 201 driveItem (200 when it replaced one); over 4 MB → 413;
 *  - POST {drive}/root:/{path}:/createUploadSession {item: {@microsoft.graph.conflictBehavior}} → 200
 *    {uploadUrl, expirationDateTime, nextExpectedRanges ["0-"]}; `fail` and the name taken → 409;
 *  - PUT uploadUrl, no Authorization (400 if one is sent), Content-Range `bytes s-e/total` in order,
 *    chunks a multiple of 320 KiB except the last → 202 {nextExpectedRanges ["next-"]}; the last → 201
 *    driveItem, or 409 when `fail` and the name was taken meanwhile.
 * Names compare case-insensitively, as in SharePoint. Never listens anywhere itself.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FakeDriveFile {
  /** Path from the drive's root, as created: `Diarium/Inkommande/2026-11-24 x@y/a.eml`. */
  readonly path: string;
  readonly bytes: Buffer;
  readonly webUrl: string;
}

export type DriveStep = 'drive-folder' | 'drive-put' | 'drive-session' | 'drive-chunk';

interface Item {
  readonly path: string;
  readonly folder: boolean;
  bytes: Buffer;
  readonly webUrl: string;
}

interface Session {
  readonly drive: string;
  readonly path: string;
  readonly conflict: string;
  readonly received: Buffer[];
  next: number;
  total: number | undefined;
}

const CHUNK_UNIT = 320 * 1024;
const MAX_CHUNK = 60 * 1024 * 1024;
const SIMPLE_MAX = 4 * 1024 * 1024;
const CONFLICT = '@microsoft.graph.conflictBehavior';

export interface FakeDrives {
  /** Makes a folder (and its parents) exist, as an administrator would have made the library's folder. */
  ensureFolder(drive: string, path: string): void;
  /** Every file in a drive, in creation order. */
  files(drive: string): FakeDriveFile[];
  /** Answers a drive request (after the bearer check), or returns false when it is none. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, body: Buffer): boolean;
  /** Answers a PUT to an upload URL (no bearer token), or returns false. */
  handleUpload(req: IncomingMessage, res: ServerResponse, path: string, body: Buffer): boolean;
}

export function fakeDrives(origin: () => string, failing: (step: DriveStep) => number | undefined): FakeDrives {
  const drives = new Map<string, Map<string, Item>>();
  const sessions = new Map<string, Session>();
  const driveOf = (drive: string): Map<string, Item> => {
    let items = drives.get(drive);
    if (!items) drives.set(drive, (items = new Map<string, Item>()));
    return items;
  };
  const key = (path: string): string => path.toLowerCase();
  const webUrl = (drive: string, path: string): string => `${origin()}/sites/kuvert-fake/${encodeURIComponent(drive)}/${path.split('/').map(encodeURIComponent).join('/')}`;
  const driveItem = (item: Item) => ({ id: `item-${randomBytes(6).toString('hex')}`, name: item.path.split('/').at(-1), size: item.bytes.length, webUrl: item.webUrl, ...(item.folder ? { folder: { childCount: 0 } } : { file: { mimeType: 'application/octet-stream' } }) });
  const parentExists = (drive: string, path: string): boolean => {
    const parent = path.split('/').slice(0, -1).join('/');
    return parent === '' || driveOf(drive).get(key(parent))?.folder === true;
  };
  /** The name to write under `conflict`: undefined when `fail` and taken. */
  const resolveName = (drive: string, path: string, conflict: string): string | undefined => {
    const items = driveOf(drive);
    if (!items.has(key(path)) || conflict === 'replace') return path;
    if (conflict !== 'rename') return undefined;
    const dot = path.lastIndexOf('.');
    const [stem, ext] = dot > path.lastIndexOf('/') ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
    for (let n = 1; ; n++) if (!items.has(key(`${stem} ${n}${ext}`))) return `${stem} ${n}${ext}`;
  };
  const store = (drive: string, path: string, bytes: Buffer, folder = false): Item => {
    const item = { path, folder, bytes, webUrl: webUrl(drive, path) };
    driveOf(drive).set(key(path), item);
    return item;
  };

  return {
    ensureFolder(drive, path) {
      const parts = path.split('/');
      for (let i = 1; i <= parts.length; i++) {
        const sub = parts.slice(0, i).join('/');
        if (!driveOf(drive).has(key(sub))) store(drive, sub, Buffer.alloc(0), true);
      }
    },
    files: (drive) => [...driveOf(drive).values()].filter((item) => !item.folder).map(({ path, bytes, webUrl: url }) => ({ path, bytes, webUrl: url })),

    handle(req, res, path, query, body) {
      const match = /^\/v1\.0\/(?:me\/drive|drives\/([^/]+))\/root:\/(.+):\/(children|content|createUploadSession)$/u.exec(path);
      if (!match?.[2]) return false;
      const drive = match[1] === undefined ? 'me' : decodeURIComponent(match[1]);
      let itemPath: string;
      try {
        itemPath = match[2].split('/').map(decodeURIComponent).join('/');
      } catch {
        return reply(res, 400, { error: { code: 'invalidRequest' } });
      }
      const action = match[3];
      if (action === 'children' && req.method === 'POST') {
        const status = failing('drive-folder');
        if (status !== undefined) return reply(res, status, { error: { code: 'serviceNotAvailable' } });
        const request = parse(body) as { name?: unknown; folder?: unknown; [CONFLICT]?: unknown } | undefined;
        if (typeof request?.name !== 'string' || request.name === '' || /[/\\:*?"<>|]/u.test(request.name) || typeof request.folder !== 'object') {
          return reply(res, 400, { error: { code: 'invalidRequest' } });
        }
        if (driveOf(drive).get(key(itemPath))?.folder !== true) return reply(res, 404, { error: { code: 'itemNotFound' } });
        const conflict = typeof request[CONFLICT] === 'string' ? request[CONFLICT] : 'fail';
        const name = resolveName(drive, `${itemPath}/${request.name}`, conflict === 'replace' ? 'fail' : conflict);
        if (name === undefined) return reply(res, 409, { error: { code: 'nameAlreadyExists' } });
        return reply(res, 201, driveItem(store(drive, name, Buffer.alloc(0), true)));
      }
      if (action === 'content' && req.method === 'PUT') {
        const status = failing('drive-put');
        if (status !== undefined) return reply(res, status, { error: { code: 'serviceNotAvailable' } });
        if (body.length > SIMPLE_MAX) return reply(res, 413, { error: { code: 'requestTooLarge' } });
        if (!parentExists(drive, itemPath)) return reply(res, 404, { error: { code: 'itemNotFound' } });
        if (driveOf(drive).get(key(itemPath))?.folder) return reply(res, 409, { error: { code: 'nameAlreadyExists' } });
        const existed = driveOf(drive).has(key(itemPath));
        const name = resolveName(drive, itemPath, query.get(CONFLICT) ?? 'replace');
        if (name === undefined) return reply(res, 409, { error: { code: 'nameAlreadyExists' } });
        return reply(res, existed && name === itemPath ? 200 : 201, driveItem(store(drive, name, body)));
      }
      if (action === 'createUploadSession' && req.method === 'POST') {
        const status = failing('drive-session');
        if (status !== undefined) return reply(res, status, { error: { code: 'serviceNotAvailable' } });
        const item = (parse(body) as { item?: { [CONFLICT]?: unknown } } | undefined)?.item;
        const conflict = typeof item?.[CONFLICT] === 'string' ? item[CONFLICT] : 'replace';
        if (!parentExists(drive, itemPath)) return reply(res, 404, { error: { code: 'itemNotFound' } });
        if (conflict === 'fail' && driveOf(drive).has(key(itemPath))) return reply(res, 409, { error: { code: 'nameAlreadyExists' } });
        const id = randomBytes(16).toString('hex');
        sessions.set(id, { drive, path: itemPath, conflict, received: [], next: 0, total: undefined });
        return reply(res, 200, { uploadUrl: `${origin()}/upload-drive/${id}?tempauth=fake`, expirationDateTime: new Date(Date.now() + 15 * 60_000).toISOString(), nextExpectedRanges: ['0-'] });
      }
      return reply(res, 405, { error: { code: 'invalidRequest' } });
    },

    handleUpload(req, res, path, body) {
      const match = /^\/upload-drive\/([0-9a-f]{32})$/u.exec(path);
      if (!match?.[1] || req.method !== 'PUT') return false;
      const session = sessions.get(match[1]);
      if (!session) return reply(res, 404, { error: { code: 'itemNotFound' } });
      // The upload URL is pre-authenticated: sending the bearer token is an error (and a leak).
      if (req.headers.authorization !== undefined) return reply(res, 400, { error: { code: 'invalidRequest', message: 'Authorization header not expected' } });
      const status = failing('drive-chunk');
      if (status !== undefined) return reply(res, status, { error: { code: 'serviceNotAvailable' } });
      const range = /^bytes (\d+)-(\d+)\/(\d+)$/u.exec(req.headers['content-range'] ?? '');
      if (!range) return reply(res, 400, { error: { code: 'invalidRange' } });
      const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
      session.total ??= total;
      if (total !== session.total || start !== session.next || end < start || end >= total || body.length !== end - start + 1) {
        return reply(res, 416, { error: { code: 'invalidRange' }, nextExpectedRanges: [`${session.next}-`] });
      }
      const last = end + 1 === total;
      if (body.length > MAX_CHUNK || (!last && body.length % CHUNK_UNIT !== 0)) return reply(res, 400, { error: { code: 'invalidRange', message: 'chunks must be multiples of 320 KiB' } });
      session.received.push(body);
      session.next = end + 1;
      if (!last) return reply(res, 202, { expirationDateTime: new Date(Date.now() + 15 * 60_000).toISOString(), nextExpectedRanges: [`${session.next}-`] });
      sessions.delete(match[1]);
      const name = resolveName(session.drive, session.path, session.conflict);
      if (name === undefined) return reply(res, 409, { error: { code: 'nameAlreadyExists' } });
      return reply(res, 201, driveItem(store(session.drive, name, Buffer.concat(session.received))));
    },
  };
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}

/** Answers and reports the request as handled. */
function reply(res: ServerResponse, status: number, value: unknown): true {
  json(res, status, value);
  return true;
}
