/**
 * Policy `cardSession.logoutAfterOperation`: the card is logged out right after each signature or
 * decryption, so the next use needs the PIN again (the issue: "sessions log out after the
 * operation or a short idle time set by policy"). Without it, a session stays ready until idle.
 */
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

const card = [{ label: 'Kort', keys: [{ id: '01', identity: 'signer' }] }];
const sign = (companion: Companion, sessionId: string) => companion.request('POST', '/v1/sign', {
  body: { sessionId, id: '01', algorithm: { name: 'ECDSA', hash: 'SHA-256' }, data: Buffer.from('attributes').toString('base64') },
});

test('logoutAfterOperation: one signature per PIN; the session reports why it closed', async () => {
  const companion = await startCompanion([{ label: 'signer', spec: 'p256' }], card, { logoutAfterOperation: true });
  try {
    const sessionId = await companion.login('Kort', 'sign');
    expect((await sign(companion, sessionId)).status).toBe(200);
    const second = await sign(companion, sessionId);
    expect([second.status, second.json()['code']]).toEqual([409, 'PIN_REQUIRED']);
    expect((await companion.request('GET', `/v1/sessions/${sessionId}`)).json()).toMatchObject({ state: 'closed', error: { code: 'PIN_REQUIRED' } });
  } finally {
    await companion.dispose();
  }
});

test('by default the session stays ready for the next operation', async () => {
  const companion = await startCompanion([{ label: 'signer', spec: 'p256' }], card);
  try {
    const sessionId = await companion.login('Kort', 'sign');
    expect((await sign(companion, sessionId)).status).toBe(200);
    expect((await sign(companion, sessionId)).status).toBe(200);
  } finally {
    await companion.dispose();
  }
});
