/**
 * Revocation against real servers on 127.0.0.1: `openssl ocsp` responders (CA-signed and delegated,
 * plus one signed by an unauthorised certificate) and a node HTTP server for CRLs. Matrix: good,
 * revoked, unknown, responder down, expired CRL, CRL server down, in soft-fail and hard-fail.
 */
import type { ChildProcess } from 'node:child_process';
import { nodeFetch } from '../../src/cli/node-fetch.js';
import { validateCertificatePath } from '../../src/core/pki/index.js';
import type { FetchPort, PathValidationInput } from '../../src/core/pki/types.js';
import { freePort } from '../helpers/free-port.js';
import { startCrlServer, startOcspResponder, type CrlServer } from '../helpers/revocation-servers.js';
import { CA_EXT, PkiFixture, sithsPersonExt, type Issued } from '../unit/core/pki/pki-fixture.js';

const HOUR = 3600_000;

let pki: PkiFixture;
let root: Issued;
let ca: Issued;
const certs: Record<string, Issued> = {};
const responders: ChildProcess[] = [];
let crlServer: CrlServer;
const ports = { crl: 0, ocsp: 0, delegated: 0, rogue: 0, down: 0 };

async function startResponder(port: number, index: string, signer: Issued): Promise<void> {
  responders.push(await startOcspResponder(port, index, signer, ca.certPath));
}

beforeAll(async () => {
  for (const key of Object.keys(ports) as (keyof typeof ports)[]) ports[key] = await freePort();
  const url = (port: number, path = ''): string => `http://127.0.0.1:${port}${path}`;
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Revocation Root');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST Revocation CA', `${CA_EXT}\ncrlDistributionPoints = URI:${url(ports.crl, '/root.crl')}`);
  const ee = (label: string, extra: string): Promise<Issued> => pki.issue(label, ca, `/C=SE/O=Region Test/CN=${label}`, sithsPersonExt('signature', extra)).then((c) => (certs[label] = c));
  await Promise.all([
    ee('ocsp-good', `authorityInfoAccess = OCSP;URI:${url(ports.ocsp)}`),
    ee('ocsp-revoked', `authorityInfoAccess = OCSP;URI:${url(ports.ocsp)}`),
    ee('ocsp-unknown', `authorityInfoAccess = OCSP;URI:${url(ports.ocsp)}`),
    ee('ocsp-delegated', `authorityInfoAccess = OCSP;URI:${url(ports.delegated)}`),
    ee('ocsp-rogue', `authorityInfoAccess = OCSP;URI:${url(ports.rogue)}`),
    ee('ocsp-down', `authorityInfoAccess = OCSP;URI:${url(ports.down)}`),
    ee('crl-good', `crlDistributionPoints = URI:${url(ports.crl, '/ca.crl')}`),
    ee('crl-revoked', `crlDistributionPoints = URI:${url(ports.crl, '/ca.crl')}`),
    ee('crl-expired', `crlDistributionPoints = URI:${url(ports.crl, '/ca-expired.crl')}`),
    ee('crl-down', `crlDistributionPoints = URI:${url(ports.down, '/ca.crl')}`),
    pki.issue('responder', ca, '/C=SE/O=Kuvert Test/CN=TEST OCSP responder', 'basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature\nextendedKeyUsage = OCSPSigning').then((c) => (certs.responder = c)),
    pki.issue('rogue', ca, '/C=SE/O=Kuvert Test/CN=TEST not a responder', 'basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature').then((c) => (certs.rogue = c)),
  ]);
  const c = (label: string): Issued => certs[label]!;
  const index = await pki.indexFile('ocsp', ['ocsp-good', 'ocsp-delegated', 'ocsp-rogue'].map(c), [{ cert: c('ocsp-revoked'), reason: 'keyCompromise', at: '250101120000Z' }]);
  crlServer = await startCrlServer(ports.crl);
  crlServer.files.set('/root.crl', await pki.crl('root-crl', root, []));
  crlServer.files.set('/ca.crl', await pki.crl('ca-crl', ca, [{ cert: c('crl-revoked'), reason: 'keyCompromise', at: '250202120000Z' }]));
  crlServer.files.set('/ca-expired.crl', await pki.crl('ca-expired-crl', ca, [], 1));
  await startResponder(ports.ocsp, index, ca);
  await startResponder(ports.delegated, index, c('responder'));
  await startResponder(ports.rogue, index, c('rogue'));
}, 120_000);

afterAll(async () => {
  for (const child of responders) child.kill();
  await crlServer?.close();
  await pki.dispose();
});

