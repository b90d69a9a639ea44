/**
 * RFC 9216 "S/MIME Example Keys and Certificates" samples, via ../shared/vectors/rfc9216 beside the project
 * (CMS samples from github.com/davidi67/examples-cms, commit 2fbf230). Plaintext: "This is some sample content."
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCms, inspectEnvelope } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { readCertificates } from '../../../../src/core/pki/certificate-file.js';

// The project's shared/ folder lies beside the checkout (../shared from the project root).
const dir = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'vectors', 'rfc9216');
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(dir, path)));
const SAMPLE = 'This is some sample content.';
let bob: KeyProvider;

beforeAll(async () => {
  bob = (await loadSoftwareKeys({ data: read('certs-and-keys/lamps-bob.decrypt.p8.pem'), certificates: readCertificates(read('certs-and-keys/lamps-bob.encrypt.crt')) }))[0]!;
});

test('encryptedForBobRSAOaep decrypts with Bob\'s key', async () => {
  const result = await decryptCms(read('binary-files/encryptedForBobRSAOaep.p7m'), [bob]);
  expect(new TextDecoder().decode(result.content).trim()).toBe(SAMPLE);
  expect(result.recipient.keyAlgorithm).toMatch(/^RSA-OAEP/);
});

test('encryptedForBobAndDana: Bob\'s part decrypts; Dana\'s X25519 part is listed', async () => {
  const der = read('binary-files/encryptedForBobAndDana.p7m');
  expect(inspectEnvelope(der).recipients.map((r) => r.kind)).toEqual(['key-transport', 'other']);
  expect(new TextDecoder().decode((await decryptCms(der, [bob])).content).trim()).toBe(SAMPLE);
});

test('PEM-armoured sample file holds the same DER', () => {
  const pem = readFileSync(join(dir, 'pem-encoded/encryptedForBobRSAOaep.pem'), 'latin1');
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  expect(new Uint8Array(Buffer.from(body, 'base64'))).toEqual(read('binary-files/encryptedForBobRSAOaep.p7m'));
});

test('ChaCha20-Poly1305 AuthEnvelopedData is refused as UNSUPPORTED_ALGORITHM', async () => {
  await expect(decryptCms(read('binary-files/authEnvelopedForBobChaCha20Poly1305.p7m'), [bob])).rejects.toMatchObject({ code: 'UNSUPPORTED_ALGORITHM' });
});

test('KEK recipient sample: no usable recipient', async () => {
  await expect(decryptCms(read('binary-files/encryptedKekri.p7m'), [bob])).rejects.toMatchObject({ code: 'NO_MATCHING_RECIPIENT' });
});
