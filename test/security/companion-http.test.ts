/**
 * Attack regressions for the companion's HTTPS API, which every web page in the user's browser
 * can reach on 127.0.0.1: foreign origins, DNS rebinding, missing or forged pairing tokens,
 * oversized and malformed bodies, PIN guessing through the API, sessions of one add-in or card
 * used by another.
 */
import { constants, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ADDIN, OTHER_ADDIN, startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

let companion: Companion;

beforeAll(async () => {
  companion = await startCompanion(
    [{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'rsa2048' }],
    [{ label: 'Kort A', keys: [{ id: '01', identity: 'alice' }] }, { label: 'Kort B', keys: [{ id: '01', identity: 'bob' }] }],
  );
});

afterAll(async () => {
  await companion?.dispose();
});

const codeOf = (reply: { json(): Record<string, unknown> }): unknown => reply.json()['code'];

describe('origin', () => {
  test('a foreign Origin → 403 ORIGIN_NOT_ALLOWED, with no CORS headers; so does a request without Origin', async () => {
    for (const origin of ['https://evil.example', 'http://addin.kuvert.test', 'null', null]) {
      const reply = await companion.request('GET', '/v1/status', { origin });
      expect([reply.status, codeOf(reply)]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  test('preflight (with Private Network Access) is answered for an allowed origin only', async () => {
    const headers = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type', 'access-control-request-private-network': 'true' };
    const allowed = await companion.request('OPTIONS', '/v1/decrypt-key', { token: null, headers });
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({ 'access-control-allow-origin': ADDIN, 'access-control-allow-private-network': 'true' });
    const foreign = await companion.request('OPTIONS', '/v1/decrypt-key', { origin: 'https://evil.example', token: null, headers });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect(foreign.headers['access-control-allow-private-network']).toBeUndefined();
  });
});

test('a Host other than the loopback address with our port (DNS rebinding) → 403 HOST_NOT_ALLOWED', async () => {
  const port = companion.server.port;
  for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, '127.0.0.1']) {
    const reply = await companion.request('GET', '/v1/status', { host });
    expect([reply.status, codeOf(reply)]).toEqual([403, 'HOST_NOT_ALLOWED']);
  }
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await companion.request('GET', '/v1/status', { host })).status).toBe(200);
});

test('a missing, wrong or malformed pairing token → 401 NOT_PAIRED', async () => {
  for (const token of [null, 'wrong-token-wrong-token-wrong-token', '', 'x'.repeat(300)]) {
    const reply = await companion.request('GET', '/v1/status', { token });
    expect([reply.status, codeOf(reply)]).toEqual([401, 'NOT_PAIRED']);
  }
  const basic = await companion.request('GET', '/v1/status', { token: null, headers: { authorization: 'Basic a3V2ZXJ0Omt1dmVydA==' } });
  expect(basic.status).toBe(401);
});

test('an oversized body → 413, also when the length is not declared up front', async () => {
  const declared = await companion.request('POST', '/v1/sessions', { rawBody: `{"token":"${'a'.repeat(70_000)}"}` });
  expect([declared.status, codeOf(declared)]).toEqual([413, 'REQUEST_TOO_LARGE']);
  const chunked = await companion.request('POST', '/v1/sessions', { rawBody: Buffer.alloc(70_000, 0x20), headers: { 'transfer-encoding': 'chunked' } });
  expect(chunked.status).toBe(413);
});

test('malformed JSON, a wrong content type, a wrong shape or an unknown field → 400 MALFORMED_REQUEST', async () => {
  const token = await companion.tokenRef('Kort A');
  const cases = [
    { rawBody: '{"token": ' },
    { rawBody: JSON.stringify({ token, purpose: 'decrypt' }), headers: { 'content-type': 'text/plain' } },
    { body: { token, purpose: 'exfiltrate' } },
    { body: [token] },
    { body: { token, purpose: 'decrypt', debug: true } },
  ];
  for (const options of cases) {
    const reply = await companion.request('POST', '/v1/sessions', options);
    expect([reply.status, codeOf(reply)]).toEqual([400, 'MALFORMED_REQUEST']);
  }
});

describe('PIN guessing is impossible without the user at the companion page', () => {
  test('no API request carries a PIN (it is an unknown field) and no key is used before the user logs in', async () => {
    const token = await companion.tokenRef('Kort A');
    expect((await companion.request('POST', '/v1/sessions', { body: { token, purpose: 'decrypt', pin: '246810' } })).status).toBe(400);
    const session = (await companion.request('POST', '/v1/sessions', { body: { token, purpose: 'decrypt' } })).json() as { sessionId: string; pinPageUrl: string };
    const attempt = await companion.request('POST', '/v1/decrypt-key', {
      body: { kind: 'key-transport', sessionId: session.sessionId, id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: randomBytes(256).toString('base64'), keyLength: 32, pin: '246810' },
    });
    expect(attempt.status).toBe(400);
    const early = await companion.request('POST', '/v1/decrypt-key', {
      body: { kind: 'key-transport', sessionId: session.sessionId, id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: randomBytes(256).toString('base64'), keyLength: 32 },
    });
    expect([early.status, codeOf(early)]).toEqual([409, 'PIN_REQUIRED']);
  });

  test('the PIN page refuses posts from the add-in or any other origin, and unknown page ids', async () => {
    const token = await companion.tokenRef('Kort A');
    const session = (await companion.request('POST', '/v1/sessions', { body: { token, purpose: 'decrypt' } })).json() as { pinPageUrl: string };
    const pinPath = new URL(session.pinPageUrl).pathname;
    const form = { rawBody: 'pin=246810', headers: { 'content-type': 'application/x-www-form-urlencoded' }, token: null };
    for (const origin of [ADDIN, 'https://evil.example', 'null', null]) {
      expect((await companion.request('POST', pinPath, { ...form, origin })).status).toBe(403);
    }
    expect((await companion.request('POST', '/pin/not-a-real-page-id', { ...form, origin: companion.own })).status).toBe(404);
    const page = await companion.request('GET', pinPath, { origin: null, token: null });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.text).not.toContain('<script');
  });

  test('the pairing code is shown on the companion console only, never in the API answer', async () => {
    const start = await companion.request('POST', '/v1/pairing', { token: null, body: {} });
    const code = /: (\d{6})$/u.exec(companion.log.at(-1) ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/u);
    expect(start.text).not.toContain(code);
    const pairingId = start.json()['pairingId'] as string;
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++) expect((await companion.request('POST', '/v1/pairing/confirm', { token: null, body: { pairingId, code: wrong } })).status).toBe(401);
    // Three wrong codes end the pairing: even the right code no longer works.
    expect((await companion.request('POST', '/v1/pairing/confirm', { token: null, body: { pairingId, code } })).status).toBe(401);
  });
});

