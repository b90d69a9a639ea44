// The read pane's pipeline below the UI, with real messages made by OpenSSL and by Kuvert (core):
// S/MIME detection in every nesting, card decryption through the companion's API (a fake
// companion whose "card" keys are software keys), the signer panel's verdicts, and the typed
// errors for a wrong card, a locked card and a closed session.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import { parseMessage } from '../../../src/core/mime/index.js';
import { encodedMessageBytes, encryptMessage, signAndEncryptMessage } from '../../../src/core/smime/index.js';
import { WrongCardError } from '../../../src/addin/companion/card-decryptor.js';
import { AddinError } from '../../../src/addin/errors.js';
import { cardDecryptFunction } from '../../../src/addin/read/card-decrypt.js';
import { messageKind, openMessage, surveyMessage } from '../../../src/addin/read/message-layers.js';
import { errorText, readText } from '../../../src/addin/read/read-text.js';
import { shouldHarvest, signerViews } from '../../../src/addin/read/signer-panel.js';
import { messageContentOf } from '../../../src/addin/read/content/index.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';
import { fakeCompanion } from './read-fake-companion.js';

let pki: TestPki;
const msg: Record<string, Uint8Array> = {};
const TEXT = 'Remissvar för patienten. Hälsningar, Alice';

const openssl = (args: string[]): void => {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
};
const file = (name: string): string => join(pki.dir, name);
const id = (label: string) => pki.identity(label);

