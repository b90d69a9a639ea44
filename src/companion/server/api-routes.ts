/**
 * The `/v1` API. Pairing first (the only calls without a token), then the bearer token, then the
 * route groups by area. Each handler validates its request against the protocol schema, acts,
 * and validates its own response against the schema before it leaves (both sides check).
 */
import { KuvertError } from '../../core/errors.js';
import { pairingConfirmRequest, pairingConfirmResponse, pairingStartResponse } from '../../protocol/index.js';
import { checked, type ApiCall, type ApiContext, type RouteGroup } from './api-context.js';
import { cardRoutes } from './routes/card-routes.js';
import { certificateRoutes } from './routes/certificate-routes.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { storageRoutes } from './routes/storage-routes.js';

export type { ApiCall, ApiContext } from './api-context.js';

const GROUPS: readonly RouteGroup[] = [cardRoutes, certificateRoutes, storageRoutes, directoryRoutes];

/** Returns the JSON body of the answer; throws KuvertError for every refusal. */
export async function handleApi(call: ApiCall, context: ApiContext): Promise<unknown> {
  const { method, path, origin } = call;
  const { pairing } = context;
  if (method === 'POST' && path === '/v1/pairing') return checked(pairingStartResponse, pairing.start(origin));
  if (method === 'POST' && path === '/v1/pairing/confirm') {
    const request = pairingConfirmRequest.parse(await call.readBody());
    return checked(pairingConfirmResponse, { token: pairing.confirm(origin, request.pairingId, request.code) });
  }
  if (!pairing.isAuthorized(origin, call.authorization)) throw new KuvertError('NOT_PAIRED');
  for (const group of GROUPS) {
    const answer = group(call, context);
    if (answer !== undefined) return answer;
  }
  throw new KuvertError('NOT_FOUND', `no endpoint ${method} ${path}`);
}
