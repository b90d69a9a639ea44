import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCertificateProfile, readCertificates, selectEncryptionCertificate, selectSigningCertificate } from '../../../../src/core/pki/index.js';
import { PkiFixture, sithsPersonExt, TEST_POLICY, type Issued } from './pki-fixture.js';

const trustDir = path.resolve(__dirname, '../../../../../shared/trust');
const HSA_ID = 'SE2321000016-1003';
const PERSONNUMMER = '191212121212';

let pki: PkiFixture;
let root: Issued;
let ca: Issued;
let hsaSignature: Issued;
let pnrAuthentication: Issued;
let oldAuthEncryption: Issued;
let ecEncryption: Issued;
let newerAuthEncryption: Issued;

beforeAll(async () => {
  pki = await PkiFixture.create();
  root = await pki.root('root', '/C=SE/O=Kuvert Test/CN=TEST Kuvert e-id Root CA v2');
  ca = await pki.issue('ca', root, '/C=SE/O=Kuvert Test/CN=TEST Kuvert e-id Person HSA-id 3 CA v1', 'basicConstraints = critical, CA:TRUE, pathlen:0\nkeyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid');
  hsaSignature = await pki.issue('hsa-sign', ca, `/C=SE/L=Stockholm/O=Region Stockholm/organizationIdentifier=NTRSE-2321000016/serialNumber=${HSA_ID}/GN=Test/SN=Testsson/CN=Test Testsson`, sithsPersonExt('signature'));
  pnrAuthentication = await pki.issue('pnr-auth', ca, `/C=SE/O=Region Stockholm/serialNumber=${PERSONNUMMER}/CN=Tolvan Tolvansson`, sithsPersonExt('authentication', 'subjectAltName = email:tolvan@region.test'));
  oldAuthEncryption = await pki.issue('old-ae', ca, `/C=SE/O=Region Stockholm/serialNumber=${HSA_ID}/CN=Test Testsson`, sithsPersonExt('auth-and-encryption'), { days: 100 });
  newerAuthEncryption = await pki.issue('new-ae', ca, `/C=SE/O=Region Stockholm/serialNumber=${HSA_ID}/CN=Test Testsson`, sithsPersonExt('auth-and-encryption', 'extendedKeyUsage = clientAuth, emailProtection'), { days: 200 });
  ecEncryption = await pki.issue('ec-enc', ca, '/C=SE/O=Region Stockholm/CN=EC Test', 'basicConstraints = CA:FALSE\nkeyUsage = critical, keyAgreement\nextendedKeyUsage = clientAuth', { spec: 'p256' });
}, 60_000);

afterAll(() => pki.dispose());

