/**
 * Named attack regressions for path validation: each builds the chain an attacker would present
 * and asserts it is refused with the specific code.
 * - basicConstraints bypass (CVE-2002-0862 class): an end-entity certificate used as an issuing CA
 * - name constraints evasion: a subordinate CA issuing outside its permitted/into its excluded subtree,
 *   via subject DN, SAN e-mail and the subject emailAddress attribute
 * - unknown critical extensions in CA and end-entity certificates
 * - a forged signature (same names, other key) and a path longer than pathLenConstraint
 */
import { validateCertificatePath } from '../../src/core/pki/index.js';
import type { PathValidationInput } from '../../src/core/pki/types.js';
import { CA_EXT, PkiFixture, sithsPersonExt, type Issued } from '../unit/core/pki/pki-fixture.js';

let pki: PkiFixture;
let root: Issued;
let ca: Issued;
const EE = sithsPersonExt('signature');

beforeAll(async () => {
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Root');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST CA', CA_EXT);
}, 60_000);
afterAll(() => pki.dispose());

function validate(certificate: Issued, intermediates: readonly Issued[], extra: Partial<PathValidationInput> = {}): ReturnType<typeof validateCertificatePath> {
  return validateCertificatePath({ certificate: certificate.der, intermediates: intermediates.map((c) => c.der), trustAnchors: [root.der], usage: 'signature', ...extra });
}

describe('basicConstraints bypass', () => {
  it('refuses a certificate issued by an end entity (cA false)', async () => {
    const leaf = await pki.issue('leaf', ca, '/C=SE/O=Kuvert Test/CN=Mallory', 'basicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature, keyCertSign');
    const forged = await pki.issue('forged', leaf, '/C=SE/O=Region Test/CN=Victim', EE);
    expect(await validate(forged, [ca, leaf])).toMatchObject({ valid: false, code: 'BASIC_CONSTRAINTS_VIOLATION' });
  });

  it('refuses a certificate issued by an end entity without basicConstraints', async () => {
    const leaf = await pki.issue('leaf-nobc', ca, '/C=SE/O=Kuvert Test/CN=Mallory2', 'keyUsage = critical, digitalSignature, keyCertSign');
    const forged = await pki.issue('forged-nobc', leaf, '/C=SE/O=Region Test/CN=Victim', EE);
    expect(await validate(forged, [ca, leaf])).toMatchObject({ valid: false, code: 'BASIC_CONSTRAINTS_VIOLATION' });
  });

  it('refuses a path longer than pathLenConstraint', async () => {
    const limited = await pki.issue('limited', root, '/C=SE/O=Kuvert Test/CN=Limited CA', `${CA_EXT.replace('CA:TRUE', 'CA:TRUE, pathlen:0')}`);
    const sub = await pki.issue('sub', limited, '/C=SE/O=Kuvert Test/CN=Sub CA', CA_EXT);
    const leaf = await pki.issue('deep', sub, '/C=SE/O=Region Test/CN=Deep', EE);
    expect(await validate(leaf, [limited, sub])).toMatchObject({ valid: false, code: 'BASIC_CONSTRAINTS_VIOLATION' });
  });

  it('refuses a CA whose key usage lacks keyCertSign', async () => {
    const noSign = await pki.issue('nosign', root, '/C=SE/O=Kuvert Test/CN=No keyCertSign CA', 'basicConstraints = critical, CA:TRUE\nkeyUsage = critical, cRLSign');
    const leaf = await pki.issue('nosign-leaf', noSign, '/C=SE/O=Region Test/CN=Leaf', EE);
    expect(await validate(leaf, [noSign])).toMatchObject({ valid: false, code: 'CERT_UNSUITABLE' });
  });
});

