/**
 * The light certificate reader used on the signing path must agree with the pkijs-based
 * identifyCertificate on every field both produce, for RSA and EC, with and without a
 * subjectKeyIdentifier, v1 and v3, UTF8String and PrintableString names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCertificateDers, readCertificateFields } from '../../../../src/core/cms/certificate-fields.js';
import { identifyCertificate } from '../../../../src/core/cms/certificate-identity.js';
import { encodeAnnouncedCapabilities } from '../../../../src/core/cms/announced-capabilities.js';
import { encodeOaepParams } from '../../../../src/core/cms/rsaes-oaep-params.js';
import { derBytes } from '../../../../src/core/cms/asn1.js';
import { indexOfBytes } from '../../../../src/core/bytes.js';
import { makeTempDir, openssl } from './test-keys.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

function certificate(name: string, args: string[]): Uint8Array {
  const key = join(temp.dir, `${name}.key`);
  const pem = join(temp.dir, `${name}.pem`);
  openssl(['req', '-x509', ...args, '-nodes', '-keyout', key, '-out', pem, '-days', '2']);
  return readCertificateDers(new Uint8Array(readFileSync(pem)))[0]!;
}

const cases: [string, () => Uint8Array][] = [
  ['RSA v3 with SKI, UTF8 names', () => certificate('rsa', ['-newkey', 'rsa:2048', '-subj', '/C=SE/O=Region Skåne/CN=Åsa Öberg'])],
  ['EC P-384', () => certificate('ec', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-subj', '/O=Kuvert/CN=ec'])],
  ['RSA without subjectKeyIdentifier', () => certificate('noski', ['-newkey', 'rsa:2048', '-subj', '/CN=noski', '-addext', 'subjectKeyIdentifier=none'])],
  ['v1 certificate (no extensions), multi-valued RDN', () => {
    const key = join(temp.dir, 'v1.key');
    const csr = join(temp.dir, 'v1.csr');
    const pem = join(temp.dir, 'v1.pem');
    openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', csr, '-subj', '/C=SE/O=Kuvert+OU=Test/CN=v1', '-multivalue-rdn']);
    openssl(['x509', '-req', '-in', csr, '-signkey', key, '-out', pem, '-days', '2']);
    const der = readCertificateDers(new Uint8Array(readFileSync(pem)))[0]!;
    expect(openssl(['x509', '-in', pem, '-noout', '-text']).toString()).toContain('Version: 1');
    return der;
  }],
];

test.each(cases)('%s: the same fields as identifyCertificate', async (_name, make) => {
  const der = make();
  const light = await readCertificateFields(der, crypto);
  const full = await identifyCertificate(der, crypto);
  expect(Buffer.from(light.issuer)).toEqual(Buffer.from(full.issuer));
  expect(Buffer.from(light.serialNumber)).toEqual(Buffer.from(full.serialNumber));
  expect(Buffer.from(light.subjectKeyIdentifier)).toEqual(Buffer.from(full.subjectKeyIdentifier));
  expect(Buffer.from(light.subjectPublicKeyInfo)).toEqual(Buffer.from(full.subjectPublicKeyInfo));
  expect(light.publicKey).toEqual(full.publicKey);
  expect(light.issuerName).toBe(full.issuerName);
  expect(Buffer.from(light.subject)).toEqual(Buffer.from(derBytes(full.certificate.subject.toSchema())));
  expect(light.selfIssued).toBe(true);
});

test('malformed input is MALFORMED_CERTIFICATE', async () => {
  await expect(readCertificateFields(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01), crypto)).rejects.toMatchObject({ code: 'MALFORMED_CERTIFICATE' });
  expect(() => readCertificateDers(Uint8Array.of(0x30, 0x80))).toThrow(expect.objectContaining({ code: 'MALFORMED_CERTIFICATE' }) as Error);
  expect(() => readCertificateDers(new TextEncoder().encode('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'))).toThrow(expect.objectContaining({ code: 'MALFORMED_CERTIFICATE' }) as Error);
});

test('the announced OAEP parameters are the bytes encodeOaepParams writes', () => {
  const expected = derBytes(encodeOaepParams('SHA-256'));
  expect(indexOfBytes(encodeAnnouncedCapabilities(), expected)).toBeGreaterThan(0);
});
