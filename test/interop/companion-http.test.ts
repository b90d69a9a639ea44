/**
 * The companion end to end over HTTPS with SoftHSM2 cards: pairing with the console code,
 * status, the PIN typed in the companion's page, OpenSSL- and Kuvert-made messages decrypted by
 * core with a key provider that calls the API (as the add-in will), signatures OpenSSL accepts,
 * a wrong PIN, and the card pulled mid-session. Also `kuvert companion` as a process.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import { KuvertError } from '../../src/core/errors.js';
import { decryptMessage, encryptMessage, encodedMessageBytes, readSmimeEnvelope, signMessage } from '../../src/core/smime/index.js';
import { inspectEnvelope } from '../../src/core/cms/index.js';
import { readCertificates } from '../../src/core/pki/certificate-file.js';
import type { KeyKind, KeyProvider, KeyTransportAlgorithm, SignatureAlgorithm } from '../../src/core/keys/key-provider.js';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { ADDIN, PROVISIONED_TOKEN, startCompanion, type Companion } from '../unit/companion/companion-fixture.js';
import { opensslEncrypt, scratchFile } from '../helpers/peers.js';
import { runTool } from '../helpers/run-tool.js';
import { kuvertMain } from '../helpers/kuvert-cli.js';

jest.setTimeout(120_000);

const crypto = nodeCrypto();
const entity = Buffer.from('Content-Type: text/plain; charset=utf-8\r\n\r\nJournalanteckning via companion.\r\n');
const headers = { From: 'a@kuvert.test', To: 'b@kuvert.test', Subject: 'Companion' };
const KEY_LENGTH = { 'aes128-cbc': 16, 'aes192-cbc': 24, 'aes256-cbc': 32, 'aes128-gcm': 16, 'aes192-gcm': 24, 'aes256-gcm': 32 } as const;
let companion: Companion;

beforeAll(async () => {
  companion = await startCompanion(
    [{ label: 'rsa', spec: 'rsa2048' }, { label: 'ec', spec: 'p256' }],
    [{ label: 'SITHS', keys: [{ id: 'a1', identity: 'rsa' }, { id: 'ec', identity: 'ec' }] }],
  );
});

afterAll(async () => {
  await companion?.dispose();
});

/** What the add-in's card key provider does: every private-key operation is one API call. */
function companionKey(sessionId: string, id: string, certificate: Uint8Array, keyKind: KeyKind, keyLength: number): KeyProvider {
  const call = async (urlPath: string, body: unknown, field: string): Promise<Uint8Array> => {
    const reply = await companion.request('POST', urlPath, { body });
    const json = reply.json();
    if (reply.status !== 200) throw new KuvertError(json['code'] as 'INTERNAL', json['message'] as string);
    return new Uint8Array(Buffer.from(json[field] as string, 'base64'));
  };
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
  return {
    certificate, keyKind, label: `companion ${id}`,
    decryptKeyTransport: (algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array) => call('/v1/decrypt-key', {
      kind: 'key-transport', sessionId, id, keyLength, encryptedKey: b64(encryptedKey),
      algorithm: algorithm.name === 'RSA-OAEP' ? { name: 'RSA-OAEP', hash: algorithm.hash, mgfHash: algorithm.mgfHash, ...(algorithm.label ? { label: b64(algorithm.label) } : {}) } : { name: algorithm.name },
    }, 'key'),
    deriveKeyAgreement: (originatorPublicKey: Uint8Array) => call('/v1/decrypt-key', { kind: 'key-agreement', sessionId, id, originatorPublicKey: b64(originatorPublicKey) }, 'key'),
    sign: (algorithm: SignatureAlgorithm, data: Uint8Array) => call('/v1/sign', { sessionId, id, algorithm, data: b64(data) }, 'signature'),
  };
}

async function cardKeys(sessionId: string, keyLength: number): Promise<KeyProvider[]> {
  const keys = (await companion.request('GET', '/v1/keys')).json()['keys'] as { id: string; certificate: string }[];
  return keys.map(({ id, certificate }) => companionKey(sessionId, id, new Uint8Array(Buffer.from(certificate, 'base64')), id === 'ec' ? { type: 'EC', curve: 'P-256' } : { type: 'RSA' }, keyLength));
}

async function decryptThroughApi(message: Uint8Array, sessionId: string): Promise<string> {
  const keyLength = KEY_LENGTH[inspectEnvelope(readSmimeEnvelope(new Uint8Array(message)).der).cipher];
  const decrypted = await decryptMessage(message, await cardKeys(sessionId, keyLength), crypto);
  return Buffer.from(decrypted.entity).toString('utf8');
}

test('pairing: the code from the companion console gives a token that GET /v1/status accepts', async () => {
  const start = (await companion.request('POST', '/v1/pairing', { token: null, body: {} })).json();
  const code = /Pairing code for https:\/\/addin\.kuvert\.test: (\d{6})$/u.exec(companion.log.at(-1) ?? '')?.[1];
  const confirmed = await companion.request('POST', '/v1/pairing/confirm', { token: null, body: { pairingId: start['pairingId'], code } });
  expect(confirmed.status).toBe(200);
  const token = confirmed.json()['token'] as string;
  const status = await companion.request('GET', '/v1/status', { token });
  expect(status.status).toBe(200);
  expect(status.headers['access-control-allow-origin']).toBe(ADDIN);
  expect(status.json()).toMatchObject({ version: '0.1.0-test', protocol: 1, tokens: [{ label: 'SITHS', pin: { locked: false, protectedAuthenticationPath: false } }] });
  const keys = (await companion.request('GET', '/v1/keys', { token })).json()['keys'] as { id: string; holder: unknown }[];
  expect(keys.find((key) => key.id === 'a1')?.holder).toMatchObject({ name: 'Test rsa', email: 'rsa@kuvert.test', role: 'authentication-and-encryption' });
});

