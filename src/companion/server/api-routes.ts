/**
 * The `/v1` API. Each handler validates its request against the protocol schema, acts, and
 * validates its own response against the schema before it leaves (both sides check).
 */
import { KuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import {
  decryptKeyRequest, decryptKeyResponse, keysResponse, pairingConfirmRequest, pairingConfirmResponse, pairingStartResponse,
  sessionRequest, sessionState, signRequest, signResponse, statusResponse, PROTOCOL_VERSION, type Schema, type SessionState,
  type certificateHolder, type Infer, certificateImportRequest, certificateImportResponse, certificatesResponse, destinationsResponse, directoryLookupRequest, directoryLookupResponse, storeReceipt, storeRequest, MAX_STORE_REQUEST_BYTES,
} from '../../protocol/index.js';
import { readCertificateProfile } from '../../core/pki/index.js';
import { findCertificatesByEmail, type DirectoryServer } from '../directory/ldap-directory.js';
import type { ApprovedStorage } from '../storage/approved-storage.js';
import type { CertificateStore } from '../certstore/certificate-store.js';
import { unwrapContentKey } from '../unwrap-content-key.js';
import { cardErrorOf } from '../pkcs11/index.js';
import type { CardSessions, SessionView } from './card-sessions.js';
import type { PairingStore } from './pairing.js';

export interface ApiContext {
  readonly version: string;
  readonly sessions: CardSessions;
  readonly pairing: PairingStore;
  readonly crypto: CryptoEngine;
  /** The companion's own origin for PIN page addresses (https://127.0.0.1:PORT). */
  readonly ownOrigin: string;
  readonly storage: ApprovedStorage;
  readonly directories: readonly DirectoryServer[];
  readonly certificates: CertificateStore;
}

export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly origin: string;
  readonly authorization: string | undefined;
  /** Reads the JSON body; `limit` raises the default size limit (only POST /v1/store does). */
  readBody(limit?: number): Promise<unknown>;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
/** The holder from core/pki's profile; a certificate it cannot read is listed without one. */
function holderOf(der: Uint8Array): { holder?: Infer<typeof certificateHolder> } {
  try {
    const profile = readCertificateProfile(der);
    const optionalText = (key: 'name' | 'email' | 'hsaId' | 'personnummerMasked' | 'organization') => (profile[key] !== undefined ? { [key]: profile[key] } : {});
    return {
      holder: {
        ...optionalText('name'), ...optionalText('email'), ...optionalText('hsaId'), ...optionalText('personnummerMasked'), ...optionalText('organization'),
        role: profile.role, notAfter: profile.notAfter,
      },
    };
  } catch {
    return {};
  }
}

const checked = <T>(schema: Schema<T>, value: T): T => schema.parse(value, 'response');

function sessionStateOf(view: SessionView, ownOrigin: string): SessionState {
  return checked(sessionState, {
    sessionId: view.sessionId,
    state: view.state,
    pin: view.pin,
    ...(view.pinPageId !== undefined ? { pinPageUrl: `${ownOrigin}/pin/${view.pinPageId}` } : {}),
    ...(view.error ? { error: view.error.toJSON() } : {}),
  });
}

/** Returns the JSON body of the answer; throws KuvertError for every refusal. */
export async function handleApi(call: ApiCall, context: ApiContext): Promise<unknown> {
  const { method, path, origin } = call;
  const { sessions, pairing, crypto } = context;
  if (method === 'POST' && path === '/v1/pairing') return checked(pairingStartResponse, pairing.start(origin));
  if (method === 'POST' && path === '/v1/pairing/confirm') {
    const request = pairingConfirmRequest.parse(await call.readBody());
    return checked(pairingConfirmResponse, { token: await pairing.confirm(origin, request.pairingId, request.code) });
  }
  if (!pairing.isAuthorized(origin, call.authorization)) throw new KuvertError('NOT_PAIRED');
  if (method === 'GET' && path === '/v1/status') {
    const tokens = sessions.tokens().map(({ token, label, serialNumber, manufacturer, model, pin }) => ({ token, label, serialNumber, manufacturer, model, pin }));
    return checked(statusResponse, { version: context.version, protocol: PROTOCOL_VERSION, tokens });
  }
  if (method === 'GET' && path === '/v1/keys') {
    const keys = sessions.certificates().map(({ token, id, label, der }) => ({ token, id, label, certificate: b64(der), ...holderOf(der) }));
    return checked(keysResponse, { keys });
  }
  if (method === 'POST' && path === '/v1/sessions') {
    const request = sessionRequest.parse(await call.readBody());
    return sessionStateOf(sessions.open(origin, request.token, request.purpose), context.ownOrigin);
  }
  const sessionPath = /^\/v1\/sessions\/([0-9a-f]{32})(\/close)?$/u.exec(path);
  if (sessionPath?.[1]) {
    if (method === 'GET' && !sessionPath[2]) return sessionStateOf(sessions.view(origin, sessionPath[1]), context.ownOrigin);
    if (method === 'POST' && sessionPath[2]) {
      sessions.close(origin, sessionPath[1]);
      return sessionStateOf(sessions.view(origin, sessionPath[1]), context.ownOrigin);
    }
  }
  if (method === 'POST' && path === '/v1/decrypt-key') {
    const request = decryptKeyRequest.parse(await call.readBody());
    const key = await sessions.withKey(origin, request.sessionId, 'decrypt', request.id, async (card) => {
      if (request.kind === 'key-agreement') {
        return card.deriveKeyAgreement(bytes(request.originatorPublicKey)).catch((error: unknown) => {
          throw cardErrorOf(error);
        });
      }
      const { algorithm } = request;
      const transport = algorithm.name === 'RSA-OAEP'
        ? { name: 'RSA-OAEP' as const, hash: algorithm.hash, mgfHash: algorithm.mgfHash, ...(algorithm.label !== undefined ? { label: bytes(algorithm.label) } : {}) }
        : { name: 'RSAES-PKCS1-v1_5' as const };
      return unwrapContentKey(card, transport, bytes(request.encryptedKey), request.keyLength, crypto);
    });
    try {
      return checked(decryptKeyResponse, { key: b64(key) });
    } finally {
      key.fill(0);
    }
  }
  if (method === 'POST' && path === '/v1/sign') {
    const request = signRequest.parse(await call.readBody());
    const signature = await sessions.withKey(origin, request.sessionId, 'sign', request.id, (card) => card.sign(request.algorithm, bytes(request.data)));
    return checked(signResponse, { signature: b64(signature) });
  }
  if (method === 'GET' && path === '/v1/certificates') {
    const certificates = (await context.certificates.list()).map((entry) => ({
      fingerprint: entry.fingerprint, certificate: b64(entry.der), holder: holderOf(entry.der).holder!, source: entry.source, expiry: entry.expiry,
    }));
    return checked(certificatesResponse, { certificates });
  }
  if (method === 'POST' && path === '/v1/certificates') {
    const request = certificateImportRequest.parse(await call.readBody(2 * 1024 * 1024));
    return checked(certificateImportResponse, { fingerprints: await context.certificates.import(bytes(request.data), request.source) });
  }
  const removal = /^\/v1\/certificates\/([0-9a-f]{64})\/remove$/u.exec(path);
  if (method === 'POST' && removal?.[1]) {
    await context.certificates.remove(removal[1]);
    return {};
  }
  if (method === 'GET' && path === '/v1/destinations') return checked(destinationsResponse, { destinations: context.storage.names().map((name) => ({ name })) });
  if (method === 'POST' && path === '/v1/store') {
    const request = storeRequest.parse(await call.readBody(MAX_STORE_REQUEST_BYTES));
    const files = (request.files ?? []).map((file) => ({ name: file.name, bytes: bytes(file.data) }));
    return checked(storeReceipt, await context.storage.store({ destination: request.destination, messageId: request.messageId, user: request.user, files }));
  }
  if (method === 'POST' && path === '/v1/directory/lookup') {
    const { email } = directoryLookupRequest.parse(await call.readBody());
    const results = await Promise.allSettled(context.directories.map((server) => findCertificatesByEmail(email, server)));
    const found = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const invalid = results.find((result): result is PromiseRejectedResult => result.status === 'rejected' && result.reason instanceof KuvertError && result.reason.code === 'INVALID_ARGUMENT');
    if (invalid) throw invalid.reason as KuvertError;
    const selected = found.map((result) => result.selection.selected?.der).find((der) => der !== undefined);
    return checked(directoryLookupResponse, {
      ...(selected ? { selected: b64(selected) } : {}),
      certificates: found.flatMap((result) => result.certificates.map(b64)),
      unreachable: context.directories.filter((_, i) => results[i]?.status === 'rejected').map((server) => server.url),
    });
  }
  throw new KuvertError('NOT_FOUND', `no endpoint ${method} ${path}`);
}
