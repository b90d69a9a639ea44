/**
 * An in-process companion on 127.0.0.1 for tests: SoftHSM2 tokens, a fresh state directory
 * (local CA made there), a pre-provisioned pairing token, and an HTTPS client that trusts the CA
 * and can forge any Origin or Host header — as a hostile page or a rebinding DNS name would.
 */
import { request as httpsRequest } from 'node:https';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeCrypto } from '../../../src/cli/node-crypto.js';
import { Pkcs11Module } from '../../../src/companion/pkcs11/index.js';
import { ensureLocalTls } from '../../../src/companion/server/local-tls.js';
import { startCompanionServer, type CompanionServer, type CompanionServerOptions } from '../../../src/companion/server/companion-server.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../../helpers/softhsm.js';
import { createTestPki, type IdentityRequest, type TestPki } from '../../helpers/test-pki.js';

export const ADDIN = 'https://addin.kuvert.test';
export const OTHER_ADDIN = 'https://other-addin.kuvert.test';
export const PROVISIONED_TOKEN = 'kuvert-test-provisioned-token-0123456789abcdef';

export interface CardSpec {
  readonly label: string;
  readonly keys: readonly { readonly id: string; readonly identity: string }[];
}

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json(): Record<string, unknown>;
}

export interface RequestOptions {
  readonly origin?: string | null;
  readonly host?: string;
  readonly token?: string | null;
  readonly body?: unknown;
  readonly rawBody?: string | Buffer;
  readonly headers?: Record<string, string>;
}

export interface Companion {
  readonly pki: TestPki;
  readonly hsm: SoftHsm;
  readonly server: CompanionServer;
  /** The loaded module: finalise it to pull the card mid-session. */
  readonly card: Pkcs11Module;
  readonly caCert: string;
  readonly log: string[];
  readonly stateDir: string;
  readonly own: string;
  request(method: string, urlPath: string, options?: RequestOptions): Promise<Reply>;
  /** The user typing `pin` into the companion's PIN page at `pinPageUrl`. */
  typePin(pinPageUrl: string, pin?: string): Promise<Reply>;
  /** Opens a session on the token labelled `label` and logs in through the PIN page. */
  login(label: string, purpose: 'decrypt' | 'sign', pin?: string): Promise<string>;
  tokenRef(label: string): Promise<string>;
  dispose(): Promise<void>;
}

/** Server options a test may set: storage, directories, trust anchors, revocation, policy. */
export type CompanionExtras = Partial<Pick<CompanionServerOptions, 'destinations' | 'directories' | 'trustAnchors' | 'revocation' | 'fetch' | 'policy' | 'logoutAfterOperation'>>;

export async function startCompanion(identities: readonly IdentityRequest[], cards: readonly CardSpec[], extras: CompanionExtras = {}): Promise<Companion> {
  const pki = await createTestPki(identities);
  const hsm = await createSoftHsm();
  for (const card of cards) {
    await hsm.createToken(card.label);
    for (const key of card.keys) {
      await hsm.importIdentity(card.label, { id: key.id, label: key.identity, keyPem: pki.identity(key.identity).keyPem, certPem: pki.identity(key.identity).certPem });
    }
  }
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-companion-'));
  const tokenFile = path.join(stateDir, 'provisioned-token');
  await writeFile(tokenFile, `${PROVISIONED_TOKEN}\n`);
  const tls = await ensureLocalTls(stateDir);
  const module = Pkcs11Module.open(hsm.library);
  const log: string[] = [];
  const server = await startCompanionServer({
    port: 0, allowedOrigins: [ADDIN, OTHER_ADDIN], modules: [module], stateDir, tls, pairingTokenFile: tokenFile,
    sessionIdleSeconds: 60, version: '0.1.0-test', crypto: nodeCrypto(), log: (line) => log.push(line), ...extras,
  });
  const own = `https://127.0.0.1:${server.port}`;

  const request = (method: string, urlPath: string, options: RequestOptions = {}): Promise<Reply> => new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers };
    const origin = options.origin === undefined ? ADDIN : options.origin;
    if (origin !== null) headers['origin'] = origin;
    const token = options.token === undefined ? PROVISIONED_TOKEN : options.token;
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    let payload: string | Buffer | undefined = options.rawBody;
    if (options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    const outgoing = httpsRequest({ host: '127.0.0.1', port: server.port, path: urlPath, method, headers, ca: tls.caCert, servername: 'localhost', agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });

  const typePin = async (pinPageUrl: string, pin = USER_PIN): Promise<Reply> => {
    const urlPath = new URL(pinPageUrl).pathname;
    const page = await request('GET', urlPath, { origin: null, token: null });
    if (page.status !== 200) throw new Error(`PIN page answered ${page.status}`);
    return request('POST', urlPath, { origin: own, token: null, rawBody: new URLSearchParams({ pin }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  };

  const tokenRef = async (label: string): Promise<string> => {
    const status = await request('GET', '/v1/status');
    const tokens = status.json()['tokens'] as { token: string; label: string }[];
    const found = tokens.find((token) => token.label === label);
    if (!found) throw new Error(`no token ${label}`);
    return found.token;
  };

  const login = async (label: string, purpose: 'decrypt' | 'sign', pin = USER_PIN): Promise<string> => {
    const opened = await request('POST', '/v1/sessions', { body: { token: await tokenRef(label), purpose } });
    const state = opened.json() as { sessionId: string; pinPageUrl: string };
    const typed = await typePin(state.pinPageUrl, pin);
    if (typed.status !== 200) throw new Error(`PIN page answered ${typed.status}`);
    return state.sessionId;
  };

  return {
    pki, hsm, server, card: module, stateDir, caCert: tls.caCert, log, own, request, typePin, login, tokenRef,
    async dispose() {
      await server.close();
      module.finalize();
      await hsm.dispose();
      await pki.dispose();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
