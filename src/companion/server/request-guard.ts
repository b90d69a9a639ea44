/**
 * The checks every request passes before any route runs. A web page in the user's browser can
 * reach 127.0.0.1, so: the Host must be the loopback address with our port (DNS rebinding), the
 * Origin must be a configured add-in origin (refused with 403, not merely left without CORS
 * headers), and preflights — including Chrome's Private Network Access — are answered for those
 * origins only. The companion's own pages (the PIN dialog) are same-origin and checked apart.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardConfig {
  readonly port: number;
  readonly allowedOrigins: ReadonlySet<string>;
}

export type GuardVerdict =
  | { readonly kind: 'refuse'; readonly status: 403; readonly code: 'HOST_NOT_ALLOWED' | 'ORIGIN_NOT_ALLOWED' }
  /** An add-in origin's API call: answer it with these CORS headers. */
  | { readonly kind: 'api'; readonly origin: string; readonly headers: Readonly<Record<string, string>> }
  /** A preflight from an allowed origin: answer 204 with these headers and stop. */
  | { readonly kind: 'preflight'; readonly headers: Readonly<Record<string, string>> }
  /** The companion's own page, opened in a dialog or posting its own form. */
  | { readonly kind: 'own-page' };

/** The Host values that name this companion: loopback addresses and localhost, with our port. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `[::1]:${port}`, `localhost:${port}`]);
}

export function ownOrigins(port: number): Set<string> {
  return new Set([...allowedHosts(port)].map((host) => `https://${host}`));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

export function guardRequest(method: string, url: string, headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  const host = single(headers.host)?.toLowerCase();
  if (host === undefined || !allowedHosts(config.port).has(host)) return { kind: 'refuse', status: 403, code: 'HOST_NOT_ALLOWED' };
  const origin = single(headers.origin);
  if (url.startsWith('/pin/')) {
    // A top-level navigation (the dialog opening) carries no Origin on GET; the form post carries ours.
    if (method === 'GET' && origin === undefined) return { kind: 'own-page' };
    if (origin !== undefined && ownOrigins(config.port).has(origin)) return { kind: 'own-page' };
    return { kind: 'refuse', status: 403, code: 'ORIGIN_NOT_ALLOWED' };
  }
  if (origin === undefined || !config.allowedOrigins.has(origin)) return { kind: 'refuse', status: 403, code: 'ORIGIN_NOT_ALLOWED' };
  const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (method === 'OPTIONS') {
    const preflight: Record<string, string> = {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'authorization, content-type',
      'Access-Control-Max-Age': '600',
    };
    // Chrome's Private Network Access: a public-origin page asking for a loopback resource.
    if (single(headers['access-control-request-private-network']) === 'true') preflight['Access-Control-Allow-Private-Network'] = 'true';
    return { kind: 'preflight', headers: preflight };
  }
  return { kind: 'api', origin, headers: cors };
}
