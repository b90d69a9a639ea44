/**
 * EFAIL test harness: the test page (SafeMessageView bundled by esbuild) on one local HTTP server,
 * an "attacker" HTTP server on another origin that records every connection and request, and
 * Debian's Chromium (/usr/bin/chromium) through playwright-core with a log of every request.
 */
import { build } from 'esbuild';
import http from 'node:http';
import type net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e-chromium.js';


export interface RecordingServer {
  /** e.g. http://localhost:41234 */
  readonly origin: string;
  readonly port: number;
  /** Every request: method and URL path, with the Referer header if any. */
  readonly requests: { method: string; url: string; referer: string | undefined }[];
  /** Every TCP connection (a preconnect makes one without a request). */
  connections: number;
  reset(): void;
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** The attacker: answers everything with a tiny response, logs everything. */
export async function startAttacker(): Promise<RecordingServer> {
  const requests: RecordingServer['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', referer: req.headers.referer });
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('ok');
  });
  const sockets = new Set<net.Socket>();
  const recorder: RecordingServer = {
    origin: '',
    port: 0,
    requests,
    connections: 0,
    reset() {
      requests.length = 0;
      recorder.connections = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('connection', (socket) => {
    recorder.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  // "localhost", not 127.0.0.1: another origin (and host name) than the page's.
  return Object.assign(recorder, { port, origin: `http://localhost:${port}` });
}

export interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Bundles test/helpers/efail-page.tsx and serves it with a bare page at 127.0.0.1. */
export async function startPageServer(root: string): Promise<PageServer> {
  const result = await build({
    entryPoints: [join(root, 'test', 'helpers', 'efail-page.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text;
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kuvert read view</title></head><body><div id="root"></div><div id="raw"></div><script src="/bundle.js"></script></body></html>';
  const server = http.createServer((req, res) => {
    if (req.url === '/bundle.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  /** Every request the browser started (any frame, any page of the context), as URLs. */
  readonly requests: string[];
  /** Requests that failed, with Chromium's error (net::ERR_BLOCKED_BY_CSP for a CSP block). */
  readonly failed: { url: string; error: string }[];
  /** Requests that completed (a response arrived). */
  readonly finished: string[];
  /** Waits (up to `ms`) until every started request matching `test` has finished or failed. */
  settle(test: (url: string) => boolean, ms?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kuvert-efail-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const requests: string[] = [];
  const failed: { url: string; error: string }[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const finished: string[] = [];
  context.on('requestfailed', (r) => failed.push({ url: r.url(), error: r.failure()?.errorText ?? '' }));
  context.on('requestfinished', (r) => finished.push(r.url()));
  const open = (test: (url: string) => boolean): number => {
    const done = [...finished, ...failed.map((f) => f.url)];
    let count = 0;
    for (const url of requests.filter(test)) {
      const i = done.indexOf(url);
      if (i >= 0) done.splice(i, 1);
      else count++;
    }
    return count;
  };
  return {
    context,
    requests,
    failed,
    finished,
    async settle(test, ms = 5000) {
      const end = Date.now() + ms;
      while (open(test) > 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
    },
    reset() {
      requests.length = 0;
      failed.length = 0;
      finished.length = 0;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A multipart/mixed message of the given parts (each "Content-Type: …\n\nbody"), CRLF. */
export function mixed(...parts: string[]): string {
  const b = 'efail-boundary';
  return [`Content-Type: multipart/mixed; boundary="${b}"`, '', ...parts.flatMap((p) => [`--${b}`, p]), `--${b}--`, ''].join('\n').replace(/\r?\n/g, '\r\n');
}

/** One text/html message. */
export function htmlMessage(html: string): string {
  return `Content-Type: text/html; charset=utf-8\r\n\r\n${html.replace(/\r?\n/g, '\r\n')}\r\n`;
}
