/**
 * The read pane's card path against a real companion and a SoftHSM2 token: the add-in's typed
 * client (schema-checked), the recipient match against GET /v1/keys, a decrypt session whose PIN
 * is typed in the companion's own page (opened through the dialog host), POST /v1/decrypt-key on
 * the token, core decrypting an OpenSSL signed-then-encrypted message, the signer checked by the
 * companion (no trust anchors configured: "Unknown issuer"), then POST /v1/store with the
 * decrypted message and the receipt's hashes checked against the files on disk.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodedMessageBytes, encryptMessage } from '../../src/core/smime/index.js';
import { CompanionClient } from '../../src/addin/companion/companion-client.js';
import { WrongCardError } from '../../src/addin/companion/card-decryptor.js';
import type { DialogHost } from '../../src/addin/companion/pin-dialog.js';
import { memoryTokenStore } from '../../src/addin/companion/token-store.js';
import { cardDecryptFunction } from '../../src/addin/read/card-decrypt.js';
import { openMessage } from '../../src/addin/read/message-layers.js';
import { errorText, readText } from '../../src/addin/read/read-text.js';
import { signerViews } from '../../src/addin/read/signer-panel.js';
import { listDestinations, storeMessage } from '../../src/addin/read/store-message.js';
import { PROVISIONED_TOKEN, startCompanion, type Companion } from '../unit/companion/companion-fixture.js';
import { USER_PIN } from '../helpers/softhsm.js';

jest.setTimeout(120_000);

const TEXT = 'Provsvar: inga fynd. Hälsningar, Alice';
let companion: Companion;
let share: string;
let message: Uint8Array;

beforeAll(async () => {
  share = await mkdtemp(path.join(os.tmpdir(), 'kuvert-read-store-'));
  companion = await startCompanion(
    [{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'rsa2048' }, { label: 'carl', spec: 'rsa2048' }, { label: 'eve', spec: 'p256' }],
    [{ label: 'Bobs kort', keys: [{ id: '02', identity: 'bob' }] }, { label: 'Eves kort', keys: [{ id: '0e', identity: 'eve' }] }],
    { destinations: [{ name: 'Diariet', path: share }] },
  );
  const pki = companion.pki;
  const dir = pki.dir;
  await writeFile(path.join(dir, 'entity.txt'), `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  const alice = pki.identity('alice');
  execFileSync('openssl', ['smime', '-sign', '-in', path.join(dir, 'entity.txt'), '-signer', alice.certPem, '-inkey', alice.keyPem, '-out', path.join(dir, 'signed.eml')]);
  execFileSync('openssl', ['smime', '-encrypt', '-aes256', '-in', path.join(dir, 'signed.eml'), '-from', alice.email, '-to', pki.identity('bob').email, '-subject', 'Provsvar', '-out', path.join(dir, 'msg.eml'), pki.identity('bob').certPem]);
  message = new Uint8Array(await readFile(path.join(dir, 'msg.eml')));
});

afterAll(async () => {
  await companion?.dispose();
  await rm(share, { recursive: true, force: true });
});

/** The add-in's fetch, over the fixture's HTTPS request (origin = the add-in, the CA trusted). */
function companionFetch(): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const auth = new Headers(init?.headers).get('Authorization');
    const reply = await companion.request(init?.method ?? 'GET', url.pathname, {
      token: auth === null ? null : auth.replace(/^Bearer /u, ''),
      ...(typeof init?.body === 'string' ? { rawBody: init.body, headers: { 'content-type': 'application/json' } } : {}),
    });
    return new Response(reply.text, { status: reply.status });
  };
}

/** Office's dialog API: opening the companion's PIN page, where the user types `pins` in order. */
function dialogHost(pins: string[]): DialogHost & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    context: {
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          opened.push(url);
          void (async () => {
            for (const pin of pins) await companion.typePin(url.replace(/^https:\/\/[^/]+/u, companion.own), pin);
          })();
          callback({ status: 'succeeded', value: { close: () => undefined, addEventHandler: () => undefined } });
        },
      },
    },
  };
}

const client = (): CompanionClient => new CompanionClient({ baseUrl: companion.own, tokens: memoryTokenStore(PROVISIONED_TOKEN), fetch: companionFetch() });

test('decrypts on the token after the PIN (a wrong PIN first), verifies the signer through the companion, stores with a matching receipt', async () => {
  const c = client();
  const dialogs = dialogHost(['000000', USER_PIN]);
  const opened = await openMessage(message, cardDecryptFunction(c, dialogs, { pollMs: 50 }));
  expect(opened.decrypted).toBe(true);
  expect(Buffer.from(opened.content).toString('utf8')).toContain(TEXT);
  expect(dialogs.opened).toHaveLength(1);
  expect(new URL(dialogs.opened[0]!).origin).toBe(companion.own);

  const views = await signerViews(opened.signatures, (r) => c.validateCertificate(r));
  expect(views).toHaveLength(1);
  expect(views[0]).toMatchObject({ verdict: 'unknown-issuer', email: companion.pki.identity('alice').email });
  expect(readText('en').verdict(views[0]!)).toMatch(/^Unknown issuer/u);

  const [destination] = await listDestinations(c);
  expect(destination?.name).toBe('Diariet');
  const receipt = await storeMessage(c, { destination: destination!, message: opened.readable, messageId: '<provsvar@kuvert.test>', user: 'bob@kuvert.test', formats: ['eml'] });
  const eml = receipt.files.find((f) => f.name.endsWith('.eml'));
  expect(eml).toBeDefined();
  const onDisk = await readFile(path.join(receipt.path, eml!.name));
  expect(createHash('sha256').update(onDisk).digest('hex')).toBe(eml!.sha256);
  expect(onDisk.equals(Buffer.from(opened.readable))).toBe(true);
  expect(onDisk.toString('utf8')).toContain(TEXT);
});

