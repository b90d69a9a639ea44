// A fake Kuvert companion as a fetch function, for the read pane's unit tests: the card's private
// keys are core software keys (the real companion forwards the same KeyProvider calls to PKCS#11),
// the PIN page is "typed" when the dialog opens, and every request is recorded.
import { readFileSync } from 'node:fs';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import type { KeyProvider } from '../../../src/core/keys/key-provider.js';
import type { CertificateValidateResponse } from '../../../src/protocol/index.js';
import { CompanionClient } from '../../../src/addin/companion/companion-client.js';
import { memoryTokenStore } from '../../../src/addin/companion/token-store.js';
import type { DialogHost } from '../../../src/addin/companion/pin-dialog.js';
import type { TestPki } from '../../helpers/test-pki.js';

export const BASE = 'https://127.0.0.1:47111';
const PIN_OK = { protectedAuthenticationPath: false, loginRequired: true, countLow: false, finalTry: false, locked: false, toBeChanged: false };

export interface FakeCard {
  readonly id: string;
  readonly label: string;
}

export interface FakeCompanionOptions {
  /** Identities on the card, CKA_ID = index + 1 (hex). */
  readonly card: readonly string[];
  /** What the PIN page ends in. */
  readonly login?: 'ok' | 'locked' | 'final-try-then-closed';
  /** decrypt-key answers the session is gone (idle timeout). */
  readonly sessionGone?: boolean;
  readonly validate?: (certificateB64: string) => CertificateValidateResponse;
  readonly destinations?: { name: string; formats?: string[] }[];
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export interface FakeCompanion {
  readonly client: CompanionClient;
  readonly dialogs: DialogHost & { readonly opened: string[] };
  readonly calls: Recorded[];
  /** Session ids closed by the add-in. */
  readonly closed: string[];
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export async function fakeCompanion(pki: TestPki, options: FakeCompanionOptions): Promise<FakeCompanion> {
  const calls: Recorded[] = [];
  const closed: string[] = [];
  const providers = new Map<string, KeyProvider>();
  const keys = await Promise.all(options.card.map(async (label, i) => {
    const identity = pki.identity(label);
    const der = new Uint8Array(readFileSync(identity.certDer));
    const [provider] = await loadSoftwareKeys({ data: new Uint8Array(readFileSync(identity.keyPem)), certificates: [der] });
    const id = (i + 1).toString(16).padStart(2, '0');
    providers.set(id, provider!);
    return { token: '0:01', id, label, certificate: Buffer.from(der).toString('base64') };
  }));
  let pinTyped = false;
  let pin = { ...PIN_OK };
  let state: 'pin-needed' | 'ready' | 'closed' = 'pin-needed';
  let error: { code: string; message: string } | undefined;
  const session = () => ({ sessionId: 's1', state, pin, ...(state === 'pin-needed' ? { pinPageUrl: `${BASE}/pin/abc` } : {}), ...(error ? { error } : {}) });
  const fetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname, body });
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /v1/status') return json(200, { version: 'test', protocol: 1, tokens: [{ token: '0:01', label: 'Kort', serialNumber: '1', manufacturer: 'T', model: 'T', pin }] });
    if (route === 'GET /v1/keys') return json(200, { keys });
    if (route === 'POST /v1/sessions') {
      state = 'pin-needed';
      return json(200, session());
    }
    if (route === 'GET /v1/sessions/s1') {
      if (pinTyped && state === 'pin-needed') {
        if (options.login === 'locked') {
          state = 'closed';
          pin = { ...PIN_OK, locked: true };
          error = { code: 'PIN_LOCKED', message: 'locked' };
        } else if (options.login === 'final-try-then-closed') {
          pin = { ...PIN_OK, countLow: true, finalTry: true };
          state = 'closed';
          error = { code: 'CLOSED', message: 'closed' };
        } else state = 'ready';
      }
      return json(200, session());
    }
    if (route === 'POST /v1/sessions/s1/close') {
      closed.push('s1');
      state = 'closed';
      return json(200, session());
    }
    if (route === 'POST /v1/decrypt-key') {
      if (options.sessionGone || state !== 'ready') return json(403, { code: 'PIN_REQUIRED', message: 'the card session timed out' });
      const request = body as { kind: string; id: string; encryptedKey?: string; originatorPublicKey?: string; keyLength?: number; algorithm?: { name: string; hash?: string; mgfHash?: string } };
      const provider = providers.get(request.id);
      if (!provider) return json(404, { code: 'TOKEN_NOT_FOUND', message: 'no key' });
      const key = request.kind === 'key-transport'
        ? await provider.decryptKeyTransport(request.algorithm as never, Buffer.from(request.encryptedKey!, 'base64'))
        : await provider.deriveKeyAgreement(Buffer.from(request.originatorPublicKey!, 'base64'));
      return json(200, { key: Buffer.from(key).toString('base64') });
    }
    if (route === 'POST /v1/certificates/validate') {
      const certificate = (body as { certificate: string }).certificate;
      return json(200, options.validate ? options.validate(certificate) : { valid: false, code: 'UNTRUSTED_CHAIN', validNow: false, revocation: { status: 'not-checked' }, warnings: ['NO_TRUST_ANCHORS'], chain: [] });
    }
    if (route === 'POST /v1/certificates/harvest') return json(200, { fingerprints: ['a'.repeat(64)] });
    if (route === 'GET /v1/destinations') return json(200, { destinations: options.destinations ?? [] });
    if (route === 'POST /v1/store') {
      return json(200, { destination: (body as { destination: string }).destination, path: '/srv/arkiv/1', files: [{ name: 'message.eml', sha256: 'b'.repeat(64), bytes: 10 }] });
    }
    return json(404, { code: 'NOT_FOUND', message: route });
  };
  const opened: string[] = [];
  const dialogs = {
    opened,
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string; value: { close(): void; addEventHandler(): void } }) => void) => {
          opened.push(url);
          pinTyped = true;
          setTimeout(() => callback({ status: 'succeeded', value: { close: () => undefined, addEventHandler: () => undefined } }), 0);
        },
      },
    },
  };
  const client = new CompanionClient({ baseUrl: BASE, tokens: memoryTokenStore('paired-token'), fetch: fetchFn });
  return { client, dialogs, calls, closed };
}
