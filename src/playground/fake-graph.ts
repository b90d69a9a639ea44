/**
 * A fake Microsoft Graph on 127.0.0.1 for the playground and the tests: accepts `POST /me/sendMail`
 * with a base64 MIME body as Graph does (202; bad base64 → 400 ErrorMimeContentInvalidBase64String;
 * no bearer token → 401) and records what was sent. Never listens beyond loopback.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMail {
  readonly mime: Buffer;
  readonly token: string;
  readonly contentType: string;
}

export interface FakeGraph {
  /** Base URL to use in place of https://graph.microsoft.com/v1.0. */
  readonly url: string;
  readonly sent: SentMail[];
  /** Make the next sendMail answer with this status (e.g. 503), once. */
  failNext(status: number): void;
  close(): Promise<void>;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
const MAX_BODY = 4 * 1024 * 1024;

export async function startFakeGraph(port = 0): Promise<FakeGraph> {
  const sent: SentMail[] = [];
  let failStatus: number | undefined;
  const server = createServer((req, res) => {
    cors(res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method === 'GET' && req.url === '/sent') return json(res, 200, sent.map((m) => ({ contentType: m.contentType, mime: m.mime.toString('base64') })));
    if (req.method !== 'POST' || req.url !== '/v1.0/me/sendMail') return json(res, 404, { error: { code: 'ResourceNotFound' } });
    void readBody(req).then((body) => {
      if (body === undefined) return json(res, 413, { error: { code: 'RequestEntityTooLarge' } });
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined) return json(res, 401, { error: { code: 'InvalidAuthenticationToken' } });
      if (failStatus !== undefined) {
        const status = failStatus;
        failStatus = undefined;
        return json(res, status, { error: { code: 'ServiceUnavailable' } });
      }
      const text = body.toString('latin1');
      if (!BASE64.test(text)) return json(res, 400, { error: { code: 'ErrorMimeContentInvalidBase64String' } });
      sent.push({ mime: Buffer.from(text, 'base64'), token, contentType: req.headers['content-type'] ?? '' });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/v1.0`,
    sent,
    failNext: (status) => {
      failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
  });
}

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}
