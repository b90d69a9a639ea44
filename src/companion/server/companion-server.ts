/**
 * The companion's HTTPS service on 127.0.0.1 and [::1]: guard (Host, Origin, CORS, Private
 * Network Access), pairing token, body limits, then the `/v1` API and the PIN page. Errors leave
 * as `{ code, message }`; nothing logged carries a PIN, a key or message content.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KuvertError, toKuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { MAX_REQUEST_BYTES } from '../../protocol/index.js';
import type { Pkcs11Module } from '../pkcs11/index.js';
import { guardRequest } from './request-guard.js';
import { readJsonBody } from './json-body.js';
import { httpStatusOf } from './http-status.js';
import { handleApi, type ApiContext } from './api-routes.js';
import type { RevocationMode } from './api-context.js';
import type { FetchPort } from '../../core/pki/types.js';
import { CardSessions } from './card-sessions.js';
import { PairingStore } from './pairing.js';
import { PIN_PAGE_HEADERS, pinDonePage, pinFormPage } from './pin-page.js';
import type { LocalTls } from './local-tls.js';
import { ApprovedStorage, type Destination } from '../storage/approved-storage.js';
import type { DirectoryServer } from '../directory/ldap-directory.js';
import { CertificateStore } from '../certstore/certificate-store.js';
import path from 'node:path';

export interface CompanionServerOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly allowedOrigins: readonly string[];
  readonly modules: readonly Pkcs11Module[];
  readonly stateDir: string;
  readonly tls: Pick<LocalTls, 'key' | 'cert'>;
  readonly pairingTokenFile?: string;
  /** Policy: a card session logs out after this many idle seconds. */
  readonly sessionIdleSeconds: number;
  /** Policy: log out right after each card operation (the next one needs the PIN again). */
  readonly logoutAfterOperation?: boolean;
  readonly version: string;
  readonly crypto: CryptoEngine;
  /** Approved storage destinations from the policy (none: storing is refused). */
  readonly destinations?: readonly Destination[];
  /** LDAP directories for recipients' certificates. */
  readonly directories?: readonly DirectoryServer[];
  /** DER trust anchors for /v1/certificates/validate and harvest (none: nothing validates). */
  readonly trustAnchors?: readonly Uint8Array[];
  /** Revocation checking for those (default soft-fail); `fetch` absent: offline. */
  readonly revocation?: RevocationMode;
  readonly fetch?: FetchPort;
  /** The organisation policy, served at GET /v1/policy. */
  readonly policy?: { readonly text: string; readonly source: string };
  /** One line for the user's console (pairing codes, addresses); never secrets. */
  readonly log: (line: string) => void;
}

export interface CompanionServer {
  readonly port: number;
  /** Listening addresses, e.g. https://127.0.0.1:PORT. */
  readonly urls: readonly string[];
  close(): Promise<void>;
}

const PIN_FORM_LIMIT = 1024;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const kuvert = toKuvertError(error, 'INTERNAL');
  sendJson(response, httpStatusOf(kuvert.code), kuvert.toJSON(), headers);
}

async function readPinForm(request: IncomingMessage): Promise<string> {
  if (request.headers['content-type']?.split(';')[0]?.trim() !== 'application/x-www-form-urlencoded') throw new KuvertError('MALFORMED_REQUEST');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > PIN_FORM_LIMIT) throw new KuvertError('REQUEST_TOO_LARGE');
    chunks.push(chunk);
  }
  const pin = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('pin');
  if (pin === null || pin.length === 0 || pin.length > 64) throw new KuvertError('MALFORMED_REQUEST', 'no PIN');
  return pin;
}

