/**
 * Bleichenbacher (1998) / Marvin (2023) regression: a PKCS#1 v1.5 ciphertext with bad padding must
 * not be distinguishable from a well-padded one encrypted to another key. The software provider
 * returns a deterministic synthetic key (implicit rejection, draft-irtf-cfrg-rsa-guidance), and
 * decryptCms turns every key-transport failure into the same DECRYPT_FAILED at content decryption.
 */
import { decryptCms, encryptCms } from '../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../src/core/keys/index.js';
import { encryptPkcs1v15 } from '../../src/core/keys/rsa-pkcs1-v1_5.js';
import { i2osp, os2ip, rsaep } from '../../src/core/keys/rsa-math.js';
import { parseRsaPublicKey } from '../../src/core/keys/rsa-key.js';
import { parseCertificate } from '../../src/core/cms/certificate-identity.js';
import { valueBytes } from '../../src/core/cms/asn1.js';
import { concatChunks, makeIdentity, makeTempDir, type TestIdentity } from '../unit/core/cms/test-keys.js';

let tmp: ReturnType<typeof makeTempDir>;
let id: TestIdentity;
let key: KeyProvider;

beforeAll(async () => {
  tmp = makeTempDir();
  id = makeIdentity(tmp.dir, 'victim', 'rsa:2048');
  key = (await loadSoftwareKeys({ data: id.keyPem, certificates: [id.certDer] }))[0]!;
}, 60_000);
afterAll(() => tmp.cleanup());

function publicKey() {
  return parseRsaPublicKey(valueBytes(parseCertificate(id.certDer).subjectPublicKeyInfo.subjectPublicKey));
}

/** Raw RSA over a chosen encoded message: lets the test build any (bad) padding. */
function rawEncrypt(em: Uint8Array): Uint8Array {
  const pub = publicKey();
  return i2osp(rsaep(pub, os2ip(em)), pub.k);
}

function badPaddings(k: number): Record<string, Uint8Array> {
  const good = (): Uint8Array => { const em = new Uint8Array(k).fill(0x11); em[0] = 0; em[1] = 2; em[k - 33] = 0; return em; };
  const wrongType = good(); wrongType[1] = 1;
  const noSeparator = good(); noSeparator[k - 33] = 0x11;
  const shortPs = good(); shortPs[5] = 0;
  const wrongLength = good(); wrongLength[k - 33] = 0x11; wrongLength[k - 20] = 0;
  return { wrongType, noSeparator, shortPs, wrongLength };
}

test('bad padding returns a deterministic pseudo-random key, never an error', async () => {
  const k = publicKey().k;
  for (const [name, em] of Object.entries(badPaddings(k))) {
    const ciphertext = rawEncrypt(em);
    const first = await key.decryptKeyTransport({ name: 'RSAES-PKCS1-v1_5' }, ciphertext);
    const second = await key.decryptKeyTransport({ name: 'RSAES-PKCS1-v1_5' }, ciphertext);
    expect({ name, same: first }).toEqual({ name, same: second });
    expect(first.length).toBeLessThanOrEqual(k - 11);
  }
  const a = await key.decryptKeyTransport({ name: 'RSAES-PKCS1-v1_5' }, rawEncrypt(badPaddings(k).wrongType!));
  const b = await key.decryptKeyTransport({ name: 'RSAES-PKCS1-v1_5' }, rawEncrypt(badPaddings(k).noSeparator!));
  expect(a).not.toEqual(b);
});

test('a good padding still decrypts', async () => {
  const cek = crypto.getRandomValues(new Uint8Array(32));
  expect(await key.decryptKeyTransport({ name: 'RSAES-PKCS1-v1_5' }, encryptPkcs1v15(publicKey(), cek, crypto))).toEqual(cek);
});

test('at the CMS level bad padding and a wrong-but-valid key fail identically', async () => {
  const message = concatChunks((await encryptCms(new TextEncoder().encode('x'.repeat(100)), { cipher: 'aes256-gcm', recipients: [{ certificate: id.certDer }] })).chunks);
  const start = Buffer.from(message).indexOf(Buffer.from([0x04, 0x82, 0x01, 0x00])) + 4; // the 256-byte encryptedKey
  expect(start).toBeGreaterThan(4);
  const outcomes = new Set<string>();
  const variants: Uint8Array[] = [
    rawEncrypt(badPaddings(256).wrongType!),
    rawEncrypt(badPaddings(256).noSeparator!),
    encryptPkcs1v15(publicKey(), crypto.getRandomValues(new Uint8Array(32)), crypto), // valid padding, wrong CEK
    encryptPkcs1v15(publicKey(), crypto.getRandomValues(new Uint8Array(16)), crypto), // valid padding, wrong length
  ];
  for (const encryptedKey of variants) {
    const tampered = message.slice();
    tampered.set(encryptedKey, start);
    try {
      await decryptCms(tampered, [key]);
      outcomes.add('decrypted');
    } catch (error) {
      const e = error as { code?: string; message?: string };
      outcomes.add(`${e.code}:${e.message}`);
    }
  }
  // GCM so that a random key never passes by chance (CBC padding would, 1 in 256, for every case alike)
  expect([...outcomes]).toEqual(['INTEGRITY_CHECK_FAILED:AES-GCM authentication failed']);
});
