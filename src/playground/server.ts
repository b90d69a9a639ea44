/**
 * Serves the built add-in (dist/addin) and the playground on 127.0.0.1, next to a fake Graph that
 * records what Send securely sends. Used by `npm start` and by the e2e tests.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
  });
  const root = normalize(options.addinDir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/playground-config.json') return void res.writeHead(200, { 'Content-Type': TYPES['.json'] }).end(config);
    const file = normalize(join(root, path === '/' ? 'playground.html' : path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
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
