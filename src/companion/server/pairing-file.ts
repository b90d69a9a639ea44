/**
 * The paired add-ins on disk, shared by the running companion and `kuvert companion pairings`:
 * `pairings.json` (origin, SHA-256 of the token, created) rewritten atomically, and
 * `pairings-used.json` (when each was last used), written only by the companion. A pairing's id
 * is the first 12 hex digits of its token hash: stable, and no help in guessing the token.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KuvertError } from '../../core/errors.js';

export interface StoredPairing {
  readonly origin: string;
  readonly tokenSha256: string;
  readonly created: string;
}

export interface PairingListing extends StoredPairing {
  readonly id: string;
  readonly lastUsed: string | undefined;
}

export const pairingsFile = (stateDir: string): string => path.join(stateDir, 'pairings.json');
export const usageFile = (stateDir: string): string => path.join(stateDir, 'pairings-used.json');
export const pairingId = (pairing: StoredPairing): string => pairing.tokenSha256.slice(0, 12);

function readJson<T>(file: string, fallback: T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new KuvertError('INTERNAL', `${file} is damaged (not JSON); remove it to forget every pairing`, { cause: error });
  }
}

export function readPairings(stateDir: string): StoredPairing[] {
  const value = readJson<unknown>(pairingsFile(stateDir), []);
  if (!Array.isArray(value)) throw new KuvertError('INTERNAL', `${pairingsFile(stateDir)} is damaged`);
  return value.filter((entry): entry is StoredPairing => typeof entry === 'object' && entry !== null && typeof (entry as StoredPairing).tokenSha256 === 'string' && typeof (entry as StoredPairing).origin === 'string');
}

/** Atomic replace (temporary file + rename): a reader sees the old list or the new, never half. */
export function writePairings(stateDir: string, pairings: readonly StoredPairing[]): void {
  const file = pairingsFile(stateDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(pairings, null, 2), { mode: 0o600 });
  renameSync(temporary, file);
}

export function readUsage(stateDir: string): Record<string, string> {
  const value = readJson<unknown>(usageFile(stateDir), {});
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

export function writeUsage(stateDir: string, usage: Readonly<Record<string, string>>): void {
  const file = usageFile(stateDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(usage), { mode: 0o600 });
  renameSync(temporary, file);
}

export function listPairings(stateDir: string): PairingListing[] {
  const usage = readUsage(stateDir);
  return readPairings(stateDir).map((pairing) => ({ ...pairing, id: pairingId(pairing), lastUsed: usage[pairingId(pairing)] }));
}

/** Removes the pairings whose id is in `ids` (all when `ids` is 'all'); returns those removed. */
export function revokePairings(stateDir: string, ids: readonly string[] | 'all'): StoredPairing[] {
  const current = readPairings(stateDir);
  const removed = current.filter((pairing) => ids === 'all' || ids.includes(pairingId(pairing)));
  if (ids !== 'all') {
    const unknown = ids.filter((id) => !current.some((pairing) => pairingId(pairing) === id));
    if (unknown.length > 0) throw new KuvertError('NOT_FOUND', `no pairing with id ${unknown.join(', ')} (see kuvert companion pairings)`);
  }
  if (removed.length > 0) writePairings(stateDir, current.filter((pairing) => !removed.includes(pairing)));
  return removed;
}

/** Identity of the file's current version, to notice another process's rewrite. */
export function fileVersion(file: string): string {
  try {
    const info = statSync(file, { bigint: true });
    return `${info.ino}:${info.mtimeNs}:${info.size}`;
  } catch {
    return 'absent';
  }
}