describe('decrypts through the API with the PIN typed in the companion page', () => {
  let sessionId: string;
  beforeAll(async () => {
    sessionId = await companion.login('SITHS', 'decrypt');
  });

  test.each([
    ['OpenSSL RSA PKCS#1 v1.5, AES-128-CBC', 'rsa', {}, '-aes128'],
    ['OpenSSL RSA-OAEP SHA-1, AES-256-GCM', 'rsa', { oaepDigest: 'sha1' }, '-aes-256-gcm'],
    ['OpenSSL ECDH P-256', 'ec', { ecdhKdfDigest: 'sha256' }, '-aes256'],
  ] as const)('%s', async (_name, label, options, cipher) => {
    const message = await opensslEncrypt(companion.pki.dir, entity, [{ identity: companion.pki.identity(label), ...options }], cipher, headers);
    expect(await decryptThroughApi(message, sessionId)).toContain('Journalanteckning via companion.');
  });

  test.each([
    ['Kuvert RSA PKCS#1 v1.5', 'rsa', { keyTransport: 'pkcs1' }],
    ['Kuvert RSA-OAEP SHA-1', 'rsa', { keyTransport: 'oaep', oaepHash: 'SHA-1' }],
    ['Kuvert ECDH P-256, AES-256-GCM', 'ec', { cipher: 'aes256-gcm' }],
  ] as const)('%s', async (_name, label, options) => {
    const certificate = readCertificates(readFileSync(companion.pki.identity(label).certPem))[0]!;
    const plain = Buffer.concat([Buffer.from('From: a@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: K\r\n'), entity]);
    const message = encodedMessageBytes(await encryptMessage(plain, { recipients: [{ certificate }], ...options }, crypto));
    expect(await decryptThroughApi(message, sessionId)).toContain('Journalanteckning via companion.');
  });
});

test('signs through the API; openssl cms -verify accepts', async () => {
  const sessionId = await companion.login('SITHS', 'sign');
  const [signer] = (await cardKeys(sessionId, 32)).filter((key) => key.keyKind.type === 'RSA');
  const plain = Buffer.concat([Buffer.from('From: a@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: S\r\n'), entity]);
  const signed = encodedMessageBytes(await signMessage(plain, { signer: signer!, chain: [], shape: 'detached' }, crypto));
  const file = scratchFile(companion.pki.dir, '.eml');
  await writeFile(file, signed);
  const verify = await runTool('openssl', ['cms', '-verify', '-in', file, '-CAfile', companion.pki.caCertPem, '-purpose', 'any']);
  expect(verify.stderr).toContain('Verification successful');
});

test('a wrong PIN in the page: the page says so and stays open; the session is not logged in until the right PIN', async () => {
  const opened = (await companion.request('POST', '/v1/sessions', { body: { token: await companion.tokenRef('SITHS'), purpose: 'decrypt' } })).json() as { sessionId: string; pinPageUrl: string };
  const wrong = await companion.typePin(opened.pinPageUrl, '999999');
  expect(wrong.status).toBe(200);
  expect(wrong.text).toContain('Fel PIN');
  expect(wrong.text).not.toContain('999999');
  const state = (await companion.request('GET', `/v1/sessions/${opened.sessionId}`)).json();
  expect(state).toMatchObject({ state: 'pin-needed', pin: { countLow: true } });
  await companion.typePin(opened.pinPageUrl);
  expect((await companion.request('GET', `/v1/sessions/${opened.sessionId}`)).json()).toMatchObject({ state: 'ready' });
});

test('the card pulled mid-session (module finalised) → 410 TOKEN_REMOVED, and the session is closed', async () => {
  const sessionId = await companion.login('SITHS', 'sign');
  companion.card.finalize();
  const reply = await companion.request('POST', '/v1/sign', { body: { sessionId, id: 'a1', algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data: 'AAEC' } });
  expect([reply.status, reply.json()['code']]).toEqual([410, 'TOKEN_REMOVED']);
  expect((await companion.request('GET', `/v1/sessions/${sessionId}`)).json()).toMatchObject({ state: 'closed', error: { code: 'TOKEN_REMOVED' } });
});

test('kuvert companion runs as a process: first-run CA, listening line, GET /v1/status, stops on SIGTERM', async () => {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-companion-cli-'));
  const tokenFile = path.join(stateDir, 'token');
  await writeFile(tokenFile, PROVISIONED_TOKEN);
  const child = spawn(process.execPath, [kuvertMain, 'companion', '--port', '0', '--allow-origin', ADDIN, '--pkcs11-module', companion.hsm.library, '--state-dir', path.join(stateDir, 'state'), '--pairing-token-file', tokenFile], { env: { ...process.env, ...companion.hsm.env } });
  try {
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const match = /listening on https:\/\/127\.0\.0\.1:(\d+)/u.exec(stderr);
        if (match?.[1]) resolve(Number(match[1]));
      });
      child.once('exit', () => reject(new Error(`companion exited: ${stderr}`)));
    });
    expect(stderr).toContain('made a local CA');
    const caCert = readFileSync(path.join(stateDir, 'state', 'ca.pem'), 'utf8');
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpsRequest({ host: '127.0.0.1', port, path: '/v1/status', ca: caCert, servername: 'localhost', headers: { origin: ADDIN, authorization: `Bearer ${PROVISIONED_TOKEN}` } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      }).on('error', reject).end();
    });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ protocol: 1 });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  } finally {
    child.kill('SIGKILL');
    await rm(stateDir, { recursive: true, force: true });
  }
});
