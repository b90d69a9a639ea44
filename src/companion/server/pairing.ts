/**
 * Pairing an add-in origin with the companion. The add-in asks to pair; the companion shows a
 * six-digit code on its own console (never in the API response); the user types it into the
 * add-in, which gets a bearer token. Tokens are kept as SHA-256 hashes in the state directory.
 * A code allows three tries and two minutes. A pre-provisioned token file (managed deployments,
 * tests) is accepted for every allowed origin. `kuvert companion pairings revoke` rewrites the
 * file; the running companion notices the new version on the next request and honours it at once.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { KuvertError } from '../../core/errors.js';
import { fileVersion, pairingId, pairingsFile, readPairings, readUsage, writePairings, writeUsage, type StoredPairing } from './pairing-file.js';

const CODE_LIFETIME_MS = 120_000;
const CODE_TRIES = 3;
const MIN_PROVISIONED_LENGTH = 32;

interface PendingPairing {
  readonly origin: string;
  readonly code: string;
  readonly expires: number;
  tries: number;
}

/** Last-used times are written at most this often. */
const USAGE_WRITE_MS = 5_000;

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export class PairingStore {
  readonly #stateDir: string;
  #version: string;
  #usage: Record<string, string>;
  #usageTimer: NodeJS.Timeout | undefined;
  readonly #provisioned: Buffer | undefined;
  readonly #announce: (origin: string, code: string) => void;
  readonly #pending = new Map<string, PendingPairing>();
  #paired: StoredPairing[];

  private constructor(stateDir: string, provisioned: Buffer | undefined, announce: (origin: string, code: string) => void) {
    this.#stateDir = stateDir;
    this.#version = fileVersion(pairingsFile(stateDir));
    this.#paired = readPairings(stateDir);
    this.#usage = readUsage(stateDir);
    this.#provisioned = provisioned;
    this.#announce = announce;
  }

  /** `announce` shows the code to the user (console and status page); it must not go to the caller. */
  static async load(stateDir: string, provisionedTokenFile: string | undefined, announce: (origin: string, code: string) => void): Promise<PairingStore> {
    let provisioned: Buffer | undefined;
    if (provisionedTokenFile !== undefined) {
      const token = (await readFile(provisionedTokenFile, 'utf8').catch((error: unknown) => {
        throw new KuvertError('FILE_NOT_FOUND', `cannot read the pairing token file ${provisionedTokenFile}`, { cause: error });
      })).trim();
      if (token.length < MIN_PROVISIONED_LENGTH) throw new KuvertError('INVALID_ARGUMENT', `the pairing token must have at least ${MIN_PROVISIONED_LENGTH} characters`);
      provisioned = sha256(token);
    }
    return new PairingStore(stateDir, provisioned, announce);
  }

  start(origin: string): { pairingId: string; expiresInSeconds: number } {
    const pairingId = randomBytes(16).toString('hex');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.#pending.set(pairingId, { origin, code, expires: Date.now() + CODE_LIFETIME_MS, tries: 0 });
    this.#announce(origin, code);
    return { pairingId, expiresInSeconds: CODE_LIFETIME_MS / 1000 };
  }

  confirm(origin: string, pairingId: string, code: string): string {
    const pending = this.#pending.get(pairingId);
    if (!pending || pending.origin !== origin || pending.expires < Date.now()) {
      this.#pending.delete(pairingId);
      throw new KuvertError('NOT_PAIRED', 'no such pairing, or it expired; start again');
    }
    pending.tries += 1;
    if (!timingSafeEqual(sha256(code), sha256(pending.code))) {
      if (pending.tries >= CODE_TRIES) this.#pending.delete(pairingId);
      throw new KuvertError('NOT_PAIRED', 'the pairing code is wrong');
    }
    this.#pending.delete(pairingId);
    const token = randomBytes(32).toString('base64url');
    this.#refresh();
    this.#paired = [...this.#paired, { origin, tokenSha256: sha256(token).toString('hex'), created: new Date().toISOString() }];
    writePairings(this.#stateDir, this.#paired);
    this.#version = fileVersion(pairingsFile(this.#stateDir));
    return token;
  }

  /** True when `authorization` is `Bearer <token>` with a token paired to `origin` (or provisioned). */
  isAuthorized(origin: string, authorization: string | undefined): boolean {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,256})$/u.exec(authorization ?? '');
    if (!match?.[1]) return false;
    const presented = sha256(match[1]);
    if (this.#provisioned && timingSafeEqual(presented, this.#provisioned)) return true;
    this.#refresh();
    const found = this.#paired.find((entry) => entry.origin === origin && timingSafeEqual(presented, Buffer.from(entry.tokenSha256, 'hex')));
    if (found) this.#used(found);
    return found !== undefined;
  }

  /** Re-reads the pairings when another process (the pairings command) rewrote the file. */
  #refresh(): void {
    const version = fileVersion(pairingsFile(this.#stateDir));
    if (version === this.#version) return;
    this.#version = version;
    try {
      this.#paired = readPairings(this.#stateDir);
    } catch {
      // A damaged file trusts no one until it is repaired: fail closed.
      this.#paired = [];
    }
  }

  #used(pairing: StoredPairing): void {
    this.#usage[pairingId(pairing)] = new Date().toISOString();
    this.#usageTimer ??= setTimeout(() => {
      this.#usageTimer = undefined;
      try {
        writeUsage(this.#stateDir, this.#usage);
      } catch {
        // Last-used times are informational; a failed write loses nothing that matters.
      }
    }, USAGE_WRITE_MS).unref();
  }

  /** Writes pending last-used times (on shutdown). */
  flush(): void {
    if (this.#usageTimer === undefined) return;
    clearTimeout(this.#usageTimer);
    this.#usageTimer = undefined;
    writeUsage(this.#stateDir, this.#usage);
  }
}
