/**
 * Writes a decrypted message to a destination the policy names as approved storage — and nowhere
 * else (DESTINATION_NOT_APPROVED). Each message gets a new folder, built under a temporary name
 * and renamed into place when complete (a reader never sees half a message); nothing existing is
 * overwritten; files are owner-only. Returns a receipt with SHA-256 of each file, and appends an
 * audit line (who, when, which message, where: never content or file names) to the audit log.
 */
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { KuvertError } from '../../core/errors.js';
import { destinationKind, type FolderDestination, type StorageDestination } from '../../core/policy/types.js';
import type { DestinationEntry, StoreFormat } from '../../protocol/index.js';
import { safeFileName, uniqueName } from './safe-file-name.js';
import { ALL_FORMATS, filesOfMessage } from './message-files.js';

/** A destination as the policy names it: a folder (written here), a document library or the registrar (the add-in's). */
export type Destination = StorageDestination;

export interface StoredFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface StoreRequest {
  readonly destination: string;
  /** The Message-ID, for the audit log and the folder name. */
  readonly messageId: string;
  /** Who asked (the signed-in user as the add-in knows them). */
  readonly user: string;
  readonly files: readonly StoredFile[];
  /** The decrypted MIME message: written in `formats` (default the destination's, else all). */
  readonly message?: Uint8Array;
  readonly formats?: readonly StoreFormat[];
}

/** What POST /v1/render returns: the files the store would write, and the folder name it would use. */
export interface Rendered {
  readonly folder: string;
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array; readonly sha256: string }[];
}

export interface Receipt {
  readonly destination: string;
  readonly path: string;
  readonly files: readonly { readonly name: string; readonly sha256: string; readonly bytes: number }[];
}

export class ApprovedStorage {
  readonly #destinations: ReadonlyMap<string, Destination>;
  readonly #auditLog: string;
  readonly #clock: () => Date;

  constructor(destinations: readonly Destination[], auditLog: string, clock: () => Date = () => new Date()) {
    for (const destination of destinations) {
      if (destination.kind !== undefined && destination.kind !== 'folder') continue;
      if (!path.isAbsolute(destination.path)) throw new KuvertError('POLICY_INVALID', `destination "${destination.name}" must be an absolute path`);
    }
    this.#destinations = new Map(destinations.map((destination) => [destination.name, destination]));
    this.#auditLog = auditLog;
    this.#clock = clock;
  }

  names(): string[] {
    return [...this.#destinations.keys()];
  }

  /** The destinations as the user picks them: kind, name and what the add-in needs for each. */
  describe(): DestinationEntry[] {
    return [...this.#destinations.values()].map((d): DestinationEntry => {
      if (d.kind === 'graph-drive') return { kind: d.kind, name: d.name, drive: d.drive, folder: d.folder, ...(d.formats ? { formats: [...d.formats] } : {}) };
      if (d.kind === 'registrar') return { kind: d.kind, name: d.name, address: d.address, ...(d.certificate ? { certificate: d.certificate } : {}) };
      return { kind: 'folder', name: d.name, ...(d.formats ? { formats: [...d.formats] } : {}) };
    });
  }

