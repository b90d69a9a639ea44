/**
 * Logins to card tokens on behalf of paired add-ins. An add-in asks for a session on one token
 * for one purpose (decrypt or sign); the user types the PIN in the companion's own page, whose
 * address holds a one-time secret; only then may that session — and no other — use the token's
 * keys, for that purpose, until it idles out. PKCS#11 login is per token and process, so a new
 * login first ends every other session on the token (no session rides on another's PIN).
 */
import { randomBytes } from 'node:crypto';
import { KuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import type { Pkcs11Module, TokenSession, CardKeyProvider, PinStatus, TokenDescription } from '../pkcs11/index.js';

export type Purpose = 'decrypt' | 'sign';

interface CardSession {
  readonly id: string;
  readonly origin: string;
  readonly tokenRef: string;
  readonly purpose: Purpose;
  readonly pkcs11: TokenSession;
  state: 'pin-needed' | 'ready' | 'closed';
  pinPageId: string | undefined;
  error: KuvertError | undefined;
  idleTimer: NodeJS.Timeout | undefined;
  /** The operation running or last run on this session: the next one waits for it. */
  queue: Promise<unknown>;
}

export interface SessionView {
  readonly sessionId: string;
  readonly state: CardSession['state'];
  readonly pinPageId?: string;
  readonly pin: PinStatus;
  readonly error?: KuvertError;
  readonly tokenLabel: string;
  readonly purpose: Purpose;
}

const MAX_SESSIONS = 32;

export class CardSessions {
  readonly #modules: readonly Pkcs11Module[];
  readonly #crypto: CryptoEngine;
  readonly #idleMs: number;
  readonly #sessions = new Map<string, CardSession>();

  readonly #logoutAfterOperation: boolean;

  constructor(modules: readonly Pkcs11Module[], crypto: CryptoEngine, idleSeconds: number, logoutAfterOperation = false) {
    this.#logoutAfterOperation = logoutAfterOperation;
    this.#modules = modules;
    this.#crypto = crypto;
    this.#idleMs = idleSeconds * 1000;
  }

  /** Every token present, named `${module index}:${slot}`. */
  tokens(): (TokenDescription & { readonly token: string })[] {
    return this.#modules.flatMap((module, index) => module.tokens().map((token) => ({ ...token, token: `${index}:${token.slot}` })));
  }

  #resolve(tokenRef: string): { module: Pkcs11Module; token: TokenDescription } {
    const [index, slot] = tokenRef.split(':');
    const module = this.#modules[Number(index)];
    const token = module?.tokens().find((candidate) => candidate.slot === slot);
    if (!module || !token) throw new KuvertError('TOKEN_NOT_FOUND', 'no such token is present');
    return { module, token };
  }

  /** The certificates on every token (public objects: no login). */
  certificates(): { token: string; id: string; label: string; der: Uint8Array }[] {
    return this.tokens().flatMap(({ token }) => {
      const { module, token: description } = this.#resolve(token);
      const session = module.openSession(description.slot);
      try {
        return session.certificates().map((certificate) => ({ token, ...certificate }));
      } finally {
        session.close();
      }
    });
  }

  open(origin: string, tokenRef: string, purpose: Purpose): SessionView {
    const open = [...this.#sessions.values()].filter((session) => session.state !== 'closed');
    if (open.length >= MAX_SESSIONS) throw new KuvertError('INVALID_ARGUMENT', 'too many open card sessions');
    const { module, token } = this.#resolve(tokenRef);
    const session: CardSession = {
      id: randomBytes(16).toString('hex'), origin, tokenRef, purpose, pkcs11: module.openSession(token.slot),
      state: 'pin-needed', pinPageId: randomBytes(24).toString('base64url'), error: undefined, idleTimer: undefined, queue: Promise.resolve(),
    };
    this.#sessions.set(session.id, session);
    // A PIN pad or middleware dialog: log in now, the PIN never passes through the companion.
    if (token.pin.protectedAuthenticationPath) this.#login(session, undefined);
    return this.#view(session);
  }

  view(origin: string, sessionId: string): SessionView {
    return this.#view(this.#owned(origin, sessionId));
  }

  /** The session waiting for the PIN behind this page id, for the PIN page. */
  byPinPage(pinPageId: string): SessionView | undefined {
    const session = [...this.#sessions.values()].find((candidate) => candidate.pinPageId === pinPageId && candidate.state === 'pin-needed');
    return session ? this.#view(session) : undefined;
  }

  /** The PIN from the companion's own page. Throws PIN_INCORRECT (page stays usable) or PIN_LOCKED. */
  submitPin(pinPageId: string, pin: string): SessionView {
    const session = [...this.#sessions.values()].find((candidate) => candidate.pinPageId === pinPageId && candidate.state === 'pin-needed');
    if (!session) throw new KuvertError('NOT_FOUND', 'this PIN request is no longer open');
    this.#login(session, pin);
    return this.#view(session);
  }

  close(origin: string, sessionId: string): void {
    this.#end(this.#owned(origin, sessionId), undefined);
  }

  closeAll(): void {
    for (const session of this.#sessions.values()) this.#end(session, undefined);
  }

  /** Runs `operation` with the key `id` of a ready session of this origin, for this purpose. */
  withKey<T>(origin: string, sessionId: string, purpose: Purpose, id: string, operation: (key: CardKeyProvider) => Promise<T>): Promise<T> {
    let session: CardSession;
    try {
      session = this.#owned(origin, sessionId);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new KuvertError('INTERNAL'));
    }
    // Card operations run off the event loop; one PKCS#11 session does one at a time, in order.
    const run = session.queue.then(() => this.#operate(session, purpose, id, operation));
    session.queue = run.catch(() => undefined);
    return run;
  }

  async #operate<T>(session: CardSession, purpose: Purpose, id: string, operation: (key: CardKeyProvider) => Promise<T>): Promise<T> {
    if (session.state !== 'ready') throw session.error ?? new KuvertError('PIN_REQUIRED', 'the user has not logged in to this session yet');
    if (session.purpose !== purpose) throw new KuvertError('INVALID_ARGUMENT', `this session was opened to ${session.purpose}`);
    this.#touch(session);
    try {
      const [key] = session.pkcs11.keyProviders(this.#crypto, id);
      if (!key) throw new KuvertError('TOKEN_NOT_FOUND', 'no such key on the token');
      return await operation(key);
    } catch (error) {
      if (error instanceof KuvertError && (error.code === 'TOKEN_REMOVED' || error.code === 'PIN_REQUIRED')) this.#end(session, error);
      throw error;
    } finally {
      if (this.#logoutAfterOperation) this.#end(session, new KuvertError('PIN_REQUIRED', 'logged out after the operation (organisation policy)'));
    }
  }

  #login(session: CardSession, pin: string | undefined): void {
    for (const other of this.#sessions.values()) {
      if (other !== session && other.tokenRef === session.tokenRef && other.state === 'ready') {
        this.#end(other, new KuvertError('PIN_REQUIRED', 'another login to the token ended this session'));
      }
    }
    session.pkcs11.logout();
    try {
      session.pkcs11.login(pin);
    } catch (error) {
      if (error instanceof KuvertError && error.code === 'PIN_INCORRECT') throw error;
      this.#end(session, error instanceof KuvertError ? error : new KuvertError('KEY_OPERATION_FAILED', 'login failed', { cause: error }));
      throw error;
    }
    session.state = 'ready';
    session.pinPageId = undefined;
    this.#touch(session);
  }

  #touch(session: CardSession): void {
    clearTimeout(session.idleTimer);
    session.idleTimer = setTimeout(() => this.#end(session, new KuvertError('PIN_REQUIRED', 'the card session timed out')), this.#idleMs);
    session.idleTimer.unref();
  }

  #end(session: CardSession, error: KuvertError | undefined): void {
    if (session.state === 'closed') return;
    const wasReady = session.state === 'ready';
    session.state = 'closed';
    session.pinPageId = undefined;
    session.error = error;
    clearTimeout(session.idleTimer);
    if (wasReady) session.pkcs11.logout();
    session.pkcs11.close();
  }

  #owned(origin: string, sessionId: string): CardSession {
    const session = this.#sessions.get(sessionId);
    // Another origin's session is reported as absent, not as forbidden: its id tells nothing.
    if (!session || session.origin !== origin) throw new KuvertError('NOT_FOUND', 'no such card session');
    return session;
  }

  #view(session: CardSession): SessionView {
    let pin: PinStatus;
    let tokenLabel = '';
    try {
      const { token } = this.#resolve(session.tokenRef);
      pin = token.pin;
      tokenLabel = token.label;
    } catch {
      pin = { protectedAuthenticationPath: false, loginRequired: true, countLow: false, finalTry: false, locked: false, toBeChanged: false };
    }
    return {
      sessionId: session.id, state: session.state, pin, tokenLabel, purpose: session.purpose,
      ...(session.pinPageId !== undefined && session.state === 'pin-needed' ? { pinPageId: session.pinPageId } : {}),
      ...(session.error ? { error: session.error } : {}),
    };
  }
}
