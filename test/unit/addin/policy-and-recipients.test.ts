// The organisation policy's sources (companion, policy.json, bundled default; always checked by
// core/policy) and recipients' status from the companion (directory lookup, path validation with
// revocation), with a scripted companion. Real certificates from the test PKI.
import { readFileSync } from 'node:fs';
import { CompanionClient } from '../../../src/addin/companion/companion-client.js';
import { loadPolicy } from '../../../src/addin/companion/policy-source.js';
import { resolveRecipient } from '../../../src/addin/companion/recipient-lookup.js';
import { memoryTokenStore } from '../../../src/addin/companion/token-store.js';
import { policyFromRoaming, savePolicyForOnSend } from '../../../src/addin/office/policy-roaming.js';
import { CertificateBook } from '../../../src/addin/taskpane/certificate-status.js';
import { parseHostConfig } from '../../../src/addin/taskpane/host-config.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/index.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki([{ label: 'anna', spec: 'rsa2048' }]);
}, 60_000);
afterAll(() => pki.dispose());

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
type Route = (url: string, init?: RequestInit) => Response | undefined;

function companion(route: Route, paired = true): CompanionClient {
  const fetch = (url: string, init?: RequestInit): Promise<Response> => {
    const answer = route(url, init);
    return answer ? Promise.resolve(answer) : Promise.reject(new TypeError('Failed to fetch'));
  };
  return new CompanionClient({ tokens: memoryTokenStore(paired ? 'paired-token-0123456789' : undefined), fetch: fetch as unknown as typeof globalThis.fetch });
}

const organisation = { ...DEFAULT_POLICY, internalDomains: ['region.example'] };
const policyFile = (text: string | undefined) => ((_url: string) => Promise.resolve(text === undefined ? new Response('', { status: 404 }) : new Response(text, { status: 200 }))) as unknown as typeof globalThis.fetch;

describe('policy sources', () => {
  it('takes the companion\'s policy when it has one', async () => {
    const client = companion((url) => (url.endsWith('/v1/policy') ? json(200, { policy: JSON.stringify(organisation), source: '/etc/kuvert/policy.json' }) : undefined));
    const loaded = await loadPolicy({ companion: client, policyUrl: 'https://addin.example/policy.json', fetch: policyFile(undefined) });
    expect(loaded).toEqual({ policy: organisation, source: 'companion' });
  });

  it('an invalid companion policy is reported and the bundled default (fail closed) is used', async () => {
    const client = companion((url) => (url.endsWith('/v1/policy') ? json(200, { policy: JSON.stringify({ version: 1, rules: 'none' }), source: 'x' }) : undefined));
    const loaded = await loadPolicy({ companion: client, policyUrl: 'https://addin.example/policy.json', fetch: policyFile(JSON.stringify(organisation)) });
    expect(loaded.source).toBe('default');
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(loaded.problem).toMatch(/^companion/u);
  });

  it('falls back to policy.json next to the task pane when the companion has none or is not running', async () => {
    const none = companion((url) => (url.endsWith('/v1/policy') ? json(404, { code: 'NOT_FOUND', message: 'no policy' }) : undefined));
    expect(await loadPolicy({ companion: none, policyUrl: 'https://addin.example/policy.json', fetch: policyFile(JSON.stringify(organisation)) })).toEqual({ policy: organisation, source: 'file' });
    const down = companion(() => undefined);
    expect((await loadPolicy({ companion: down, policyUrl: 'https://addin.example/policy.json', fetch: policyFile(JSON.stringify(organisation)) })).source).toBe('file');
  });

  it('uses the bundled default without any source, and when policy.json is not valid JSON', async () => {
    expect(await loadPolicy({ policyUrl: 'https://addin.example/policy.json', fetch: policyFile(undefined) })).toEqual({ policy: DEFAULT_POLICY, source: 'default' });
    const broken = await loadPolicy({ policyUrl: 'https://addin.example/policy.json', fetch: policyFile('{ not json') });
    expect(broken.source).toBe('default');
    expect(broken.problem).toMatch(/^policy\.json/u);
  });
});

