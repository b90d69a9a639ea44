/**
 * Card operations do not stop the companion: C_Sign runs through pkcs11js's asynchronous variant
 * (a worker thread), so while SoftHSM2 signs with an RSA-8192 key (tens of milliseconds each) the
 * event loop keeps turning and GET /v1/status is answered. With the synchronous call the loop
 * would stand still for the whole signature.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runToolOk } from '../helpers/run-tool.js';
import { startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(300_000);

let companion: Companion;
let dir: string;
const KEY_ID = '5a';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-slow-key-'));
  const keyPem = path.join(dir, 'slow.key');
  const certPem = path.join(dir, 'slow.pem');
  await runToolOk('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:8192', '-out', keyPem], { timeoutMs: 280_000 });
  await runToolOk('openssl', ['req', '-x509', '-new', '-key', keyPem, '-subj', '/CN=Slow card key', '-days', '30', '-sha256', '-out', certPem]);
  companion = await startCompanion([], [{ label: 'slow', keys: [] }]);
  await companion.hsm.importIdentity('slow', { id: KEY_ID, label: 'slow', keyPem, certPem });
}, 300_000);

afterAll(async () => {
  await companion?.dispose();
  await rm(dir, { recursive: true, force: true });
});

test('the event loop keeps turning and /v1/status answers while the card signs', async () => {
  const sessionId = await companion.login('slow', 'sign');
  const sign = async (): Promise<number> => {
    const reply = await companion.request('POST', '/v1/sign', { body: { sessionId, id: KEY_ID, algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data: Buffer.from('signed attributes').toString('base64') } });
    expect(reply.status).toBe(200);
    return Date.now();
  };
  await sign(); // warm-up: key objects found, TLS code paths loaded

  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 2);
  const statusLatencies: number[] = [];
  let signing = true;
  const statusLoop = (async () => {
    while (signing) {
      const started = performance.now();
      expect((await companion.request('GET', '/v1/status')).status).toBe(200);
      statusLatencies.push(performance.now() - started);
    }
  })();
  const begun = performance.now();
  const COUNT = 8;
  await Promise.all(Array.from({ length: COUNT }, sign));
  const perSignature = (performance.now() - begun) / COUNT;
  signing = false;
  await statusLoop;
  clearInterval(ticker);

  // The test means something only if one signature takes long enough to see a blocked loop.
  expect(perSignature).toBeGreaterThan(15);
  expect(maxGap).toBeLessThan(perSignature * 0.75);
  // Status calls were answered during the batch, not only after it.
  expect(statusLatencies.length).toBeGreaterThanOrEqual(2);
  console.log(`RSA-8192 on SoftHSM2: ${perSignature.toFixed(1)} ms per signature; longest event-loop gap ${maxGap.toFixed(1)} ms; ${statusLatencies.length} status answers during ${COUNT} signatures`);
});
