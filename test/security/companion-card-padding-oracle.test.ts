/**
 * Attack regression: Bleichenbacher's RSA PKCS#1 v1.5 padding oracle (CRYPTO '98) through the
 * card. Whatever the padding of a ciphertext, the card KeyProvider fails with one generic
 * DECRYPT_FAILED (the error of a wrong key) and the companion's decrypt-key operation answers
 * with key-length bytes every time, so neither core nor an HTTP caller can tell a padding error.
 */
import { constants, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { KuvertError } from '../../src/core/errors.js';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module, type CardKeyProvider, type TokenSession } from '../../src/companion/pkcs11/index.js';
import { unwrapContentKey } from '../../src/companion/unwrap-content-key.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';

jest.setTimeout(60_000);

const crypto = nodeCrypto();
const V15 = { name: 'RSAES-PKCS1-v1_5' } as const;
let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let session: TokenSession;
let key: CardKeyProvider;
let publicKey: ReturnType<typeof createPublicKey>;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'rsa', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken('Oracle');
  await hsm.importIdentity('Oracle', { id: '01', label: 'auth', keyPem: pki.identity('rsa').keyPem, certPem: pki.identity('rsa').certPem });
  card = Pkcs11Module.open(hsm.library);
  session = card.openSession(card.findToken('Oracle').slot);
  session.login(USER_PIN);
  [key] = session.keyProviders(crypto) as [CardKeyProvider];
  publicKey = createPublicKey(readFileSync(pki.identity('rsa').certPem));
});

afterAll(async () => {
  session?.close();
  card?.finalize();
  await hsm?.dispose();
  await pki?.dispose();
});

/** Encrypts a raw 256-byte block (no padding) with the public key: any "padding" we like. */
const rawBlock = (block: Buffer): Buffer => publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, block);

function block(prefix: number[], fill: (i: number) => number): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.set(prefix);
  for (let i = prefix.length; i < 256; i++) bytes[i] = fill(i);
  return bytes;
}

const badlyPadded = (): Record<string, Buffer> => ({
  'block type 01 instead of 02': rawBlock(block([0x00, 0x01], () => 0xff)),
  'no zero separator': rawBlock(block([0x00, 0x02], (i) => 1 + (i % 250))),
  'padding string shorter than 8 bytes': rawBlock(block([0x00, 0x02, 1, 2, 3, 0x00], (i) => i & 0x7f)),
  'first byte not zero': rawBlock(block([0x01, 0x02], (i) => 1 + (i % 200))),
});

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string; cause: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KuvertError) return { code: error.code, message: error.message, cause: error.cause };
    throw error;
  }
  throw new Error('expected a failure');
}

test('every bad padding fails on the card KeyProvider with the same generic DECRYPT_FAILED, no cause attached', async () => {
  const failures = await Promise.all(Object.values(badlyPadded()).map((ciphertext) => failureOf(key.decryptKeyTransport(V15, ciphertext))));
  for (const failure of failures) expect(failure).toEqual({ code: 'DECRYPT_FAILED', message: failures[0]!.message, cause: undefined });
  // A wrong key (a ciphertext for another key pair) is indistinguishable: it is just another bad padding.
  expect(await failureOf(key.decryptKeyTransport(V15, randomBytes(256)))).toEqual(failures[0]);
});

test('the decrypt-key operation answers every ciphertext with key-length bytes: the real key only for a good one', async () => {
  const cek = randomBytes(32);
  const good = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, cek);
  expect(Buffer.from(await unwrapContentKey(key, V15, good, 32, crypto))).toEqual(cek);
  const shortKey = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, randomBytes(5));
  for (const ciphertext of [...Object.values(badlyPadded()), shortKey]) {
    const first = await unwrapContentKey(key, V15, ciphertext, 32, crypto);
    const second = await unwrapContentKey(key, V15, ciphertext, 32, crypto);
    expect(first).toHaveLength(32);
    expect(Buffer.from(first)).not.toEqual(Buffer.from(second));
  }
});

test('the ciphertext length is checked before the card is used (it is public: the modulus length)', async () => {
  expect((await failureOf(key.decryptKeyTransport(V15, randomBytes(255)))).code).toBe('DECRYPT_FAILED');
  expect(await unwrapContentKey(key, V15, randomBytes(300), 16, crypto)).toHaveLength(16);
});
