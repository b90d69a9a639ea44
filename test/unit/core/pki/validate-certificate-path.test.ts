import { validateCertificatePath } from '../../../../src/core/pki/index.js';
import type { FetchPort } from '../../../../src/core/pki/types.js';
import { CA_EXT, PkiFixture, sithsPersonExt, TEST_POLICY, type Issued } from './pki-fixture.js';

let pki: PkiFixture;
let root: Issued;
let ca: Issued;
let signer: Issued;
let encryption: Issued;
let otherRoot: Issued;
const DAY = 86400_000;

beforeAll(async () => {
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Root');
  otherRoot = await pki.root('other', '/C=SE/O=Elsewhere/CN=Other Root');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST Person CA', `${CA_EXT}\nbasicConstraints = critical, CA:TRUE, pathlen:0\ncertificatePolicies = ${TEST_POLICY}`);
  signer = await pki.issue('signer', ca, '/C=SE/O=Region Test/serialNumber=SE2321000016-1003/CN=Test Testsson', sithsPersonExt('signature'), { days: 30 });
  encryption = await pki.issue('enc', ca, '/C=SE/O=Region Test/CN=Test Testsson', sithsPersonExt('encryption', 'extendedKeyUsage = emailProtection'), { days: 30 });
}, 60_000);

afterAll(() => pki.dispose());

describe('validateCertificatePath', () => {
  it('validates a SITHS-shaped chain and reports the chain, times and policies', async () => {
    const result = await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature' });
    expect(result).toMatchObject({ valid: true, validAtTime: true, validNow: true, revocation: { status: 'not-checked' }, policies: [TEST_POLICY] });
    expect(result.chain.map((c) => c.name)).toEqual(['Test Testsson', 'TEST Person CA', 'TEST Root']);
  });

  it('is UNTRUSTED_CHAIN without the intermediate or with another root', async () => {
    expect(await validateCertificatePath({ certificate: signer.der, trustAnchors: [root.der], usage: 'signature' })).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
    expect(await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [otherRoot.der], usage: 'signature' })).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
  });

  it('checks key usage against the purpose', async () => {
    expect(await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'encryption' })).toMatchObject({ valid: false, code: 'CERT_UNSUITABLE' });
    expect(await validateCertificatePath({ certificate: encryption.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'encryption' })).toMatchObject({ valid: true });
    expect(await validateCertificatePath({ certificate: encryption.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature' })).toMatchObject({ valid: false, code: 'CERT_UNSUITABLE' });
  });

  it('reports validity at the signing time and now separately', async () => {
    const now = new Date(Date.now() + 60 * DAY);
    const signedThen = await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', at: new Date(), now });
    expect(signedThen).toMatchObject({ valid: true, validAtTime: true, validNow: false });
    expect(signedThen.warnings).toContain('CERT_EXPIRED_NOW');
    expect(await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', at: now, now })).toMatchObject({ valid: false, code: 'CERT_EXPIRED', validAtTime: false });
    expect(await validateCertificatePath({ certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature', at: new Date(Date.now() - 2 * DAY) })).toMatchObject({ valid: false, code: 'CERT_NOT_YET_VALID' });
  });

  it('applies an initial policy set and requireExplicitPolicy', async () => {
    const input = { certificate: signer.der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature' as const };
    expect(await validateCertificatePath({ ...input, policy: { initialPolicies: [TEST_POLICY], requireExplicitPolicy: true } })).toMatchObject({ valid: true });
    expect(await validateCertificatePath({ ...input, policy: { initialPolicies: ['1.2.3.4'], requireExplicitPolicy: true } })).toMatchObject({ valid: false, code: 'POLICY_VIOLATION' });
  });

  it('fetches a missing intermediate from AIA caIssuers only when allowed', async () => {
    const aiaLeaf = await pki.issue('aia', ca, '/C=SE/O=Region Test/CN=AIA Leaf', sithsPersonExt('signature', 'authorityInfoAccess = caIssuers;URI:http://aia.test/ca.cer'), { days: 30 });
    const asked: string[] = [];
    const aiaFetch: FetchPort = (url) => {
      asked.push(url);
      return Promise.resolve({ status: 200, body: ca.der });
    };
    expect(await validateCertificatePath({ certificate: aiaLeaf.der, trustAnchors: [root.der], usage: 'signature' })).toMatchObject({ valid: false, code: 'UNTRUSTED_CHAIN' });
    expect(await validateCertificatePath({ certificate: aiaLeaf.der, trustAnchors: [root.der], usage: 'signature', aiaFetch })).toMatchObject({ valid: true });
    expect(asked).toEqual(['http://aia.test/ca.cer']);
  });

  it('tries another candidate path when the first one fails', async () => {
    const staleCa = await pki.issue('stale-ca', otherRoot, '/C=SE/O=Kuvert Test/CN=TEST Person CA', CA_EXT);
    const result = await validateCertificatePath({ certificate: signer.der, intermediates: [staleCa.der, ca.der], trustAnchors: [otherRoot.der, root.der], usage: 'signature' });
    expect(result).toMatchObject({ valid: true });
    expect(result.chain.at(-1)?.name).toBe('TEST Root');
  });

  it('rejects unknown options', async () => {
    await expect(validateCertificatePath({ certificate: signer.der, trustAnchors: [root.der], usage: 'signature', revocaton: {} } as never)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
  });
});
