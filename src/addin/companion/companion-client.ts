/**
 * Typed calls from the task pane to the Kuvert companion (HTTPS on 127.0.0.1). Every request body is
 * built from src/protocol's types and every response is checked against its schema before use: a
 * companion (or something pretending to be one) that answers off-protocol is an error, never data.
 */
import {
  certificateHarvestResponse, certificatesResponse, certificateValidateResponse, decryptKeyResponse, destinationsResponse, directoryLookupResponse, errorResponse,
  keysResponse, pairingConfirmResponse, pairingStartResponse, policyResponse, renderResponse, sessionState, signResponse, statusResponse, storeReceipt,
  type CertificateHarvestResponse, type CertificateValidateRequest, type CertificateValidateResponse, type DecryptKeyRequest, type Infer, type KeysResponse,
  type PolicyResponse, type RenderRequest, type RenderResponse, type Schema, type SessionRequest, type SessionState, type SignRequest, type StatusResponse, type StoreRequest,
} from '../../protocol/index.js';
import { AddinError } from '../errors.js';
import type { TokenStore } from './token-store.js';

/** The companion's default address (kuvert companion --port). */
export const DEFAULT_COMPANION_URL = 'https://127.0.0.1:47111';

export interface CompanionClientOptions {
  readonly baseUrl?: string;
  readonly tokens: TokenStore;
  readonly fetch?: typeof fetch;
  /** Per-request time limit (ms); directory lookups and validation may need several seconds. */
  readonly timeoutMs?: number;
}

export class CompanionClient {
  readonly baseUrl: string;
  readonly #tokens: TokenStore;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(options: CompanionClientOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_COMPANION_URL).replace(/\/+$/u, '');
    this.#tokens = options.tokens;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 20_000;
  }

  get paired(): boolean {
    return this.#tokens.get() !== undefined;
  }

  forget(): void {
    this.#tokens.clear();
  }

  /** Starts pairing: the companion shows a six-digit code on its own console and page. */
  startPairing(): Promise<Infer<typeof pairingStartResponse>> {
    return this.#call('POST', '/v1/pairing', pairingStartResponse, {}, false);
  }

  /** Confirms with the code the user typed; keeps the token in the token store. */
  async confirmPairing(pairingId: string, code: string): Promise<void> {
    const { token } = await this.#call('POST', '/v1/pairing/confirm', pairingConfirmResponse, { pairingId, code }, false);
    this.#tokens.set(token);
  }

  status(): Promise<StatusResponse> {
    return this.#call('GET', '/v1/status', statusResponse);
  }

  keys(): Promise<KeysResponse> {
    return this.#call('GET', '/v1/keys', keysResponse);
  }

  openSession(request: SessionRequest): Promise<SessionState> {
    return this.#call('POST', '/v1/sessions', sessionState, request);
  }

  session(sessionId: string): Promise<SessionState> {
    return this.#call('GET', `/v1/sessions/${encodeURIComponent(sessionId)}`, sessionState);
  }

  closeSession(sessionId: string): Promise<SessionState> {
    return this.#call('POST', `/v1/sessions/${encodeURIComponent(sessionId)}/close`, sessionState, {});
  }

  async sign(request: SignRequest): Promise<Uint8Array> {
    return fromBase64((await this.#call('POST', '/v1/sign', signResponse, request)).signature);
  }

  /** Unwraps a content-encryption key (key transport) or derives the ECDH secret (key agreement) on the card. */
  async decryptKey(request: DecryptKeyRequest): Promise<Uint8Array> {
    return fromBase64((await this.#call('POST', '/v1/decrypt-key', decryptKeyResponse, request)).key);
  }

  /** The approved storage the policy names. */
  destinations(): Promise<Infer<typeof destinationsResponse>> {
    return this.#call('GET', '/v1/destinations', destinationsResponse);
  }

  /** Writes a decrypted message to an approved destination; the receipt names every file with its SHA-256. */
  store(request: StoreRequest): Promise<Infer<typeof storeReceipt>> {
    return this.#call('POST', '/v1/store', storeReceipt, request);
  }

  /** The files the folder store would write for a document library (PDF rendered there), returned, not written. */
  render(request: RenderRequest): Promise<RenderResponse> {
    return this.#call('POST', '/v1/render', renderResponse, request);
  }

  /** Hands a signed message to the companion, which verifies it itself and keeps valid signers' certificates. */
  harvestCertificates(message: Uint8Array, source?: string): Promise<CertificateHarvestResponse> {
    return this.#call('POST', '/v1/certificates/harvest', certificateHarvestResponse, { message: toBase64(message), ...(source === undefined ? {} : { source }) });
  }

  /** The companion's local store of recipients' certificates (imported and harvested). */
  certificates(): Promise<Infer<typeof certificatesResponse>> {
    return this.#call('GET', '/v1/certificates', certificatesResponse);
  }

  directoryLookup(email: string): Promise<Infer<typeof directoryLookupResponse>> {
    return this.#call('POST', '/v1/directory/lookup', directoryLookupResponse, { email });
  }

  validateCertificate(request: CertificateValidateRequest): Promise<CertificateValidateResponse> {
    return this.#call('POST', '/v1/certificates/validate', certificateValidateResponse, request);
  }

  /** The organisation's policy text, or undefined when the companion has none configured (404). */
  async policy(): Promise<PolicyResponse | undefined> {
    try {
      return await this.#call('GET', '/v1/policy', policyResponse);
    } catch (error) {
      if (error instanceof AddinError && error.code === 'COMPANION_REFUSED' && error.companionCode === 'NOT_FOUND') return undefined;
      throw error;
    }
  }

  async #call<T>(method: 'GET' | 'POST', path: string, schema: Schema<T>, body?: unknown, authorized = true): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (authorized) {
      const token = this.#tokens.get();
      if (token === undefined) throw new AddinError('COMPANION_NOT_PAIRED');
      headers['Authorization'] = `Bearer ${token}`;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    let response: Response;
    let json: unknown;
    try {
      response = await this.#fetch(`${this.baseUrl}${path}`, {
        method, headers, signal: controller.signal, credentials: 'omit', cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      json = await response.json().catch(() => undefined);
    } catch (error) {
      throw new AddinError('COMPANION_UNREACHABLE', undefined, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      let code = 'UNKNOWN';
      try {
        code = errorResponse.parse(json).code;
      } catch {
        // an error body off-protocol: keep the HTTP status only
      }
      if (code === 'NOT_PAIRED') {
        // The companion forgot us (state reset) or the token was revoked: pair again.
        if (authorized) this.#tokens.clear();
        throw new AddinError('COMPANION_NOT_PAIRED', `HTTP ${response.status}`, { companionCode: code });
      }
      throw new AddinError('COMPANION_REFUSED', `HTTP ${response.status} ${code}`, { companionCode: code });
    }
    try {
      return schema.parse(json, 'response');
    } catch (error) {
      throw new AddinError('COMPANION_BAD_RESPONSE', `${method} ${path}`, { cause: error });
    }
  }
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
