/**
 * OCSP response attacks (RFC 6960 §3.2, §4.2.2.2, RFC 8954): a network attacker replays a "good"
 * response for another certificate, replays a stale one, signs with a responder the CA never
 * authorised, or answers tryLater. None of them may yield "good"; in hard-fail the path is refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateCertificatePath } from '../../src/core/pki/index.js';
import type { FetchPort } from '../../src/core/pki/types.js';
import { runToolOk } from '../helpers/run-tool.js';
import { CA_EXT, PkiFixture, sithsPersonExt, type Issued } from '../unit/core/pki/pki-fixture.js';

let pki: PkiFixture;
let root: Issued;
let ca: Issued;
let alice: Issued;
let bob: Issued;
let foreignResponder: Issued;
let index: string;
let rootCrl: Uint8Array;
let counter = 0;

/** A FetchPort that answers OCSP requests with `openssl ocsp` run on the request (no network). */
function opensslResponder(signer: () => Issued, issuer: () => Issued, extra: string[] = []): FetchPort {
  return async (_url, init) => {
    counter += 1;
    const reqPath = path.join(pki.dir, `req-${counter}.der`);
    const respPath = path.join(pki.dir, `resp-${counter}.der`);
    await writeFile(reqPath, init?.body ?? new Uint8Array());
    await runToolOk('openssl', ['ocsp', '-reqin', reqPath, '-index', index, '-rsigner', signer().certPath, '-rkey', signer().keyPath, '-CA', issuer().certPath, '-respout', respPath, ...extra]);
    return { status: 200, body: new Uint8Array(await readFile(respPath)) };
  };
}

beforeAll(async () => {
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Root');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST CA', CA_EXT);
  const ocsp = 'authorityInfoAccess = OCSP;URI:http://ocsp.test/';
  alice = await pki.issue('alice', ca, '/C=SE/O=Region Test/CN=Alice', sithsPersonExt('signature', ocsp));
  bob = await pki.issue('bob', ca, '/C=SE/O=Region Test/CN=Bob', sithsPersonExt('signature', ocsp));
  const otherCa = await pki.root('other-ca', '/C=SE/O=Kuvert Test/CN=TEST CA');
  foreignResponder = await pki.issue('foreign', otherCa, '/C=SE/O=Kuvert Test/CN=TEST OCSP', 'basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature\nextendedKeyUsage = OCSPSigning');
  index = await pki.indexFile('idx', [alice], [{ cert: bob, reason: 'keyCompromise' }]);
  rootCrl = await pki.crl('root-crl', root, [], 48);
}, 60_000);
afterAll(() => pki.dispose());

function check(cert: Issued, fetch: FetchPort, now?: Date): ReturnType<typeof validateCertificatePath> {
  // The CA certificate itself has no revocation pointer: only the leaf's status is at stake here, so
  // give the root's (empty) CRL offline.
  return validateCertificatePath({ certificate: cert.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', revocation: { mode: 'hard-fail', fetch, crls: [rootCrl] }, ...(now ? { now, at: now } : {}) });
}

describe('OCSP responses an attacker could serve', () => {
  it('an honest responder says good for Alice and revoked for Bob', async () => {
    expect(await check(alice, opensslResponder(() => ca, () => ca, ['-nmin', '10']))).toMatchObject({ valid: true, revocation: { status: 'good', source: 'ocsp' } });
    expect(await check(bob, opensslResponder(() => ca, () => ca, ['-nmin', '10']))).toMatchObject({ valid: false, code: 'CERT_REVOKED' });
  });

  it('refuses Alice\'s "good" replayed as the answer about revoked Bob', async () => {
    const honest = opensslResponder(() => ca, () => ca, ['-nmin', '10']);
    let aliceAnswer: Uint8Array | undefined;
    await check(alice, async (url, init) => {
      const response = await honest(url, init);
      aliceAnswer = response.body;
      return response;
    });
    const replay: FetchPort = () => Promise.resolve({ status: 200, body: aliceAnswer! });
    expect(await check(bob, replay)).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('refuses a stale response (nextUpdate passed)', async () => {
    const later = new Date(Date.now() + 3600_000);
    expect(await check(alice, opensslResponder(() => ca, () => ca, ['-nmin', '1']), later)).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('refuses a response signed by a responder the issuing CA did not certify', async () => {
    expect(await check(alice, opensslResponder(() => foreignResponder, () => ca, ['-nmin', '10']))).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });

  it('refuses tryLater and garbage', async () => {
    const tryLater = new Uint8Array([0x30, 0x03, 0x0a, 0x01, 0x03]);
    expect(await check(alice, () => Promise.resolve({ status: 200, body: tryLater }))).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
    expect(await check(alice, () => Promise.resolve({ status: 200, body: new Uint8Array([1, 2, 3]) }))).toMatchObject({ valid: false, code: 'REVOCATION_UNAVAILABLE' });
  });
});
