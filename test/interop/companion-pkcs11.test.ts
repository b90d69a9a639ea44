/**
 * The card KeyProvider on SoftHSM2 tokens made here: decrypts OpenSSL- and Kuvert-made messages
 * (RSA PKCS#1 v1.5, RSA-OAEP, ECDH) through core, signs messages OpenSSL verifies, and reports
 * PIN and token failures with clear codes.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KuvertError } from '../../src/core/errors.js';
import { decryptMessage, encryptMessage, encodedMessageBytes, signMessage } from '../../src/core/smime/index.js';
import { readCertificates } from '../../src/core/pki/certificate-file.js';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module, type TokenSession } from '../../src/companion/pkcs11/index.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { opensslEncrypt, scratchFile } from '../helpers/peers.js';
import { runTool } from '../helpers/run-tool.js';

jest.setTimeout(120_000);

const TOKEN = 'Kuvert Card';
const crypto = nodeCrypto();
const entity = Buffer.from('Content-Type: text/plain; charset=utf-8\r\n\r\nHemligt: patientens journal.\r\n');
const headers = { From: 'a@kuvert.test', To: 'b@kuvert.test', Subject: 'Kort' };

let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let session: TokenSession;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'rsa', spec: 'rsa2048' }, { label: 'ec', spec: 'p256' }, { label: 'other', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken(TOKEN);
  await hsm.importIdentity(TOKEN, { id: '01', label: 'auth', keyPem: pki.identity('rsa').keyPem, certPem: pki.identity('rsa').certPem });
  await hsm.importIdentity(TOKEN, { id: '02', label: 'ec', keyPem: pki.identity('ec').keyPem, certPem: pki.identity('ec').certPem });
  card = Pkcs11Module.open(hsm.library);
  const token = card.findToken(TOKEN);
  session = card.openSession(token.slot);
  session.login(USER_PIN);
});

afterAll(async () => {
  session?.close();
  card?.finalize();
  await hsm?.dispose();
  await pki?.dispose();
});

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string): Promise<KuvertError> {
  let caught: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(KuvertError);
  expect((caught as KuvertError).code).toBe(code);
  return caught as KuvertError;
}

describe('enumeration', () => {
  test('lists the token with its label and PIN state, and pairs certificates with keys by CKA_ID', () => {
    const tokens = card.tokens();
    expect(tokens.map((t) => t.label)).toEqual([TOKEN]);
    expect(tokens[0]!.pin).toMatchObject({ locked: false, finalTry: false, protectedAuthenticationPath: false, loginRequired: true });
    expect(session.certificates().map((c) => c.id).sort()).toEqual(['01', '02']);
    const keys = session.keyProviders(crypto);
    expect(keys.map((k) => [k.label, k.keyKind]).sort()).toEqual([['auth (id 01)', { type: 'RSA' }], ['ec (id 02)', { type: 'EC', curve: 'P-256' }]]);
    expect(Buffer.from(keys.find((k) => k.keyKind.type === 'RSA')!.certificate!)).toEqual(Buffer.from(readCertificates(readFileSync(pki.identity('rsa').certPem))[0]!));
  });

  test('--key-id picks one key; an unknown id is TOKEN_NOT_FOUND, as is an unknown token label', async () => {
    expect(session.keyProviders(crypto, '02').map((k) => k.label)).toEqual(['ec (id 02)']);
    await expectCode(() => session.keyProviders(crypto, '7f'), 'TOKEN_NOT_FOUND');
    await expectCode(() => card.findToken('No Such Card'), 'TOKEN_NOT_FOUND');
  });
});

describe('decrypts OpenSSL-made messages on the card', () => {
  const cases = [
    ['RSA PKCS#1 v1.5, AES-256-CBC', 'rsa', {}, '-aes256'],
    ['RSA-OAEP SHA-1, AES-128-CBC', 'rsa', { oaepDigest: 'sha1' }, '-aes128'],
    ['RSA-OAEP SHA-1, AES-256-GCM', 'rsa', { oaepDigest: 'sha1' }, '-aes-256-gcm'],
    ['ECDH P-256 (KDF SHA-256)', 'ec', { ecdhKdfDigest: 'sha256' }, '-aes256'],
    ['ECDH P-256 (OpenSSL default KDF SHA-1)', 'ec', {}, '-aes128'],
  ] as const;
  test.each(cases)('%s', async (_name, label, options, cipher) => {
    const message = await opensslEncrypt(pki.dir, entity, [{ identity: pki.identity(label), ...options }], cipher, headers);
    const decrypted = await decryptMessage(message, session.keyProviders(crypto), crypto);
    expect(Buffer.from(decrypted.entity).toString('utf8')).toContain('patientens journal');
  });
});

describe('decrypts Kuvert-made messages on the card', () => {
  const cases = [
    ['RSA PKCS#1 v1.5', 'rsa', { keyTransport: 'pkcs1' }],
    ['RSA-OAEP SHA-1', 'rsa', { keyTransport: 'oaep', oaepHash: 'SHA-1' }],
    ['ECDH P-256, AES-256-GCM', 'ec', { cipher: 'aes256-gcm' }],
  ] as const;
  test.each(cases)('%s', async (_name, label, options) => {
    const certificate = readCertificates(readFileSync(pki.identity(label).certPem))[0]!;
    const plain = Buffer.concat([Buffer.from('From: a@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: Kort\r\n'), entity]);
    const encrypted = encodedMessageBytes(await encryptMessage(plain, { recipients: [{ certificate }], ...options }, crypto));
    const decrypted = await decryptMessage(encrypted, session.keyProviders(crypto), crypto);
    expect(Buffer.from(decrypted.entity).toString('utf8')).toContain('patientens journal');
  });

  test('OAEP with a hash the card refuses (SoftHSM 2.6 unwraps OAEP with SHA-1 only) → KEY_OPERATION_FAILED naming it', async () => {
    const message = await opensslEncrypt(pki.dir, entity, [{ identity: pki.identity('rsa'), oaepDigest: 'sha256' }], '-aes256', headers);
    const error = await expectCode(decryptMessage(message, session.keyProviders(crypto), crypto), 'KEY_OPERATION_FAILED');
    expect(error.message).toBe('the card refuses RSA-OAEP with SHA-256');
  });

  test('a message for someone else is NO_MATCHING_RECIPIENT', async () => {
    const message = await opensslEncrypt(pki.dir, entity, [{ identity: pki.identity('other') }], '-aes256', headers);
    await expectCode(decryptMessage(message, session.keyProviders(crypto), crypto), 'NO_MATCHING_RECIPIENT');
  });
});

describe('signs on the card; openssl cms -verify accepts', () => {
  const cases = [
    ['RSA PKCS#1 v1.5 SHA-256, detached', '01', { shape: 'detached' }],
    ['RSA-PSS SHA-256, opaque', '01', { shape: 'opaque', rsaPadding: 'pss' }],
    ['ECDSA P-256 SHA-384, detached', '02', { shape: 'detached', digest: 'SHA-384' }],
  ] as const;
  test.each(cases)('%s', async (_name, id, options) => {
    const [signer] = session.keyProviders(crypto, id);
    const plain = Buffer.concat([Buffer.from('From: a@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: Signerat\r\n'), entity]);
    const signed = encodedMessageBytes(await signMessage(plain, { signer: signer!, chain: [], ...options }, crypto));
    const file = scratchFile(pki.dir, '.eml');
    await writeFile(file, signed);
    const result = await runTool('openssl', ['cms', '-verify', '-in', file, '-CAfile', pki.caCertPem, '-purpose', 'any']);
    expect(result.stderr).toContain('Verification successful');
    expect(result.stdout.toString('utf8')).toContain('patientens journal');
  });
});

describe('PIN and token failures', () => {
  test('no PIN → PIN_REQUIRED; a wrong PIN → PIN_INCORRECT and the token then shows a low count', async () => {
    const other = card.openSession(card.findToken(TOKEN).slot);
    try {
      other.logout();
      await expectCode(() => other.login(undefined), 'PIN_REQUIRED');
      const wrong = await expectCode(() => other.login('000000'), 'PIN_INCORRECT');
      expect(wrong.message).not.toContain('000000');
      expect(card.findToken(TOKEN).pin.countLow).toBe(true);
      other.login(USER_PIN);
      expect(card.findToken(TOKEN).pin.countLow).toBe(false);
    } finally {
      other.close();
    }
  });

  test('a module that does not load → PKCS11_MODULE_FAILED', async () => {
    await expectCode(() => Pkcs11Module.open(path.join(pki.dir, 'no-such-card.so')), 'PKCS11_MODULE_FAILED');
  });
});