test('the session is closed after decrypting: the same session cannot unwrap again, and the PIN is in no log', async () => {
  const c = client();
  const closed: string[] = [];
  const close = c.closeSession.bind(c);
  c.closeSession = (sessionId) => {
    closed.push(sessionId);
    return close(sessionId);
  };
  await openMessage(message, cardDecryptFunction(c, dialogHost([USER_PIN]), { pollMs: 50 }));
  expect(closed).toHaveLength(1);
  const again = await companion.request('POST', '/v1/decrypt-key', { body: { kind: 'key-transport', sessionId: closed[0], id: '02', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: Buffer.alloc(256, 1).toString('base64'), keyLength: 32 } });
  expect(again.status).toBeGreaterThanOrEqual(400);
  expect(companion.log.join('\n')).not.toContain(USER_PIN);
});

test('Kuvert-made for an EC card (ECDH on the token, AES-GCM) and for RSA-OAEP: the right token is chosen and the key derived or unwrapped there', async () => {
  const plain = new TextEncoder().encode(`From: ${companion.pki.identity('alice').email}\r\nSubject: EC\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${TEXT}\r\n`);
  const der = async (label: string) => new Uint8Array(await readFile(companion.pki.identity(label).certDer));
  for (const [label, options] of [['eve', { cipher: 'aes128-gcm' }], ['bob', { keyTransport: 'oaep', oaepHash: 'SHA-1' }]] as const) {
    const encrypted = encodedMessageBytes(await encryptMessage(plain, { ...options, recipients: [{ certificate: await der(label) }] }));
    const c = client();
    const requests: string[] = [];
    const decryptKey = c.decryptKey.bind(c);
    c.decryptKey = (request) => {
      requests.push(request.kind === 'key-agreement' ? `key-agreement ${request.id}` : `key-transport ${request.id} ${request.algorithm.name}`);
      return decryptKey(request);
    };
    const opened = await openMessage(encrypted, cardDecryptFunction(c, dialogHost([USER_PIN]), { pollMs: 50 }));
    expect(Buffer.from(opened.content).toString('utf8')).toContain(TEXT);
    expect(requests).toEqual([label === 'eve' ? 'key-agreement 0e' : 'key-transport 02 RSA-OAEP']);
  }
});

test('OAEP with SHA-256, which SoftHSM 2.6 refuses: the pane says the card cannot do it, not that the message is damaged', async () => {
  const plain = new TextEncoder().encode(`Subject: OAEP\r\nContent-Type: text/plain\r\n\r\nhej\r\n`);
  const encrypted = encodedMessageBytes(await encryptMessage(plain, { keyTransport: 'oaep', oaepHash: 'SHA-256', recipients: [{ certificate: new Uint8Array(await readFile(companion.pki.identity('bob').certDer)) }] }));
  const error = await openMessage(encrypted, cardDecryptFunction(client(), dialogHost([USER_PIN]), { pollMs: 50 })).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'COMPANION_REFUSED', companionCode: 'KEY_OPERATION_FAILED' });
  expect(errorText(readText('en'), error)).toBe('Your card cannot decrypt this message: it does not support the key algorithm the sender used.');
});

test('wrong card: the token holds another certificate; no session is opened and the message says which certificate it needs', async () => {
  const other = await startCompanion([{ label: 'bob', spec: 'rsa2048' }, { label: 'carl', spec: 'rsa2048' }], [{ label: 'Carls kort', keys: [{ id: '01', identity: 'carl' }] }]);
  try {
    const bobOfThisPki = other.pki.identity('bob');
    const dir = other.pki.dir;
    await writeFile(path.join(dir, 'e.txt'), 'Content-Type: text/plain\r\n\r\nhej\r\n');
    execFileSync('openssl', ['smime', '-encrypt', '-aes256', '-in', path.join(dir, 'e.txt'), '-out', path.join(dir, 'e.eml'), bobOfThisPki.certPem]);
    const encrypted = new Uint8Array(await readFile(path.join(dir, 'e.eml')));
    const fetchOther: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const reply = await other.request(init?.method ?? 'GET', url.pathname, typeof init?.body === 'string' ? { rawBody: init.body, headers: { 'content-type': 'application/json' } } : {});
      return new Response(reply.text, { status: reply.status });
    };
    const c = new CompanionClient({ baseUrl: other.own, tokens: memoryTokenStore(PROVISIONED_TOKEN), fetch: fetchOther });
    const dialogs = dialogHost([]);
    const error = await openMessage(encrypted, cardDecryptFunction(c, dialogs)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongCardError);
    expect(dialogs.opened).toEqual([]);
    const serial = execFileSync('openssl', ['x509', '-in', bobOfThisPki.certPem, '-noout', '-serial']).toString().trim().replace(/^serial=0*/u, '');
    expect(errorText(readText('sv'), error).replace(/:/gu, '')).toContain(serial.length % 2 ? `0${serial}` : serial);
  } finally {
    await other.dispose();
  }
});
