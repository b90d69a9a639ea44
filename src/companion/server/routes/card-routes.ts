/** `/v1/status`, `/v1/keys`, `/v1/sessions…`, `/v1/decrypt-key`, `/v1/sign`: the smart cards. */
import {
  decryptKeyRequest, decryptKeyResponse, keysResponse, sessionRequest, sessionState, signRequest, signResponse, statusResponse,
  PROTOCOL_VERSION, type SessionState,
} from '../../../protocol/index.js';
import { unwrapContentKey } from '../../unwrap-content-key.js';
import { cardErrorOf } from '../../pkcs11/index.js';
import type { SessionView } from '../card-sessions.js';
import { b64, bytesOf, checked, holderOf, type ApiCall, type ApiContext } from '../api-context.js';

function sessionStateOf(view: SessionView, ownOrigin: string): SessionState {
  return checked(sessionState, {
    sessionId: view.sessionId,
    state: view.state,
    pin: view.pin,
    ...(view.pinPageId !== undefined ? { pinPageUrl: `${ownOrigin}/pin/${view.pinPageId}` } : {}),
    ...(view.error ? { error: view.error.toJSON() } : {}),
  });
}

async function decryptKey(call: ApiCall, context: ApiContext): Promise<unknown> {
  const request = decryptKeyRequest.parse(await call.readBody());
  const key = await context.sessions.withKey(call.origin, request.sessionId, 'decrypt', request.id, async (card) => {
    if (request.kind === 'key-agreement') {
      return card.deriveKeyAgreement(bytesOf(request.originatorPublicKey)).catch((error: unknown) => {
        throw cardErrorOf(error);
      });
    }
    const { algorithm } = request;
    const transport = algorithm.name === 'RSA-OAEP'
      ? { name: 'RSA-OAEP' as const, hash: algorithm.hash, mgfHash: algorithm.mgfHash, ...(algorithm.label !== undefined ? { label: bytesOf(algorithm.label) } : {}) }
      : { name: 'RSAES-PKCS1-v1_5' as const };
    return unwrapContentKey(card, transport, bytesOf(request.encryptedKey), request.keyLength, context.crypto);
  });
  try {
    return checked(decryptKeyResponse, { key: b64(key) });
  } finally {
    key.fill(0);
  }
}

export function cardRoutes(call: ApiCall, context: ApiContext): Promise<unknown> | undefined {
  const { method, path, origin } = call;
  const { sessions } = context;
  if (method === 'GET' && path === '/v1/status') {
    const tokens = sessions.tokens().map(({ token, label, serialNumber, manufacturer, model, pin }) => ({ token, label, serialNumber, manufacturer, model, pin }));
    return Promise.resolve(checked(statusResponse, { version: context.version, protocol: PROTOCOL_VERSION, tokens }));
  }
  if (method === 'GET' && path === '/v1/keys') {
    const keys = sessions.certificates().map(({ token, id, label, der }) => ({ token, id, label, certificate: b64(der), ...holderOf(der) }));
    return Promise.resolve(checked(keysResponse, { keys }));
  }
  if (method === 'POST' && path === '/v1/sessions') {
    return call.readBody().then((body) => {
      const request = sessionRequest.parse(body);
      return sessionStateOf(sessions.open(origin, request.token, request.purpose), context.ownOrigin);
    });
  }
  const sessionPath = /^\/v1\/sessions\/([0-9a-f]{32})(\/close)?$/u.exec(path);
  const sessionId = sessionPath?.[1];
  if (sessionId !== undefined) {
    if (method === 'GET' && !sessionPath?.[2]) return Promise.resolve(sessionStateOf(sessions.view(origin, sessionId), context.ownOrigin));
    if (method === 'POST' && sessionPath?.[2]) {
      sessions.close(origin, sessionId);
      return Promise.resolve(sessionStateOf(sessions.view(origin, sessionId), context.ownOrigin));
    }
  }
  if (method === 'POST' && path === '/v1/decrypt-key') return decryptKey(call, context);
  if (method === 'POST' && path === '/v1/sign') {
    return call.readBody().then(async (body) => {
      const request = signRequest.parse(body);
      const signature = await sessions.withKey(origin, request.sessionId, 'sign', request.id, (card) => card.sign(request.algorithm, bytesOf(request.data)));
      return checked(signResponse, { signature: b64(signature) });
    });
  }
  return undefined;
}
