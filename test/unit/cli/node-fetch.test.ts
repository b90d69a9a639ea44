import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetch } from '../../../src/cli/node-fetch.js';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
    if (req.url === '/big') return void res.end(Buffer.alloc(2048));
    if (req.url === '/redirect') return void res.writeHead(302, { location: '/ok' }).end();
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/echo') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      return void req.on('end', () => res.writeHead(200, { 'content-type': req.headers['content-type'] ?? '' }).end(Buffer.concat(chunks)));
    }
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('nodeFetch', () => {
  it('GETs and POSTs bytes', async () => {
    const fetch = nodeFetch();
    expect(new TextDecoder().decode((await fetch(`${base}/ok`)).body)).toBe('ok');
    const posted = await fetch(`${base}/echo`, { method: 'POST', body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'application/ocsp-request' } });
    expect([...posted.body]).toEqual([1, 2, 3]);
    expect(posted.contentType).toBe('application/ocsp-request');
  });

  it('follows a bounded number of redirects', async () => {
    expect((await nodeFetch()(`${base}/redirect`)).status).toBe(200);
    await expect(nodeFetch()(`${base}/loop`)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
  });

  it('enforces the deadline, the size limit and the scheme', async () => {
    await expect(nodeFetch({ timeoutMs: 200 })(`${base}/slow`)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    await expect(nodeFetch({ maxBytes: 1024 })(`${base}/big`)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    await expect(nodeFetch()('file:///etc/passwd')).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    expect(() => nodeFetch({ timeout: 5 } as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }) as Error);
  });
});