describe('readCertificateProfile', () => {
  it('reads a SITHS signature certificate: HSA-id, organisation and number, policy, role', () => {
    const profile = readCertificateProfile(hsaSignature.der);
    expect(profile).toMatchObject({
      name: 'Test Testsson',
      hsaId: HSA_ID,
      personnummerPresent: false,
      organization: 'Region Stockholm',
      organizationNumber: '232100-0016',
      policies: [TEST_POLICY],
      role: 'signature',
      keyUsage: ['nonRepudiation'],
      keyAlgorithm: 'RSA 2048',
      serial: hsaSignature.serialHex,
    });
    expect(profile.issuer).toContain('TEST Kuvert e-id Person HSA-id 3 CA v1');
    expect(profile.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('masks a personnummer everywhere and never returns it in full', () => {
    const profile = readCertificateProfile(pnrAuthentication.der);
    expect(profile.personnummerPresent).toBe(true);
    expect(profile.personnummerMasked).toBe('19121212-****');
    expect(profile.hsaId).toBeUndefined();
    expect(profile.role).toBe('authentication');
    expect(profile.email).toBe('tolvan@region.test');
    expect(JSON.stringify(profile)).not.toContain(PERSONNUMMER);
    expect(JSON.stringify(profile)).not.toContain('1212121212');
  });

  it('masks a personnummer carried in the common name or e-mail too', async () => {
    const odd = await pki.issue('pnr-cn', ca, `/C=SE/O=Region Stockholm/CN=Tolvan ${PERSONNUMMER}/emailAddress=19121212-1212@region.test`, sithsPersonExt('authentication'));
    const profile = readCertificateProfile(odd.der);
    expect(profile.name).toBe('Tolvan 19121212-****');
    expect(profile.email).toBe('19121212-****@region.test');
    expect(JSON.stringify(profile)).not.toMatch(/1212121212|19121212-1212/);
  });

  it('tells the old "legitimering och kryptering" profile and EC encryption apart', () => {
    expect(readCertificateProfile(oldAuthEncryption.der).role).toBe('authentication-and-encryption');
    expect(readCertificateProfile(ecEncryption.der)).toMatchObject({ role: 'encryption', keyAlgorithm: 'EC P-256' });
    expect(readCertificateProfile(ca.der).role).toBe('ca');
  });

  it('computes the same SHA-256 fingerprint as OpenSSL', async () => {
    const { runToolOk } = await import('../../../helpers/run-tool.js');
    const out = (await runToolOk('openssl', ['x509', '-in', hsaSignature.certPath, '-noout', '-fingerprint', '-sha256'])).toString();
    expect(readCertificateProfile(hsaSignature.der).fingerprintSha256).toBe(out.split('=')[1]!.trim().replace(/:/g, '').toLowerCase());
  });

  it('reads the real SITHS e-id Root CA v2 and Function CA', async () => {
    const rootProfile = readCertificateProfile(readCertificates(await readFile(path.join(trustDir, 'sithseidrootcav2.cer')))[0]!);
    expect(rootProfile).toMatchObject({ name: 'SITHS e-id Root CA v2', organization: 'Inera AB', role: 'ca', keyAlgorithm: 'RSA 4096' });
    const functionCa = readCertificateProfile(readCertificates(await readFile(path.join(trustDir, 'sithseidfunctioncav1.cer')))[0]!);
    expect(functionCa).toMatchObject({ name: 'SITHS e-id Function CA v1', role: 'ca' });
    expect(functionCa.issuer).toContain('SITHS e-id Root CA v2');
  });

  it('rejects garbage as MALFORMED_CERTIFICATE', () => {
    expect(() => readCertificateProfile(new Uint8Array([0x30, 0x03, 1, 2, 3]))).toThrow(expect.objectContaining({ code: 'MALFORMED_CERTIFICATE' }) as Error);
  });
});

describe('certificate selection', () => {
  it('picks the newest encryption certificate and explains the others', () => {
    const all = [hsaSignature.der, pnrAuthentication.der, oldAuthEncryption.der, newerAuthEncryption.der, ca.der, new Uint8Array([1, 2, 3])];
    const selection = selectEncryptionCertificate(all);
    expect(selection.selected?.index).toBe(3);
    expect(selection.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'key-usage'],
      [1, 'key-usage'],
      [2, 'not-newest'],
      [4, 'ca'],
      [5, 'malformed'],
    ]);
  });

  it('skips an EC certificate whose EKU lacks emailProtection', () => {
    const selection = selectEncryptionCertificate([ecEncryption.der]);
    expect(selection.selected).toBeUndefined();
    expect(selection.skipped[0]?.reason).toBe('extended-key-usage');
  });

  it('prefers the nonRepudiation certificate for signing', () => {
    const selection = selectSigningCertificate([pnrAuthentication.der, hsaSignature.der, newerAuthEncryption.der]);
    expect(selection.selected?.profile.role).toBe('signature');
    expect(selection.skipped.every((s) => s.reason === 'not-newest')).toBe(true);
  });

  it('skips expired certificates and rejects unknown options', () => {
    const later = new Date(Date.now() + 150 * 86400_000);
    const selection = selectEncryptionCertificate([oldAuthEncryption.der, newerAuthEncryption.der], { now: later });
    expect(selection.selected?.index).toBe(1);
    expect(selection.skipped[0]?.reason).toBe('expired');
    expect(() => selectSigningCertificate([], { nwo: later } as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }) as Error);
  });
});
