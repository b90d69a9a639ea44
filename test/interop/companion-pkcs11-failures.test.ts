/**
 * Card failures on SoftHSM2: a locked PIN (SoftHSM2 has no retry counter, so a thin wrapper over
 * the real module plays the card's counter), and the card pulled mid-session (module finalised).
 */
import pkcs11js from 'pkcs11js';
import { KuvertError } from '../../src/core/errors.js';
import { decryptMessage } from '../../src/core/smime/index.js';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module, cardErrorOf, type Pkcs11Binding } from '../../src/companion/pkcs11/index.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { opensslEncrypt } from '../helpers/peers.js';

jest.setTimeout(60_000);

const TOKEN = 'Kuvert Card';
const crypto = nodeCrypto();
let pki: TestPki;
let hsm: SoftHsm;

beforeAll(async () => {
  pki = await createTestPki([{ label: 'rsa', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken(TOKEN);
  await hsm.importIdentity(TOKEN, { id: '01', label: 'auth', keyPem: pki.identity('rsa').keyPem, certPem: pki.identity('rsa').certPem });
});

afterAll(async () => {
  await hsm?.dispose();
  await pki?.dispose();
});

/** The real SoftHSM2 binding with a card's PIN counter: `tries` wrong PINs lock it. */
function cardWithCounter(tries: number, announceLock = true): { binding: Pkcs11Binding; logins: () => number } {
  const real = new pkcs11js.PKCS11();
  let left = tries;
  let logins = 0;
  const lockedFlags = (flags: number): number =>
    flags | (left === 0 && announceLock ? pkcs11js.CKF_USER_PIN_LOCKED : 0) | (left === 1 ? pkcs11js.CKF_USER_PIN_FINAL_TRY : 0);
  const binding = new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'C_GetTokenInfo') return (slot: Buffer) => ({ ...target.C_GetTokenInfo(slot), flags: lockedFlags(target.C_GetTokenInfo(slot).flags) });
      if (property === 'C_Login') {
        return (session: Buffer, user: number, pin?: string) => {
          logins += 1;
          if (left === 0) throw new pkcs11js.Pkcs11Error('CKR_PIN_LOCKED:164', pkcs11js.CKR_PIN_LOCKED, 'C_Login');
          try {
            target.C_Login(session, user, pin);
            left = tries;
          } catch (error) {
            left -= 1;
            throw error;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value.bind(target) as unknown) : value;
    },
  });
  return { binding, logins: () => logins };
}

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof KuvertError) return error.code;
    throw error;
  }
  return 'no error';
}

test('three wrong PINs: PIN_INCORRECT, final try announced, then PIN_LOCKED; a locked card gets no further login attempt', async () => {
  const { binding, logins } = cardWithCounter(3);
  const card = Pkcs11Module.open(hsm.library, binding);
  const session = card.openSession(card.findToken(TOKEN).slot);
  try {
    expect(await codeOf(() => session.login('111111'))).toBe('PIN_INCORRECT');
    expect(card.findToken(TOKEN).pin.finalTry).toBe(false);
    let error: unknown;
    try {
      session.login('222222');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'PIN_INCORRECT', message: 'the PIN is wrong; one more wrong PIN locks the card' });
    expect(card.findToken(TOKEN).pin.finalTry).toBe(true);
    expect(await codeOf(() => session.login('333333'))).toBe('PIN_LOCKED');
    expect(card.findToken(TOKEN).pin.locked).toBe(true);
    const before = logins();
    expect(await codeOf(() => session.login(USER_PIN))).toBe('PIN_LOCKED');
    expect(logins()).toBe(before);
  } finally {
    session.close();
  }
});

test('a card that does not announce its lock: C_Login answering CKR_PIN_LOCKED → PIN_LOCKED', async () => {
  const { binding } = cardWithCounter(0, false);
  const card = Pkcs11Module.open(hsm.library, binding);
  const session = card.openSession(card.findToken(TOKEN).slot);
  try {
    expect(await codeOf(() => session.login(USER_PIN))).toBe('PIN_LOCKED');
  } finally {
    session.close();
  }
});

test('the card removed mid-session (module finalised): decrypt, sign and listing say TOKEN_REMOVED', async () => {
  const card = Pkcs11Module.open(hsm.library);
  const session = card.openSession(card.findToken(TOKEN).slot);
  session.login(USER_PIN);
  const keys = session.keyProviders(crypto);
  const message = await opensslEncrypt(pki.dir, Buffer.from('Content-Type: text/plain\r\n\r\nx\r\n'), [{ identity: pki.identity('rsa') }], '-aes256', { From: 'a@kuvert.test', To: 'b@kuvert.test', Subject: 's' });
  card.finalize();
  let decryptError: unknown;
  try {
    await decryptMessage(message, keys, crypto);
  } catch (error) {
    decryptError = error;
  }
  expect(decryptError).toMatchObject({ code: 'KEY_OPERATION_FAILED' });
  expect(cardErrorOf(decryptError)).toMatchObject({ code: 'TOKEN_REMOVED' });
  expect(await codeOf(() => keys[0]!.sign({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, new Uint8Array(8)))).toBe('TOKEN_REMOVED');
  expect(await codeOf(() => card.tokens())).toBe('TOKEN_REMOVED');
});