  /** The approved destination of that name; DESTINATION_NOT_APPROVED when the policy names none. */
  #destination(name: string): StorageDestination {
    const destination = this.#destinations.get(name);
    if (!destination) throw new KuvertError('DESTINATION_NOT_APPROVED', `"${name}" is not an approved destination`);
    return destination;
  }

  async store(request: StoreRequest): Promise<Receipt> {
    const named = this.#destination(request.destination);
    // A library or the registrar is written by the add-in (Graph), never by the companion.
    if (named.kind !== undefined && named.kind !== 'folder') throw new KuvertError('DESTINATION_NOT_FOLDER', `"${named.name}" is a ${named.kind} destination, not a folder`);
    const destination: FolderDestination = named;
    const formats = formatsFor(destination.name, destination.formats, request.formats);
    const allowed = destination.formats ?? ALL_FORMATS;
    // Explicit files are what the add-in chose to write: they count as attachments.
    if (request.files.length > 0 && !allowed.includes('attachments')) throw new KuvertError('DESTINATION_NOT_APPROVED', `"${destination.name}" takes only ${allowed.join(', ')}, not files`);
    const root = destination.path;
    if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new KuvertError('FILE_NOT_FOUND', `the destination "${destination.name}" is not reachable`);
    const now = this.#clock();
    const rendered = request.message ? await filesOfMessage(request.message, formats, now) : [];
    const all = [...rendered, ...request.files];
    if (all.length === 0) throw new KuvertError('EMPTY_INPUT', 'nothing to store');
    const temporary = path.join(root, `.kuvert-tmp-${randomBytes(8).toString('hex')}`);
    await mkdir(temporary, { mode: 0o700 });
    try {
      const taken = new Set<string>();
      const files = [];
      for (const file of all) {
        const name = uniqueName(safeFileName(file.name), taken);
        taken.add(name.toLowerCase());
        const target = path.join(temporary, name);
        // The neutralised name cannot leave the folder; checked once more, fail closed.
        if (path.dirname(target) !== temporary) throw new KuvertError('DESTINATION_NOT_APPROVED', 'a file name tried to leave the message folder');
        const handle = await open(target, 'wx', 0o600);
        try {
          await handle.writeFile(file.bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        files.push({ name, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes.length });
      }
      const folder = await this.#claimFolder(root, temporary, folderName(request.messageId, now));
      await this.#audit({ time: now.toISOString(), user: request.user, messageId: request.messageId, destination: destination.name, path: folder, files: files.length });
      return { destination: destination.name, path: folder, files };
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * The files `store` would write for a `graph-drive` destination, named as it names them, and the
   * folder name it would give the message — returned, never written (the add-in uploads them).
   */
  async render(request: { readonly destination: string; readonly messageId: string; readonly user: string; readonly message: Uint8Array; readonly formats?: readonly StoreFormat[] }): Promise<Rendered> {
    const destination = this.#destination(request.destination);
    if (destination.kind !== 'graph-drive') throw new KuvertError('DESTINATION_NOT_APPROVED', `"${destination.name}" is a ${destinationKind(destination)} destination: only a document library is rendered for upload`);
    const now = this.#clock();
    const rendered = await filesOfMessage(request.message, formatsFor(destination.name, destination.formats, request.formats), now);
    if (rendered.length === 0) throw new KuvertError('EMPTY_INPUT', 'nothing to render');
    const taken = new Set<string>();
    const files = rendered.map((file) => {
      const name = uniqueName(safeFileName(file.name), taken);
      taken.add(name.toLowerCase());
      return { name, bytes: file.bytes, sha256: createHash('sha256').update(file.bytes).digest('hex') };
    });
    await this.#audit({ time: now.toISOString(), user: request.user, messageId: request.messageId, destination: destination.name, rendered: files.length });
    return { folder: folderName(request.messageId, now), files };
  }

  /**
   * Renames the finished folder to the first free name. rename(2) fails on an existing non-empty
   * folder; an existing empty one it may replace, which loses nothing.
   */
  async #claimFolder(root: string, temporary: string, base: string): Promise<string> {
    for (let n = 1; n < 1000; n++) {
      const candidate = path.join(root, n === 1 ? base : `${base} (${n})`);
      if (await stat(candidate).catch(() => undefined)) continue;
      try {
        await rename(temporary, candidate);
        return candidate;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      }
    }
    throw new KuvertError('INTERNAL', 'no free folder name');
  }

  async #audit(entry: Record<string, string | number>): Promise<void> {
    await appendFile(this.#auditLog, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }
}

/** The folder a message gets: its date and Message-ID, neutralised ("2026-11-24 abc@region.se"). */
export function folderName(messageId: string, now: Date): string {
  return `${now.toISOString().slice(0, 10)} ${safeFileName(messageId.replace(/^<|>$/gu, '').slice(0, 60), 'meddelande')}`;
}

/** The formats asked for, each one the destination takes (default: all it takes). */
function formatsFor(name: string, taken: readonly StoreFormat[] | undefined, asked: readonly StoreFormat[] | undefined): readonly StoreFormat[] {
  const allowed = taken ?? ALL_FORMATS;
  const formats = asked ?? allowed;
  const refused = formats.find((format) => !allowed.includes(format));
  if (refused !== undefined) throw new KuvertError('DESTINATION_NOT_APPROVED', `"${name}" does not take ${refused} (it takes ${allowed.join(', ')})`);
  return formats;
}
