/**
 * Serves the built add-in (dist/addin) and the playground on 127.0.0.1, next to a fake Graph that
 * records what Send securely sends. Used by `npm start` and by the e2e tests.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { startFakeGraph, type FakeGraph } from './fake-graph.js';

export interface PlaygroundOptions {
  /** The webpack output (dist/addin). */
  readonly addinDir: string;
  readonly port?: number;
  readonly language?: string;
  readonly user?: { emailAddress: string; displayName: string };
  /** DER certificates: the sender's own, and those already in the local store. */
  readonly senderCertificate?: Uint8Array;
  readonly storeCertificates?: readonly Uint8Array[];
  /** The companion the task pane talks to (default: none). */
  readonly companionUrl?: string;
  /** Send through Graph's upload route above this many base64 characters (tests; default Graph's limit). */
  readonly maxSendMailBytes?: number;
  /** Time limit for one PDF/Office attachment in the task pane (ms). */
  readonly extractionTimeoutMs?: number;
  /** Read mode (playground.html?mode=read): the received message, also in the fake Graph's inbox. */
  readonly readMessage?: { readonly itemId: string; readonly internetMessageId: string; readonly mime: Uint8Array; readonly received?: string; readonly getAsFile?: boolean };
}

export interface Playground {
  readonly url: string;
  readonly graph: FakeGraph;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const graph = await startFakeGraph();
  const config = JSON.stringify({
    graphBaseUrl: graph.url,
    language: options.language ?? 'sv-SE',
    user: options.user ?? { emailAddress: 'me@kuvert.test', displayName: 'Me' },
    ...(options.senderCertificate === undefined ? {} : { senderCertificate: Buffer.from(options.senderCertificate).toString('base64') }),
    storeCertificates: (options.storeCertificates ?? []).map((der) => Buffer.from(der).toString('base64')),
    companionUrl: options.companionUrl ?? false,
    ...(options.maxSendMailBytes === undefined ? {} : { maxSendMailBytes: options.maxSendMailBytes }),
    ...(options.extractionTimeoutMs === undefined ? {} : { extractionTimeoutMs: options.extractionTimeoutMs }),
    ...(options.readMessage === undefined ? {} : {
      read: {
        itemId: options.readMessage.itemId, internetMessageId: options.readMessage.internetMessageId, mime: Buffer.from(options.readMessage.mime).toString('base64'),
        received: options.readMessage.received ?? new Date().toISOString(), getAsFile: options.readMessage.getAsFile ?? true,
      },
    }),
  });
  if (options.readMessage !== undefined) graph.inbox.set(options.readMessage.itemId, Buffer.from(options.readMessage.mime));
  const files = staticFiles(options.addinDir, 'playground.html');
  const server: Server = createServer((req, res) => {
    if (req.url === '/playground-config.json') return void res.writeHead(200, { 'Content-Type': TYPES['.json'] }).end(config);
    files(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    graph,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
    },
  };
}

/** Serves files under `dir` (no traversal out of it); `/` is `index`. */
function staticFiles(dir: string, index: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(dir);
  return (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const file = normalize(join(root, path === '/' ? index : path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(404).end(),
    );
  };
}

/**
 * The add-in itself over HTTPS at the origin manifest.xml names (https://localhost:3000), for
 * sideloading into Outlook. Listens on 127.0.0.1 only; `key`/`cert` come from office-addin-dev-certs.
 */
export async function startAddinServer(options: { readonly addinDir: string; readonly port: number; readonly key: string; readonly cert: string }): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server = createHttpsServer({ key: options.key, cert: options.cert }, staticFiles(options.addinDir, 'taskpane.html'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { url: `https://localhost:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