describe('name constraints evasion', () => {
  let constrained: Issued;
  beforeAll(async () => {
    constrained = await pki.issue('region-ca', root, '/C=SE/O=Region Test/CN=Region CA', `${CA_EXT}\nnameConstraints = critical, permitted;dirName:region_dn, permitted;email:.region.test, excluded;email:secret.region.test\n[region_dn]\nC = SE\nO = Region Test`);
  });

  it('accepts names inside the permitted subtrees', async () => {
    const ok = await pki.issue('nc-ok', constrained, '/C=SE/O=Region Test/CN=Anna', `${EE}\nsubjectAltName = email:anna@mail.region.test`);
    expect(await validate(ok, [constrained])).toMatchObject({ valid: true });
  });

  it('refuses a subject DN outside the permitted directoryName', async () => {
    const outside = await pki.issue('nc-dn', constrained, '/C=SE/O=Other Region/CN=Anna', EE);
    expect(await validate(outside, [constrained])).toMatchObject({ valid: false, code: 'NAME_CONSTRAINT_VIOLATION' });
  });

  it('refuses a SAN e-mail outside the permitted domain and one in the excluded host', async () => {
    const outside = await pki.issue('nc-mail', constrained, '/C=SE/O=Region Test/CN=Anna', `${EE}\nsubjectAltName = email:anna@evil.test`);
    expect(await validate(outside, [constrained])).toMatchObject({ valid: false, code: 'NAME_CONSTRAINT_VIOLATION' });
    const excluded = await pki.issue('nc-excl', constrained, '/C=SE/O=Region Test/CN=Anna', `${EE}\nsubjectAltName = email:anna@secret.region.test`);
    expect(await validate(excluded, [constrained])).toMatchObject({ valid: false, code: 'NAME_CONSTRAINT_VIOLATION' });
  });

  it('applies rfc822Name constraints to the emailAddress attribute in the subject', async () => {
    const hidden = await pki.issue('nc-dnmail', constrained, '/C=SE/O=Region Test/CN=Anna/emailAddress=anna@evil.test', EE);
    expect(await validate(hidden, [constrained])).toMatchObject({ valid: false, code: 'NAME_CONSTRAINT_VIOLATION' });
  });
});

describe('critical extensions and forged signatures', () => {
  it('refuses unknown critical extensions in a CA and in the end entity', async () => {
    const oddCa = await pki.issue('odd-ca', root, '/C=SE/O=Kuvert Test/CN=Odd CA', `${CA_EXT}\n1.2.3.4.5 = critical, ASN1:NULL`);
    const leaf = await pki.issue('odd-leaf', oddCa, '/C=SE/O=Region Test/CN=Leaf', EE);
    expect(await validate(leaf, [oddCa])).toMatchObject({ valid: false, code: 'UNKNOWN_CRITICAL_EXTENSION' });
    const oddLeaf = await pki.issue('odd-ee', ca, '/C=SE/O=Region Test/CN=Leaf', `${EE}\n1.2.3.4.6 = critical, ASN1:NULL`);
    expect(await validate(oddLeaf, [ca])).toMatchObject({ valid: false, code: 'UNKNOWN_CRITICAL_EXTENSION' });
  });

  it('refuses a certificate signed by another key under the same CA name', async () => {
    const impostor = await pki.root('impostor', '/C=SE/O=Kuvert Test/CN=TEST CA');
    const forged = await pki.issue('impostor-leaf', impostor, '/C=SE/O=Region Test/CN=Victim', EE);
    const result = await validate(forged, [ca]);
    expect(result).toMatchObject({ valid: false, code: 'CERT_SIGNATURE_INVALID' });
  });

  it('refuses a certificate whose signature bytes were changed', async () => {
    const leaf = await pki.issue('tamper', ca, '/C=SE/O=Region Test/CN=Leaf', EE);
    const der = new Uint8Array(leaf.der);
    der[der.length - 5]! ^= 0x01;
    const result = await validateCertificatePath({ certificate: der, intermediates: [ca.der], trustAnchors: [root.der], usage: 'signature' });
    expect(result).toMatchObject({ valid: false, code: 'CERT_SIGNATURE_INVALID' });
  });
});