describe('recipient status through the companion', () => {
  const anna = (): { email: string; pem: string } => ({ email: pki.identity('anna').email, pem: readFileSync(pki.identity('anna').certDer).toString('base64') });
  const validation = (over: object) => ({ valid: true, validNow: true, revocation: { status: 'good', source: 'ocsp' }, warnings: [], chain: ['CN=Test anna', 'CN=Test CA'], ...over });

  it('finds a missing recipient in the directory, then validates it', async () => {
    const { email, pem } = anna();
    const client = companion((url) => {
      if (url.endsWith('/v1/directory/lookup')) return json(200, { selected: pem, certificates: [pem], unreachable: [] });
      if (url.endsWith('/v1/certificates/validate')) return json(200, validation({}));
      return undefined;
    });
    const book = new CertificateBook();
    const result = await resolveRecipient(email, book, client);
    expect(result).toMatchObject({ address: email, source: 'companion', checked: true });
    expect(['valid', 'expiring']).toContain(result.status);
    expect(book.lookup(email, new Date()).status).not.toBe('missing');
  });

  it('shows a revoked certificate as revoked, and an untrusted one as untrusted', async () => {
    const { email, pem } = anna();
    const book = new CertificateBook();
    book.add(Buffer.from(pem, 'base64'), 'file');
    const revoked = companion((url) => (url.endsWith('/validate') ? json(200, validation({ valid: false, code: 'CERTIFICATE_REVOKED', revocation: { status: 'revoked', source: 'crl', revokedAt: '2026-01-01T00:00:00Z' } })) : undefined));
    expect((await resolveRecipient(email, book, revoked)).status).toBe('revoked');
    const untrusted = companion((url) => (url.endsWith('/validate') ? json(200, validation({ valid: false, code: 'UNTRUSTED_CHAIN', revocation: { status: 'not-checked' } })) : undefined));
    expect(await resolveRecipient(email, book, untrusted)).toMatchObject({ status: 'untrusted', problem: 'UNTRUSTED_CHAIN' });
  });

  it('keeps the local status when the companion has no trust anchors, is unpaired, or lacks the endpoint', async () => {
    const { email, pem } = anna();
    const book = new CertificateBook();
    book.add(Buffer.from(pem, 'base64'), 'file');
    const local = book.lookup(email, new Date()).status;
    const noAnchors = companion((url) => (url.endsWith('/validate') ? json(200, validation({ valid: false, code: 'UNTRUSTED_CHAIN', warnings: ['NO_TRUST_ANCHORS'], revocation: { status: 'not-checked' } })) : undefined));
    expect((await resolveRecipient(email, book, noAnchors)).status).toBe(local);
    const old = companion((url) => (url.endsWith('/validate') ? json(404, { code: 'NOT_FOUND', message: 'no endpoint' }) : undefined));
    expect((await resolveRecipient(email, book, old)).status).toBe(local);
    const unpaired = companion(() => json(500, {}), false);
    expect((await resolveRecipient(email, book, unpaired)).status).toBe(local);
  });
});

describe('policy for the on-send handler (roaming settings)', () => {
  const settings = () => {
    const values = new Map<string, unknown>();
    const saved = jest.fn();
    return { values, saved, store: { get: (n: string) => values.get(n), set: (n: string, v: unknown) => void values.set(n, v), saveAsync: saved } };
  };

  it('stores a validated policy once, and reads it back', () => {
    const { store, saved } = settings();
    expect(savePolicyForOnSend(store, organisation, 'companion')).toBe('saved');
    expect(savePolicyForOnSend(store, organisation, 'companion')).toBe('unchanged');
    expect(saved).toHaveBeenCalledTimes(1);
    expect(policyFromRoaming(store, DEFAULT_POLICY)).toEqual(organisation);
  });

  it('keeps a policy too large for roaming settings out of them', () => {
    const { store, values } = settings();
    const huge = { ...organisation, internalDomains: Array.from({ length: 3000 }, (_, i) => `d${i}.region.example`) };
    expect(savePolicyForOnSend(store, huge, 'file')).toBe('too-large');
    expect(values.size).toBe(0);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ ...DEFAULT_POLICY, version: 2 })],
    ['an unknown failure action', JSON.stringify({ ...DEFAULT_POLICY, onClassificationFailure: 'ignore' })],
    ['a rule without an action', JSON.stringify({ ...DEFAULT_POLICY, rules: { personnummer: { minConfidence: 0.5 } } })],
    ['an exception without keywords', JSON.stringify({ ...DEFAULT_POLICY, exceptions: [{ id: 'x', ignore: [] }] })],
  ])('a damaged stored policy (%s) falls back to the default', (_name, text) => {
    const { store, values } = settings();
    values.set('kuvertPolicy', { text, source: 'x' });
    expect(policyFromRoaming(store, DEFAULT_POLICY)).toBe(DEFAULT_POLICY);
  });
});

describe('kuvert-host.json', () => {
  it('accepts a client id, a loopback companion and an Entra authority', () => {
    expect(parseHostConfig({ clientId: '11111111-2222-3333-4444-555555555555', companionUrl: 'https://127.0.0.1:47112', authority: 'https://login.microsoftonline.com/region.example' }))
      .toEqual({ clientId: '11111111-2222-3333-4444-555555555555', companionUrl: 'https://127.0.0.1:47112', authority: 'https://login.microsoftonline.com/region.example' });
    expect(parseHostConfig({ companionUrl: false })).toEqual({ companionUrl: false });
  });

  it.each([
    ['a companion off the loopback interface', { companionUrl: 'https://companion.example:47111' }],
    ['a plain-HTTP companion', { companionUrl: 'http://127.0.0.1:47111' }],
    ['a client id that is not a GUID', { clientId: 'kuvert' }],
    ['another authority host', { authority: 'https://login.example/common' }],
    ['an unknown field (a typo)', { clientID: '11111111-2222-3333-4444-555555555555' }],
  ])('refuses %s', (_name, value) => {
    expect(parseHostConfig(value)).toBeUndefined();
  });
});
