/**
 * POST /v1/certificates/validate and /harvest over HTTPS against real revocation servers: an
 * `openssl ocsp` responder and a CRL HTTP server on 127.0.0.1 (good, revoked, responder down),
 * and signed messages the companion verifies itself before it keeps any certificate.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { nodeFetch } from '../../src/cli/node-fetch.js';
import { loadSoftwareKeys } from '../../src/core/keys/load-software-keys.js';
import { encodedMessageBytes, signMessage } from '../../src/core/smime/index.js';
import { CertificateStore } from '../../src/companion/certstore/certificate-store.js';
import { freePort } from '../helpers/free-port.js';
import { startCrlServer, startOcspResponder, type CrlServer } from '../helpers/revocation-servers.js';
import { CA_EXT, PkiFixture, sithsPersonExt, type Issued } from '../unit/core/pki/pki-fixture.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';
import path from 'node:path';

jest.setTimeout(120_000);

const crypto = nodeCrypto();
let pki: PkiFixture;
let root: Issued;
let ca: Issued;
let strangerRoot: Issued;
const certs: Record<string, Issued> = {};
let responder: ChildProcess;
let crlServer: CrlServer;
let companion: Companion;
const ports = { crl: 0, ocsp: 0, down: 0 };

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const url = (port: number, p = ''): string => `http://127.0.0.1:${port}${p}`;

beforeAll(async () => {
  for (const key of Object.keys(ports) as (keyof typeof ports)[]) ports[key] = await freePort();
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Companion Root');
  strangerRoot = await pki.root('stranger', '/C=SE/O=Elsewhere/CN=Stranger Root');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST Companion Person CA', `${CA_EXT}\ncrlDistributionPoints = URI:${url(ports.crl, '/root.crl')}`);
  const ocsp = `authorityInfoAccess = OCSP;URI:${url(ports.ocsp)}`;
  const person = (label: string, usage: 'signature' | 'encryption', extra: string, issuer = ca): Promise<Issued> =>
    pki.issue(label, issuer, `/C=SE/O=Region Test/CN=${label}`, sithsPersonExt(usage, `subjectAltName = email:${label}@region.test\n${extra}`)).then((c) => (certs[label] = c));
  await Promise.all([
    person('ocsp-good', 'signature', ocsp),
    person('ocsp-revoked', 'signature', ocsp),
    person('ocsp-down', 'signature', `authorityInfoAccess = OCSP;URI:${url(ports.down)}`),
    person('crl-good', 'encryption', `crlDistributionPoints = URI:${url(ports.crl, '/ca.crl')}`),
    person('crl-revoked', 'encryption', `crlDistributionPoints = URI:${url(ports.crl, '/ca.crl')}`),
    person('anna-sign', 'signature', ocsp),
    person('anna-enc', 'encryption', ocsp),
    person('outsider', 'signature', '', strangerRoot),
    person('aia-only', 'encryption', `authorityInfoAccess = caIssuers;URI:${url(ports.crl, '/ca.cer')}\ncrlDistributionPoints = URI:${url(ports.crl, '/ca.crl')}`),
  ]);
  const c = (label: string): Issued => certs[label]!;
  const index = await pki.indexFile('ocsp', ['ocsp-good', 'anna-sign', 'anna-enc'].map(c), [{ cert: c('ocsp-revoked'), reason: 'keyCompromise', at: '250101120000Z' }]);
  crlServer = await startCrlServer(ports.crl);
  crlServer.files.set('/root.crl', await pki.crl('root-crl', root, []));
  crlServer.files.set('/ca.cer', ca.der);
  crlServer.files.set('/ca.crl', await pki.crl('ca-crl', ca, [{ cert: c('crl-revoked'), reason: 'keyCompromise', at: '250202120000Z' }]));
  responder = await startOcspResponder(ports.ocsp, index, ca, ca.certPath);
  companion = await startCompanion([], [], { trustAnchors: [root.der], revocation: 'soft-fail', fetch: nodeFetch({ timeoutMs: 3000 }) });
});

afterAll(async () => {
  responder?.kill();
  await crlServer?.close();
  await companion?.dispose();
  await pki?.dispose();
});

async function validate(label: string, usage: 'signature' | 'encryption', intermediates = [ca.der]): Promise<Record<string, unknown>> {
  const reply = await companion.request('POST', '/v1/certificates/validate', { body: { certificate: b64(certs[label]!.der), intermediates: intermediates.map(b64), usage } });
  expect(reply.status).toBe(200);
  return reply.json();
}

describe('POST /v1/certificates/validate', () => {
  test('OCSP good: valid, chain subjects from end entity to the trust anchor, holder', async () => {
    const result = await validate('ocsp-good', 'signature');
    expect(result).toMatchObject({ valid: true, validNow: true, revocation: { status: 'good', source: 'ocsp' }, warnings: [], holder: { email: 'ocsp-good@region.test', role: 'signature' } });
    expect(result['chain']).toEqual([expect.stringContaining('CN=ocsp-good'), expect.stringContaining('CN=TEST Companion Person CA'), expect.stringContaining('CN=TEST Companion Root')]);
  });

  test('OCSP revoked: CERT_REVOKED with time and reason', async () => {
    expect(await validate('ocsp-revoked', 'signature')).toMatchObject({ valid: false, code: 'CERT_REVOKED', revocation: { status: 'revoked', source: 'ocsp', revokedAt: '2025-01-01T12:00:00.000Z', reason: 'keyCompromise' } });
  });

  test('responder down: soft-fail (the default) is valid with REVOCATION_UNAVAILABLE', async () => {
    expect(await validate('ocsp-down', 'signature')).toMatchObject({ valid: true, revocation: { status: 'unavailable' }, warnings: ['REVOCATION_UNAVAILABLE'] });
  });

  test('CRL from the HTTP server: good and revoked', async () => {
    expect(await validate('crl-good', 'encryption')).toMatchObject({ valid: true, revocation: { status: 'good', source: 'crl' } });
    expect(await validate('crl-revoked', 'encryption')).toMatchObject({ valid: false, code: 'CERT_REVOKED', revocation: { status: 'revoked', source: 'crl', reason: 'keyCompromise' } });
  });

  test('hard-fail by policy: responder down is REVOCATION_UNAVAILABLE', async () => {
    const strict = await startCompanion([], [], { trustAnchors: [root.der], revocation: 'hard-fail', fetch: nodeFetch({ timeoutMs: 3000 }) });
    try {
      const reply = await strict.request('POST', '/v1/certificates/validate', { body: { certificate: b64(certs['ocsp-down']!.der), intermediates: [b64(ca.der)], usage: 'signature' } });
      expect(reply.json()).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
    } finally {
      await strict.dispose();
    }
  });

  test('AIA: the missing issuer certificate is fetched from caIssuers', async () => {
    expect(await validate('aia-only', 'encryption', [])).toMatchObject({ valid: true, revocation: { status: 'good', source: 'crl' } });
    expect(crlServer.hits.get('/ca.cer')).toBeGreaterThan(0);
  });

  test('wrong usage, unknown root, no intermediates without AIA → a reason, not an error', async () => {
    expect(await validate('crl-good', 'signature')).toMatchObject({ valid: false, code: 'CERT_UNSUITABLE' });
    expect(await validate('outsider', 'signature', [])).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
    expect(await validate('ocsp-good', 'signature', [])).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
  });
});

async function signedBy(label: string, encryption?: string, body = 'Hej, svar gärna krypterat.'): Promise<Uint8Array> {
  const keyPem = await readFile(certs[label]!.keyPath);
  const [signer] = await loadSoftwareKeys({ data: new Uint8Array(keyPem), certificates: [certs[label]!.der] }, crypto);
  const message = new TextEncoder().encode(`From: ${label}@region.test\r\nTo: bo@region.test\r\nSubject: Test\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
  // RFC 8551 §2.5.3: the message SHOULD carry the certificate its encryption-key preference names.
  const chain = encryption ? [ca.der, certs[encryption]!.der] : [ca.der];
  const signed = await signMessage(message, { signer: signer!, chain, ...(encryption ? { encryptionCertificate: certs[encryption]!.der } : {}) }, crypto);
  return encodedMessageBytes(signed);
}

describe('POST /v1/certificates/harvest', () => {
  const harvest = async (message: Uint8Array, source?: string): Promise<Record<string, unknown>> => {
    const reply = await companion.request('POST', '/v1/certificates/harvest', { body: { message: b64(message), ...(source ? { source } : {}) } });
    expect(reply.status).toBe(200);
    return reply.json();
  };
  const stored = (): Promise<string[]> => new CertificateStore(path.join(companion.stateDir, 'certificates')).list().then((list) => list.map((entry) => entry.fingerprint));

  test('a valid signed message: the signer and its sMIMEEncryptionKeyPreference certificate are kept with capabilities and source', async () => {
    const result = await harvest(await signedBy('anna-sign', 'anna-enc'), 'Inkorgen: <m1@region.test>');
    expect(result['code']).toBeUndefined();
    const store = new CertificateStore(path.join(companion.stateDir, 'certificates'));
    const entries = await store.list();
    const sign = entries.find((e) => e.profile.subject.includes('CN=anna-sign'));
    const enc = entries.find((e) => e.profile.subject.includes('CN=anna-enc'));
    expect(sign).toBeDefined();
    expect(enc).toBeDefined();
    expect(result['fingerprints']).toEqual([sign?.fingerprint, enc?.fingerprint]);
    expect(sign?.source).toBe('harvested from Inkorgen: <m1@region.test>');
    expect(sign?.capabilities?.map((c) => c.algorithm)).toContain('2.16.840.1.101.3.4.1.46'); // AES-256-GCM
    expect(enc?.encryptionKeyOf).toBe(sign?.fingerprint);
    const listed = (await companion.request('GET', '/v1/certificates')).json()['certificates'] as { fingerprint: string; source: string }[];
    expect(listed.find((entry) => entry.fingerprint === enc?.fingerprint)?.source).toBe('harvested from Inkorgen: <m1@region.test>');
    for (const fingerprint of result['fingerprints'] as string[]) await store.remove(fingerprint);
  });

  test('tampered, untrusted, revoked or unsigned: nothing is stored and the code says why', async () => {
    const before = await stored();
    const signed = Buffer.from(await signedBy('ocsp-good'));
    expect(signed.includes('Hej, svar')).toBe(true);
    const tampered = Buffer.from(signed.toString('latin1').replace('Hej, svar', 'Nej, svar'), 'latin1');
    expect(await harvest(tampered)).toEqual({ fingerprints: [], code: 'BAD_SIGNATURE' });
    expect(await harvest(await signedBy('outsider'))).toEqual({ fingerprints: [], code: 'UNTRUSTED_CHAIN' });
    expect(await harvest(await signedBy('ocsp-revoked'))).toEqual({ fingerprints: [], code: 'CERT_REVOKED' });
    expect(await harvest(new TextEncoder().encode('Subject: hej\r\n\r\nosignerat\r\n'))).toEqual({ fingerprints: [], code: 'NOT_SIGNED' });
    expect(await stored()).toEqual(before);
  });
});