test('concurrent requests on two cards with the same CKA_ID never mix sessions; one add-in cannot use another add-in\'s session', async () => {
  const sessionA = await companion.login('Kort A', 'decrypt');
  const sessionB = await companion.login('Kort B', 'decrypt');
  const keyOf = (label: string) => createPublicKey(readFileSync(companion.pki.identity(label).certPem));
  const jobs = Array.from({ length: 24 }, (_, i) => {
    const [sessionId, owner] = i % 2 === 0 ? [sessionA, 'alice'] : [sessionB, 'bob'];
    const cek = randomBytes(32);
    const encryptedKey = publicEncrypt({ key: keyOf(owner), padding: constants.RSA_PKCS1_PADDING }, cek);
    return { sessionId, cek, encryptedKey };
  });
  const replies = await Promise.all(jobs.map((job) => companion.request('POST', '/v1/decrypt-key', {
    body: { kind: 'key-transport', sessionId: job.sessionId, id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: job.encryptedKey.toString('base64'), keyLength: 32 },
  })));
  replies.forEach((reply, i) => expect(Buffer.from(reply.json()['key'] as string, 'base64')).toEqual(jobs[i]!.cek));
  const stolen = await companion.request('POST', '/v1/decrypt-key', {
    origin: OTHER_ADDIN,
    body: { kind: 'key-transport', sessionId: sessionA, id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey: jobs[0]!.encryptedKey.toString('base64'), keyLength: 32 },
  });
  expect([stolen.status, codeOf(stolen)]).toEqual([404, 'NOT_FOUND']);
  const wrongPurpose = await companion.request('POST', '/v1/sign', { body: { sessionId: sessionA, id: '01', algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data: 'AAEC' } });
  expect(wrongPurpose.status).toBe(400);
});
