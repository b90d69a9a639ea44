/**
 * `kuvert companion trust` on Linux, for real: with HOME set to a throw-away folder, Debian's
 * Chromium (playwright-core, /usr/bin/chromium) refuses the companion's HTTPS before the local CA
 * is trusted, loads https://127.0.0.1:PORT/ without a certificate error after, and refuses again
 * after `trust --remove`. The CA goes into the user's NSS database only (no root needed).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { ensureLocalTls } from '../../src/companion/server/local-tls.js';
import { startCompanionServer, type CompanionServer } from '../../src/companion/server/companion-server.js';
import { runKuvertOk } from '../helpers/kuvert-cli.js';
import { runToolOk } from '../helpers/run-tool.js';

jest.setTimeout(180_000);

let home: string;
let stateDir: string;
let server: CompanionServer;

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'kuvert-home-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-trust-state-'));
  server = await startCompanionServer({
    port: 0, allowedOrigins: ['https://addin.kuvert.test'], modules: [], stateDir, tls: await ensureLocalTls(stateDir),
    sessionIdleSeconds: 60, version: '0.1.0-test', crypto: nodeCrypto(), log: () => undefined,
  });
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

/** Opens the companion's address in a fresh Chromium whose HOME is the throw-away folder. */
async function load(): Promise<{ ok: true; status: number } | { ok: false; error: string }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: home },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(`https://127.0.0.1:${server.port}/`);
    return { ok: true, status: response?.status() ?? 0 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.close();
  }
}

const env = (): Record<string, string> => ({ HOME: home, PATH: process.env['PATH'] ?? '/usr/bin:/bin' });

test('before trust: a certificate error; after: the page loads; after --remove: the error again', async () => {
  const before = await load();
  expect(before).toMatchObject({ ok: false, error: expect.stringMatching(/ERR_CERT_AUTHORITY_INVALID/u) as unknown });

  await runKuvertOk(['companion', 'trust', '--state-dir', stateDir], { env: env() });
  const listed = (await runToolOk('certutil', ['-d', `sql:${path.join(home, '.pki', 'nssdb')}`, '-L'])).toString('utf8');
  expect(listed).toMatch(/Kuvert companion local CA [0-9a-f]{8}\s+C,,/u);
  const after = await load();
  // The companion answers (its guard refuses a page without an add-in Origin): TLS itself succeeded.
  expect(after).toMatchObject({ ok: true });

  await runKuvertOk(['companion', 'trust', '--remove', '--state-dir', stateDir], { env: env() });
  expect((await runToolOk('certutil', ['-d', `sql:${path.join(home, '.pki', 'nssdb')}`, '-L'])).toString('utf8')).not.toContain('Kuvert companion local CA');
  expect(await load()).toMatchObject({ ok: false, error: expect.stringMatching(/ERR_CERT_AUTHORITY_INVALID/u) as unknown });
});