async function handlePinPage(request: IncomingMessage, response: ServerResponse, pinPageId: string, sessions: CardSessions): Promise<void> {
  const session = sessions.byPinPage(pinPageId);
  if (!session) {
    response.writeHead(404, PIN_PAGE_HEADERS).end(pinDonePage('Begäran finns inte längre. / This request is no longer open.'));
    return;
  }
  if (request.method === 'GET') {
    response.writeHead(200, PIN_PAGE_HEADERS).end(pinFormPage(session, pinPageId));
    return;
  }
  if (request.method !== 'POST') throw new KuvertError('NOT_FOUND');
  const pin = await readPinForm(request);
  try {
    sessions.submitPin(pinPageId, pin);
    response.writeHead(200, PIN_PAGE_HEADERS).end(pinDonePage('Inloggad. / Logged in.'));
  } catch (error) {
    const after = sessions.byPinPage(pinPageId);
    if (error instanceof KuvertError && error.code === 'PIN_INCORRECT' && after) {
      response.writeHead(200, PIN_PAGE_HEADERS).end(pinFormPage(after, pinPageId, 'Fel PIN. / Wrong PIN.'));
      return;
    }
    const code = error instanceof KuvertError ? error.code : 'INTERNAL';
    response.writeHead(httpStatusOf(code), PIN_PAGE_HEADERS).end(pinDonePage(code === 'PIN_LOCKED' ? 'PIN-koden är låst. / The PIN is locked.' : `Inloggningen misslyckades (${code}). / Login failed.`));
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startCompanionServer(options: CompanionServerOptions): Promise<CompanionServer> {
  const sessions = new CardSessions(options.modules, options.crypto, options.sessionIdleSeconds, options.logoutAfterOperation ?? false);
  const pairing = await PairingStore.load(options.stateDir, options.pairingTokenFile, (origin, code) => options.log(`Pairing code for ${origin}: ${code}`));
  const allowedOrigins = new Set(options.allowedOrigins);
  let port = options.port;
  const context: { api?: ApiContext } = {};

  const onRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const verdict = guardRequest(method, path, request.headers, { port, allowedOrigins });
    if (verdict.kind === 'refuse') {
      request.resume();
      sendError(response, new KuvertError(verdict.code));
      return;
    }
    if (verdict.kind === 'preflight') {
      response.writeHead(204, verdict.headers).end();
      return;
    }
    try {
      if (verdict.kind === 'own-page') {
        await handlePinPage(request, response, path.slice('/pin/'.length), sessions);
        return;
      }
      const body = await handleApi({
        method, path, origin: verdict.origin, authorization: request.headers.authorization,
        readBody: (limit = MAX_REQUEST_BYTES) => readJsonBody(request, limit),
      }, context.api!);
      sendJson(response, 200, body, verdict.headers);
    } catch (error) {
      request.resume();
      sendError(response, error, verdict.kind === 'api' ? verdict.headers : {});
    }
  };

  const servers = [createServer({ key: options.tls.key, cert: options.tls.cert }), createServer({ key: options.tls.key, cert: options.tls.cert })] as const;
  for (const server of servers) {
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      onRequest(request, response).catch((error: unknown) => sendError(response, error));
    });
  }
  port = await listen(servers[0], '127.0.0.1', port);
  const urls = [`https://127.0.0.1:${port}`];
  try {
    await listen(servers[1], '::1', port);
    urls.push(`https://[::1]:${port}`);
  } catch (error) {
    options.log(`IPv6 loopback [::1]:${port} is not available (${(error as NodeJS.ErrnoException).code ?? 'error'}); serving 127.0.0.1 only`);
  }
  context.api = {
    version: options.version, sessions, pairing, crypto: options.crypto, ownOrigin: `https://127.0.0.1:${port}`,
    storage: new ApprovedStorage(options.destinations ?? [], path.join(options.stateDir, 'audit.log')),
    directories: options.directories ?? [],
    certificates: new CertificateStore(path.join(options.stateDir, 'certificates')),
    trustAnchors: options.trustAnchors ?? [],
    revocation: options.revocation ?? 'soft-fail',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  };
  return {
    port,
    urls,
    async close() {
      sessions.closeAll();
      pairing.flush();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      })));
    },
  };
}
