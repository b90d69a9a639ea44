/**
 * Signature bypass regressions: a signature that is mathematically valid must still be refused when
 * its signed attributes do not bind it to this content, content type and certificate.
 * RFC 9216 samples (github.com/davidi67/examples-cms, commit 2fbf230; see ../shared/vectors/rfc9216/README.md).
 */
import { readFileSync } from 'node:fs';
import { concatBytes } from '../../src/core/bytes.js';
import { digestChunks } from '../../src/core/crypto-engine.js';
import { verifyCms } from '../../src/core/cms/index.js';
import { OID } from '../../src/core/cms/oids.js';
import { identifyCertificate } from '../../src/core/cms/certificate-identity.js';
import { encodeOctetString, encodeSignedAttributes, encodeSigningTime, oidDer, type AttributeInput } from '../../src/core/cms/signed-attributes.js';
import { encodeSigningCertificateV2 } from '../../src/core/cms/signing-certificate-v2.js';
import { digestAlgorithmDer, signatureAlgorithmDer } from '../../src/core/cms/signature-algorithms.js';
import { encodeSignerInfo } from '../../src/core/cms/signer-info.js';
import { writeSignedData } from '../../src/core/cms/signed-data-framing.js';
import { loadSoftwareKeys, type KeyProvider } from '../../src/core/keys/index.js';
import { readCertificates } from '../../src/core/pki/certificate-file.js';
import { makeIdentity, makeTempDir, type TestIdentity } from '../unit/core/cms/test-keys.js';

const content = new TextEncoder().encode('Content-Type: text/plain\r\n\r\nBetala 100 kr\r\n');
let tmp: ReturnType<typeof makeTempDir>;
let alice: TestIdentity;
let mallory: TestIdentity;
let aliceKey: KeyProvider;

beforeAll(async () => {
  tmp = makeTempDir();
  alice = makeIdentity(tmp.dir, 'alice', 'rsa:2048');
  mallory = makeIdentity(tmp.dir, 'mallory', 'rsa:2048');
  aliceKey = (await loadSoftwareKeys({ data: alice.keyPem, certificates: [alice.certDer] }))[0]!;
}, 60_000);
afterAll(() => tmp.cleanup());

/** A SignedData whose signed attributes the test chooses, honestly signed with Alice's key. */
async function craft(attributes: (digest: Uint8Array) => AttributeInput[] | Promise<AttributeInput[]>, options: { contentType?: string; certificates?: Uint8Array[]; detached?: boolean } = {}): Promise<Uint8Array> {
  const identity = await identifyCertificate(alice.certDer, crypto);
  const signedAttributes = encodeSignedAttributes(await attributes(await digestChunks('SHA-256', [content])));
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
  const signature = await aliceKey.sign(algorithm, signedAttributes);
  const signerInfo = encodeSignerInfo({ identity, digestAlgorithm: digestAlgorithmDer('SHA-256'), signedAttributes, signatureAlgorithm: signatureAlgorithmDer(algorithm), signature });
  return concatBytes(writeSignedData({
    version: 1, digestAlgorithms: [digestAlgorithmDer('SHA-256')], contentType: options.contentType ?? OID.data,
    ...(options.detached === false ? { content: [content] } : {}),
    certificates: options.certificates ?? [alice.certDer], signerInfos: [signerInfo],
  }));
}

const contentTypeAttr = (oid: string = OID.data): AttributeInput => ({ type: OID.contentTypeAttribute, values: [oidDer(oid)] });
const digestAttr = (digest: Uint8Array): AttributeInput => ({ type: OID.messageDigest, values: [encodeOctetString(digest)] });

async function firstSigner(der: Uint8Array, detached = true): Promise<{ valid: boolean; code?: string }> {
  return (await verifyCms(der, detached ? { detachedContent: [content] } : {})).signers[0]!;
}

test('control: honest attributes verify', async () => {
  expect(await firstSigner(await craft((d) => [contentTypeAttr(), digestAttr(d)]))).toMatchObject({ valid: true });
});

test('signed contentType differs from eContentType (signature over a different content type) → BAD_SIGNATURE', async () => {
  const der = await craft((d) => [contentTypeAttr(OID.envelopedData), digestAttr(d)]);
  expect(await firstSigner(der)).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
});

test('missing messageDigest attribute → BAD_SIGNATURE', async () => {
  expect(await firstSigner(await craft(() => [contentTypeAttr()]))).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
});

test('missing contentType attribute → BAD_SIGNATURE', async () => {
  expect(await firstSigner(await craft((d) => [digestAttr(d)]))).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
});

test('two messageDigest values → BAD_SIGNATURE', async () => {
  const der = await craft((d) => [contentTypeAttr(), { type: OID.messageDigest, values: [encodeOctetString(d), encodeOctetString(new Uint8Array(32))] }]);
  expect(await firstSigner(der)).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
});

test('signer certificate swapped for another one → SIGNER_CERT_MISSING, never valid', async () => {
  // Mallory's certificate cannot match Alice's SignerIdentifier; signingCertificateV2 covers same issuer+serial (next test).
  const der = await craft((d) => [contentTypeAttr(), digestAttr(d)], { certificates: [mallory.certDer] });
  expect(await firstSigner(der)).toMatchObject({ valid: false, code: 'SIGNER_CERT_MISSING' });
});

test('signingCertificateV2 naming another certificate → BAD_SIGNATURE', async () => {
  const other = await identifyCertificate(mallory.certDer, crypto);
  const der = await craft(async (d) => [contentTypeAttr(), digestAttr(d), { type: OID.signingCertificateV2, values: [await encodeSigningCertificateV2(other, 'SHA-256', crypto)] }]);
  expect(await firstSigner(der)).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
});

test('a signing time with junk is malformed, not ignored', async () => {
  const bad = { type: OID.signingTime, values: [Uint8Array.of(0x17, 0x03, 0x41, 0x42, 0x43)] };
  expect(await firstSigner(await craft((d) => [contentTypeAttr(), digestAttr(d), bad]))).toMatchObject({ valid: false, code: 'MALFORMED_CMS' });
  expect(await firstSigner(await craft((d) => [contentTypeAttr(), digestAttr(d), { type: OID.signingTime, values: [encodeSigningTime(new Date())] }]))).toMatchObject({ valid: true });
});

describe('RFC 9216 samples', () => {
  // shared/ lies beside the checkout (../shared from the project root).
  const dir = `${__dirname}/../../../shared/vectors/rfc9216`;
  test.each(['signedByAliceRSA', 'signedByAliceRSAPSS'])('%s verifies with Alice\'s certificate', async (name) => {
    const result = await verifyCms(new Uint8Array(readFileSync(`${dir}/binary-files/${name}.p7m`)));
    const alice9216 = readCertificates(new Uint8Array(readFileSync(`${dir}/certs-and-keys/lamps-alice.crt`)))[0]!;
    expect(new TextDecoder().decode(concatBytes(result.content!))).toContain('This is some sample content.');
    expect(result.signers).toHaveLength(1);
    expect(result.signers[0]).toMatchObject({ valid: true, certificate: alice9216 });
    expect(result.signers[0]!.signatureAlgorithm).toMatch(name.endsWith('PSS') ? /^rsa-pss-/ : /^rsa-pkcs1-/);
  });

  test('signedByCarlosEd25519 is reported as unsupported, not valid', async () => {
    const result = await verifyCms(new Uint8Array(readFileSync(`${dir}/binary-files/signedByCarlosEd25519.p7m`)));
    expect(result.signers[0]).toMatchObject({ valid: false, code: 'UNSUPPORTED_ALGORITHM' });
  });
});