function check(label: string, mode: 'soft-fail' | 'hard-fail', extra: Partial<PathValidationInput> = {}, fetch: FetchPort = nodeFetch({ timeoutMs: 3000 })): ReturnType<typeof validateCertificatePath> {
  return validateCertificatePath({ certificate: certs[label]!.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', revocation: { mode, fetch }, ...extra });
}

describe('OCSP against openssl ocsp', () => {
  it('good: valid, answered by OCSP', async () => {
    expect(await check('ocsp-good', 'hard-fail')).toMatchObject({ valid: true, revocation: { status: 'good' }, warnings: [] });
  });

  it('revoked: CERT_REVOKED with the revocation time and reason', async () => {
    expect(await check('ocsp-revoked', 'soft-fail')).toMatchObject({ valid: false, code: 'CERT_REVOKED', revocation: { status: 'revoked', source: 'ocsp', revokedAt: '2025-01-01T12:00:00.000Z', reason: 'keyCompromise' } });
  });

  it('unknown: a warning in soft-fail, REVOCATION_UNAVAILABLE in hard-fail', async () => {
    expect(await check('ocsp-unknown', 'soft-fail')).toMatchObject({ valid: true, revocation: { status: 'unknown' }, warnings: ['REVOCATION_UNAVAILABLE'] });
    expect(await check('ocsp-unknown', 'hard-fail')).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('delegated responder with id-kp-OCSPSigning is accepted', async () => {
    expect(await check('ocsp-delegated', 'hard-fail')).toMatchObject({ valid: true, revocation: { status: 'good', source: 'ocsp' } });
  });

  it('a responder certificate without id-kp-OCSPSigning is not trusted', async () => {
    expect(await check('ocsp-rogue', 'hard-fail')).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('responder down: soft-fail warns, hard-fail refuses', async () => {
    expect(await check('ocsp-down', 'soft-fail')).toMatchObject({ valid: true, revocation: { status: 'unavailable' }, warnings: ['REVOCATION_UNAVAILABLE'] });
    expect(await check('ocsp-down', 'hard-fail')).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('a response whose nonce does not match is rejected', async () => {
    const real = nodeFetch();
    const tampering: FetchPort = async (url, init) => {
      if (init?.method !== 'POST' || !init.body) return real(url, init);
      const body = new Uint8Array(init.body);
      body[body.length - 1]! ^= 1; // the last octet is in the nonce: the responder echoes a different one
      return real(url, { ...init, body });
    };
    expect(await check('ocsp-good', 'hard-fail', {}, tampering)).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });
});

describe('CRLs from a local HTTP server', () => {
  it('good, then served from the cache until nextUpdate', async () => {
    expect(await check('crl-good', 'hard-fail')).toMatchObject({ valid: true, revocation: { status: 'good', source: 'crl' } });
    const hits = crlServer.hits.get('/ca.crl');
    expect(await check('crl-good', 'hard-fail')).toMatchObject({ valid: true });
    expect(crlServer.hits.get('/ca.crl')).toBe(hits);
  });

  it('revoked: CERT_REVOKED with the revocation time', async () => {
    expect(await check('crl-revoked', 'soft-fail')).toMatchObject({ valid: false, code: 'CERT_REVOKED', revocation: { status: 'revoked', source: 'crl', revokedAt: '2025-02-02T12:00:00.000Z', reason: 'keyCompromise' } });
  });

  it('expired CRL: unusable, so soft-fail warns and hard-fail refuses', async () => {
    const later = new Date(Date.now() + 2 * HOUR);
    expect(await check('crl-expired', 'soft-fail', { now: later, at: later })).toMatchObject({ valid: true, warnings: ['REVOCATION_UNAVAILABLE'] });
    const result = await check('crl-expired', 'hard-fail', { now: later, at: later });
    expect(result).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
    expect(result.message).toContain('out of date');
  });

  it('CRL server down: soft-fail warns, hard-fail refuses', async () => {
    expect(await check('crl-down', 'soft-fail')).toMatchObject({ valid: true, warnings: ['REVOCATION_UNAVAILABLE'] });
    expect(await check('crl-down', 'hard-fail')).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('offline CRLs answer without a fetch', async () => {
    const result = await validateCertificatePath({ certificate: certs['crl-revoked']!.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', revocation: { mode: 'hard-fail', crls: [crlServer.files.get('/root.crl')!, crlServer.files.get('/ca.crl')!] } });
    expect(result).toMatchObject({ valid: false, code: 'CERT_REVOKED' });
  });

  it('mode off checks nothing', async () => {
    expect(await check('crl-revoked', 'soft-fail', { revocation: { mode: 'off' } })).toMatchObject({ valid: true, revocation: { status: 'not-checked' } });
  });
});