beforeAll(async () => {
  pki = await createTestPki([
    { label: 'alice', spec: 'rsa2048' },
    { label: 'bob', spec: 'rsa2048' },
    { label: 'eve', spec: 'p256' },
  ]);
  writeFileSync(file('entity.txt'), `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  const hdr = ['-from', id('alice').email, '-to', id('bob').email, '-subject', 'Remissvar'];
  openssl(['smime', '-sign', '-in', file('entity.txt'), '-signer', id('alice').certPem, '-inkey', id('alice').keyPem, ...hdr, '-out', file('detached.eml')]);
  openssl(['smime', '-sign', '-nodetach', '-in', file('entity.txt'), '-signer', id('alice').certPem, '-inkey', id('alice').keyPem, ...hdr, '-out', file('opaque.eml')]);
  openssl(['smime', '-encrypt', '-aes256', '-in', file('entity.txt'), ...hdr, '-out', file('encrypted.eml'), id('bob').certPem]);
  // signed, then encrypted (the usual order) and encrypted, then signed (RFC 8551 §3.7 allows both)
  openssl(['smime', '-sign', '-in', file('entity.txt'), '-signer', id('alice').certPem, '-inkey', id('alice').keyPem, '-out', file('signed-inner.eml')]);
  openssl(['smime', '-encrypt', '-aes256', '-in', file('signed-inner.eml'), ...hdr, '-out', file('signed-encrypted.eml'), id('bob').certPem]);
  openssl(['smime', '-encrypt', '-aes256', '-in', file('entity.txt'), '-out', file('enc-inner.eml'), id('bob').certPem]);
  openssl(['smime', '-sign', '-in', file('enc-inner.eml'), '-signer', id('alice').certPem, '-inkey', id('alice').keyPem, ...hdr, '-out', file('encrypted-signed.eml')]);
  for (const name of ['detached', 'opaque', 'encrypted', 'signed-encrypted', 'encrypted-signed']) msg[name] = new Uint8Array(readFileSync(file(`${name}.eml`)));
  msg.plain = new TextEncoder().encode(`From: ${id('alice').email}\r\nSubject: hej\r\nContent-Type: text/plain\r\n\r\nhej\r\n`);
  // Kuvert-made: signed and encrypted with OAEP to Bob and ECDH to Eve, GCM
  const [aliceKey] = await loadSoftwareKeys({ data: new Uint8Array(readFileSync(id('alice').keyPem)), certificates: [new Uint8Array(readFileSync(id('alice').certDer))] });
  const plain = new TextEncoder().encode(`From: Alice <${id('alice').email}>\r\nTo: ${id('bob').email}\r\nSubject: Remissvar\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  msg.kuvert = encodedMessageBytes(await signAndEncryptMessage(plain, {
    sign: { signer: aliceKey! },
    encrypt: { cipher: 'aes256-gcm', keyTransport: 'oaep', recipients: [{ certificate: new Uint8Array(readFileSync(id('bob').certDer)) }, { certificate: new Uint8Array(readFileSync(id('eve').certDer)) }] },
  }));
}, 90_000);
afterAll(() => pki.dispose());

const serialOf = (label: string): string => execFileSync('openssl', ['x509', '-in', id(label).certPem, '-noout', '-serial']).toString().trim().replace(/^serial=/u, '');
const textOf = (content: Uint8Array): string => messageContentOf(parseMessage(content)).bodies.map((b) => (b.kind === 'text' ? b.text : b.html)).join('');
const trusted = { validate: () => ({ valid: true, validNow: true, revocation: { status: 'good' as const, source: 'ocsp' as const }, warnings: [], chain: ['CN=Alice', 'CN=Kuvert Test CA'] }) };

describe('detection', () => {
  test('names the outermost layer and every known layer', async () => {
    expect(messageKind(msg.plain!)).toBe('none');
    expect(messageKind(msg.detached!)).toBe('signed-detached');
    expect(messageKind(msg.opaque!)).toBe('signed-opaque');
    expect(messageKind(msg.encrypted!)).toBe('encrypted');
    expect((await surveyMessage(msg['encrypted-signed']!)).layers).toEqual(['signed-detached', 'encrypted']);
    const survey = await surveyMessage(msg['signed-encrypted']!);
    expect(survey).toMatchObject({ kind: 'encrypted', layers: ['encrypted'], needsDecryption: true });
    expect(survey.envelope?.recipients).toHaveLength(1);
    expect((await surveyMessage(msg.plain!)).needsDecryption).toBe(false);
  });
});

describe('signatures without encryption', () => {
  test.each(['detached', 'opaque'])('%s: content shown, signer named, trusted when the companion validated', async (name) => {
    const opened = await openMessage(msg[name]!, undefined);
    expect(textOf(opened.content)).toContain(TEXT);
    const { client } = await fakeCompanion(pki, { card: [], ...trusted });
    const [view] = await signerViews(opened.signatures, (r) => client.validateCertificate(r));
    expect(view).toMatchObject({ verdict: 'valid', name: expect.stringContaining('alice') as unknown, revocation: 'good' });
    expect(readText('sv').verdict(view!)).toMatch(/^Signerat av .*alice.* den /u);
    expect(readText('en').verdict(view!)).toMatch(/^Signed by .*alice.* at /u);
  });

  test('without the companion: signed, but the chain and revocation are reported as not checked', async () => {
    const opened = await openMessage(msg.detached!, undefined);
    const [view] = await signerViews(opened.signatures, undefined);
    expect(view).toMatchObject({ verdict: 'valid-unchecked', revocation: 'not-checked-no-companion' });
    expect(shouldHarvest([view!])).toBe(false);
    expect(readText('en').verdict(view!)).toContain('were not checked');
  });

  test('a changed message: "Signature invalid: the message was changed"', async () => {
    const changed = Buffer.from(msg.detached!).toString('utf8').replace('Hälsningar, Alice', 'Hälsningar, Mallory');
    expect(changed).toContain('Mallory');
    const opened = await openMessage(new Uint8Array(Buffer.from(changed, 'utf8')), undefined);
    const [view] = await signerViews(opened.signatures, () => Promise.reject(new Error('not called')));
    expect(view?.verdict).toBe('changed');
    expect(readText('en').verdict(view!)).toBe('Signature invalid: the message was changed.');
  });

  test('the companion finds no trusted issuer: "Unknown issuer"', async () => {
    const { client } = await fakeCompanion(pki, { card: [] });
    const opened = await openMessage(msg.opaque!, undefined);
    const [view] = await signerViews(opened.signatures, (r) => client.validateCertificate(r));
    expect(view).toMatchObject({ verdict: 'unknown-issuer', code: 'UNTRUSTED_CHAIN' });
    expect(readText('en').verdict(view!)).toMatch(/^Unknown issuer/u);
  });
});

describe('the companion\'s path verdicts', () => {
  const answer = (code: string, revocation: 'revoked' | 'unavailable') => () => ({ valid: false, code, validNow: false, revocation: { status: revocation, ...(revocation === 'revoked' ? { revokedAt: '2026-10-01T00:00:00.000Z' } : {}) }, warnings: [], chain: [] });
  test.each([
    ['CERT_REVOKED', 'revoked', 'revoked', "The signer's certificate is revoked."],
    ['CERT_EXPIRED', 'unavailable', 'expired', "The signer's certificate was not valid when the message was signed."],
    ['CERT_UNSUITABLE', 'unavailable', 'untrusted', 'The signature cannot be accepted (CERT_UNSUITABLE).'],
  ] as const)('%s → %s', async (code, revocation, verdict, sentence) => {
    const { client } = await fakeCompanion(pki, { card: [], validate: answer(code, revocation) });
    const opened = await openMessage(msg.detached!, undefined);
    const [view] = await signerViews(opened.signatures, (r) => client.validateCertificate(r));
    expect(view).toMatchObject({ verdict, code, revocation });
    expect(readText('en').verdict(view!)).toBe(sentence);
    expect(shouldHarvest([view!])).toBe(false);
  });

  test('a companion that fails is never read as trusted', async () => {
    const opened = await openMessage(msg.detached!, undefined);
    const [view] = await signerViews(opened.signatures, () => Promise.reject(new Error('down')));
    expect(view).toMatchObject({ verdict: 'valid-unchecked', revocation: 'not-checked-no-companion' });
  });
});

describe('decryption with the card', () => {
  test('OpenSSL signed-then-encrypted: PIN page opened, key unwrapped on the card, signature inside verified, session closed', async () => {
    const fake = await fakeCompanion(pki, { card: ['alice', 'bob'], ...trusted });
    const opened = await openMessage(msg['signed-encrypted']!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 }));
    expect(opened).toMatchObject({ decrypted: true, layers: ['encrypted', 'signed-detached'] });
    expect(textOf(opened.content)).toContain(TEXT);
    expect(fake.dialogs.opened).toEqual(['https://127.0.0.1:47111/pin/abc']);
    const unwrap = fake.calls.find((c) => c.path === '/v1/decrypt-key')?.body;
    // Bob's certificate is the card's second key (CKA_ID 02); PKCS#1 v1.5 and AES-256: 32 bytes back
    expect(unwrap).toMatchObject({ kind: 'key-transport', id: '02', keyLength: 32, algorithm: { name: 'RSAES-PKCS1-v1_5' } });
    expect(fake.calls.find((c) => c.path === '/v1/sessions')?.body).toEqual({ token: '0:01', purpose: 'decrypt' });
    expect(fake.closed).toEqual(['s1']);
    expect(readText('en').opened(opened.layers)).toBe('The message was encrypted and signed.');
    const views = await signerViews(opened.signatures, (r) => fake.client.validateCertificate(r));
    expect(views.map((v) => v.verdict)).toEqual(['valid']);
    expect(shouldHarvest(views)).toBe(true);
    // the readable message keeps the outer header fields and the inner signature
    expect(Buffer.from(opened.readable).toString('latin1')).toMatch(/Subject: Remissvar[\s\S]*multipart\/signed/u);
  });

  test('OpenSSL encrypted-then-signed: the outer signature and the content', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'] });
    const opened = await openMessage(msg['encrypted-signed']!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 }));
    expect(opened.layers).toEqual(['signed-detached', 'encrypted']);
    expect(opened.signatures).toHaveLength(1);
    expect(textOf(opened.content)).toContain(TEXT);
  });

  test('Kuvert-made, OAEP for Bob: key transport with OAEP parameters', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'] });
    const opened = await openMessage(msg.kuvert!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 }));
    expect(textOf(opened.content)).toContain(TEXT);
    expect(fake.calls.find((c) => c.path === '/v1/decrypt-key')?.body).toMatchObject({ algorithm: { name: 'RSA-OAEP', hash: 'SHA-256' } });
  });

  test('Kuvert-made, EC card: key agreement on the card', async () => {
    const fake = await fakeCompanion(pki, { card: ['eve'] });
    const opened = await openMessage(msg.kuvert!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 }));
    expect(textOf(opened.content)).toContain(TEXT);
    expect(fake.calls.find((c) => c.path === '/v1/decrypt-key')?.body).toMatchObject({ kind: 'key-agreement', id: '01' });
  });

  test('wrong card: no session, no PIN, and the message names the certificate it was encrypted for', async () => {
    const fake = await fakeCompanion(pki, { card: ['alice'] });
    const error = await openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongCardError);
    expect(fake.calls.some((c) => c.path === '/v1/sessions')).toBe(false);
    expect(fake.dialogs.opened).toEqual([]);
    const serial = serialOf('bob').replace(/^0+(?=..)/u, '').match(/../gu)!.join(':');
    const text = errorText(readText('en'), error);
    expect(text).toContain('Wrong card');
    expect(text).toContain(serial);
    expect(text).toContain('Kuvert Test CA');
  });

  test('recipients named by subject key identifier: matched on the card, or named by key id when the card is wrong', async () => {
    const plain = new TextEncoder().encode(`Subject: SKI\r\nContent-Type: text/plain\r\n\r\n${TEXT}\r\n`);
    const encrypted = encodedMessageBytes(await encryptMessage(plain, { recipients: [{ certificate: new Uint8Array(readFileSync(id('bob').certDer)), identifier: 'subjectKeyIdentifier' }] }));
    const right = await fakeCompanion(pki, { card: ['alice', 'bob'] });
    const opened = await openMessage(encrypted, cardDecryptFunction(right.client, right.dialogs, { pollMs: 1 }));
    expect(textOf(opened.content)).toContain(TEXT);
    expect(right.calls.find((c) => c.path === '/v1/decrypt-key')?.body).toMatchObject({ id: '02' });
    const wrong = await fakeCompanion(pki, { card: ['alice'] });
    const error = await openMessage(encrypted, cardDecryptFunction(wrong.client, wrong.dialogs)).catch((e: unknown) => e);
    const ski = execFileSync('openssl', ['x509', '-in', id('bob').certPem, '-noout', '-ext', 'subjectKeyIdentifier']).toString().split('\n')[1]!.trim();
    expect(errorText(readText('en'), error)).toContain(`the certificate with key id ${ski}`);
  });

  test('no card inserted', async () => {
    const fake = await fakeCompanion(pki, { card: [] });
    const error = await openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NO_DECRYPTION_CARD' });
  });

  test('locked card', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'], login: 'locked' });
    const error = await openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CARD_LOCKED' });
    expect(errorText(readText('sv'), error)).toContain('låst');
  });

  test('wrong PIN typed, one try left: said so', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'], login: 'final-try-then-closed' });
    const error = await openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CARD_LOGIN_FAILED', companionCode: 'PIN_FINAL_TRY' });
    expect(errorText(readText('en'), error)).toBe('Wrong PIN. One try is left before the card locks.');
  });

  test('session closed before the unwrap: CARD_SESSION_CLOSED, not a decryption failure', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'], sessionGone: true });
    const error = await openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs, { pollMs: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CARD_SESSION_CLOSED' });
    expect(fake.closed).toEqual(['s1']);
  });

  test('not paired and no companion', async () => {
    const fake = await fakeCompanion(pki, { card: ['bob'] });
    fake.client.forget();
    await expect(openMessage(msg.encrypted!, cardDecryptFunction(fake.client, fake.dialogs))).rejects.toMatchObject({ code: 'COMPANION_NOT_PAIRED' });
    await expect(openMessage(msg.encrypted!, cardDecryptFunction(undefined, fake.dialogs))).rejects.toBeInstanceOf(AddinError);
  });
});
