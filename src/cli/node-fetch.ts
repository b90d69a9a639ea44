/**
 * FetchPort over Node's http/https for the CLI and the companion: OCSP POSTs and CRL/AIA GETs with a
 * timeout for the whole exchange, a response size limit, no redirects to other schemes and no
 * cookies. Failures reject with FETCH_FAILED; core turns that into "revocation unavailable".
 */
import http from 'node:http';
import https from 'node:https';
import { KuvertError } from '../core/errors.js';
import type { FetchPort } from '../core/pki/types.js';

export interface NodeFetchOptions {
  /** Default 10 s; a call's `timeoutMs` may shorten it. */
  readonly timeoutMs?: number;
  /** Default 16 MiB: big enough for large CA CRLs, small enough to bound memory. */
  readonly maxBytes?: number;
  /** Default 2; only http→http, https→https or http→https. */
  readonly maxRedirects?: number;
}

const KNOWN_OPTIONS = new Set(['timeoutMs', 'maxBytes', 'maxRedirects']);

function failed(message: string, cause?: unknown): KuvertError {
  return new KuvertError('FETCH_FAILED', message, cause === undefined ? undefined : { cause });
}

export function nodeFetch(options: NodeFetchOptions = {}): FetchPort {
  const unknown = Object.keys(options).filter((k) => !KNOWN_OPTIONS.has(k));
  if (unknown.length) throw new KuvertError('UNKNOWN_OPTION', `nodeFetch: unknown option ${unknown.join(', ')}`);
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 2;
  const fetchPort: FetchPort = (url, init = {}) => {
    const timeoutMs = Math.min(init.timeoutMs ?? Infinity, options.timeoutMs ?? 10_000);
    return request(url, init, timeoutMs, maxBytes, maxRedirects);
  };
  return fetchPort;
}

function request(url: string, init: Parameters<FetchPort>[1] & object, timeoutMs: number, maxBytes: number, redirectsLeft: number): ReturnType<FetchPort> {
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    return Promise.reject(failed(`invalid URL ${url}`, error));
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return Promise.reject(failed(`unsupported URL scheme ${target.protocol}`));
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.body) headers['content-length'] = String(init.body.length);
    const req = client.request(target, { method: init.method ?? 'GET', headers, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        res.resume();
        clearTimeout(timer);
        if (redirectsLeft <= 0) return reject(failed(`too many redirects from ${url}`));
        const next = new URL(location, target);
        if (target.protocol === 'https:' && next.protocol !== 'https:') return reject(failed('refusing a redirect from https to http'));
        return resolve(request(next.toString(), init, timeoutMs, maxBytes, redirectsLeft - 1));
      }
      const declared = Number(res.headers['content-length'] ?? '0');
      if (declared > maxBytes) {
        req.destroy();
        return reject(failed(`response from ${url} exceeds ${maxBytes} bytes`));
      }
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) {
          req.destroy(failed(`response from ${url} exceeds ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        const contentType = res.headers['content-type'];
        resolve({ status, body: new Uint8Array(Buffer.concat(chunks)), ...(contentType ? { contentType } : {}) });
      });
      res.on('error', (error) => reject(failed(`reading ${url} failed`, error)));
    });
    // One deadline for connect + send + receive (the socket timeout only covers idle time).
    const timer = setTimeout(() => req.destroy(failed(`${url} timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('timeout', () => req.destroy(failed(`${url} timed out after ${timeoutMs} ms`)));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof KuvertError ? error : failed(`${url}: ${(error as NodeJS.ErrnoException).code ?? error.message}`, error));
    });
    if (init.body) req.write(init.body);
    req.end();
  });
}
