/**
 * Real revocation servers on 127.0.0.1 for tests: `openssl ocsp` responders over an index file and
 * a node HTTP server for CRLs (a free port from free-port.ts stands for "responder down").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

/** openssl ocsp serves one connection at a time and hangs on a bare connect probe: wait for its banner. */
export async function startOcspResponder(port: number, index: string, signer: { certPath: string; keyPath: string }, caCertPath: string): Promise<ChildProcess> {
  const child = spawn('openssl', ['ocsp', '-index', index, '-port', String(port), '-rsigner', signer.certPath, '-rkey', signer.keyPath, '-CA', caCertPath, '-nmin', '10', '-ignore_err'], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`openssl ocsp did not start: ${seen}`)), 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('waiting for OCSP client connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`openssl ocsp exited ${code}: ${seen}`)));
  });
  return child;
}

export interface CrlServer {
  readonly files: Map<string, Uint8Array>;
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startCrlServer(port: number): Promise<CrlServer> {
  const files = new Map<string, Uint8Array>();
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const body = files.get(req.url ?? '');
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/pkix-crl' }).end(body ? Buffer.from(body) : undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { files, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
