// E2E: the task pane with a real companion on a SoftHSM2 card. In the playground (emulated Outlook,
// fake Graph) the user pairs with the code the companion shows, chooses Encrypt and sign, types the
// PIN in the companion's own page (opened as the Office dialog: a popup), and the fake Graph
// receives S/MIME that `openssl cms -decrypt` opens and `openssl cms -verify` accepts with the
// card's certificate as signer. Debian's Chromium through playwright-core; never a downloaded browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module } from '../../src/companion/pkcs11/index.js';
import { ensureLocalTls } from '../../src/companion/server/local-tls.js';
import { startCompanionServer, type CompanionServer } from '../../src/companion/server/companion-server.js';
import { DEFAULT_POLICY } from '../../src/core/policy/index.js';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, waitForOnSendHandler, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { freePort } from '../helpers/free-port.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { seriousAxeViolations, waitFor } from '../helpers/e2e-pane.js';

const PNR = '19121212-1212';
/** Only this test's own calls use it (importing a certificate); the task pane pairs with the code. */
const PROVISIONED = 'kuvert-e2e-provisioned-token-0123456789abcdef';

let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let companion: CompanionServer;
let playground: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;
let stateDir: string;
const companionLog: string[] = [];

beforeAll(async () => {
  ensureAddinBuilt('playground.js');
  pki = await createTestPki([
    { label: 'me', spec: 'rsa2048' },
    { label: 'anna', spec: 'rsa2048' },
  ]);
  hsm = await createSoftHsm();
  await hsm.createToken('SITHS');
  await hsm.importIdentity('SITHS', { id: 'a1', label: 'me', keyPem: pki.identity('me').keyPem, certPem: pki.identity('me').certPem });
  stateDir = mkdtempSync(join(tmpdir(), 'kuvert-e2e-companion-'));
  const port = await freePort();
  const companionUrl = `https://127.0.0.1:${port}`;
  playground = await startPlayground({
    addinDir: ADDIN_DIR,
    companionUrl,
    user: { emailAddress: pki.identity('me').email, displayName: 'Me' },
  });
  card = Pkcs11Module.open(hsm.library);
  const tls = await ensureLocalTls(stateDir);
  const tokenFile = join(stateDir, 'provisioned-token');
  writeFileSync(tokenFile, PROVISIONED);
  companion = await startCompanionServer({
    port, allowedOrigins: [new URL(playground.url).origin], modules: [card], stateDir, tls, pairingTokenFile: tokenFile,
    policy: { text: JSON.stringify({ ...DEFAULT_POLICY, internalDomains: ['region.example'] }), source: 'e2e policy' },
    sessionIdleSeconds: 120, version: '0.1.0-e2e', crypto: nodeCrypto(), log: (line) => companionLog.push(line),
    trustAnchors: [new Uint8Array(execFileSync('openssl', ['x509', '-in', pki.caCertPem, '-outform', 'DER']))], revocation: 'soft-fail',
  });
  // Anna's certificate is in the companion's store (as an administrator or an earlier import put it):
  // the task pane has no copy of its own and must get it from there.
  const imported = await new Promise<number>((resolve, reject) => {
    const body = JSON.stringify({ data: readFileSync(pki.identity('anna').certPem).toString('base64'), source: 'e2e' });
    httpsRequest({ host: '127.0.0.1', port, path: '/v1/certificates', method: 'POST', ca: tls.caCert, servername: 'localhost',
      headers: { origin: new URL(playground.url).origin, authorization: `Bearer ${PROVISIONED}`, 'content-type': 'application/json' } },
    (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject).end(body);
  });
  expect(imported).toBe(200);
  // The companion's certificate comes from its own local CA, which a user trusts once (kuvert
  // companion trust); this throw-away profile does not have it.
  chromiumRun = await launchE2eChromium({ ignoreHTTPSErrors: true });
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await playground?.close();
  await companion?.close();
  card?.finalize();
  await hsm?.dispose();
  await pki?.dispose();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

describe('task pane with the companion and a card', () => {
  it('pairs with the code, signs with the card after the PIN in the companion page, and sends S/MIME openssl opens and verifies', async () => {
    const page = await browser.newPage();
    await page.goto(playground.url);
    await waitForOnSendHandler(page);
    await page.fill('#to', pki.identity('anna').email);
    await page.fill('#subject', 'Remiss');
    await page.fill('#body', `Patientens personnummer är ${PNR}.`);
    await page.click('#open-kuvert');

    // Pairing: the code appears only on the companion's console.
    await page.waitForSelector('[data-testid="companion"][data-state="unpaired"]');
    await page.click('[data-testid="companion"] button:has-text("Anslut")');
    await page.waitForSelector('[data-testid="pairing-code"]');
    const code = await waitFor(() => /^Pairing code for .+: (\d{6})$/u.exec(companionLog.at(-1) ?? '')?.[1]);
    await page.fill('[data-testid="pairing-code"]', code);
    await page.click('[data-testid="companion"] button:has-text("Bekräfta")');
    await page.waitForSelector('[data-testid="companion"][data-state="ready"]');
    expect(await page.textContent('[data-testid="card-holder"]')).toContain('SITHS');
    // The token is kept in the add-in origin's localStorage, never in the page's URL or cookies.
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('kuvert.companion.token:')))).toBe(true);
    // Validated by the companion (path to the test CA; revocation soft-fail): usable (the test
    // certificates live 30 days, so they show as expiring).
    await page.waitForSelector('[data-testid="recipient"][data-checked="true"]');
    expect(await page.getAttribute('[data-testid="recipient"]', 'data-status')).toMatch(/^(valid|expiring)$/u);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Once paired, the organisation policy comes from the companion (GET /v1/policy, checked by core/policy).
    await page.waitForSelector('[data-testid="policy-source"][data-source="companion"]');
    // …and is left in roaming settings, where the on-send handler reads it.
    const stored = await page.evaluate(() => (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office.context.roamingSettings.get('kuvertPolicy'));
    expect(JSON.parse((stored as { text: string }).text)).toMatchObject({ internalDomains: ['region.example'] });
    await page.screenshot({ path: join(SCREENSHOTS, 'c1-companion-paired.png') });

    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.click('text=Kryptera och signera');
    const before = playground.graph.sent.length;
    const [dialog] = await Promise.all([browser.waitForEvent('page'), page.click('button:has-text("Skicka säkert")')]);
    await dialog.waitForSelector('input[name="pin"]');
    expect(new URL(dialog.url()).origin).toBe(`https://127.0.0.1:${companion.port}`);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'c2-pin-dialog.png') });
    await dialog.fill('input[name="pin"]', USER_PIN);
    await dialog.click('button[type="submit"]');
    await page.waitForSelector('#compose[data-closed="true"]', { timeout: 60_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'c3-signed-and-sent.png') });

    expect(playground.graph.sent.length).toBe(before + 1);
    const mail = playground.graph.sent[before]!;
    expect(mail.mime.toString('latin1')).not.toContain(PNR);
    const file = join(pki.dir, 'e2e-card-sent.eml');
    writeFileSync(file, mail.mime);
    const anna = pki.identity('anna');
    const signedFile = join(pki.dir, 'e2e-card-signed.eml');
    execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', anna.certPem, '-inkey', anna.keyPem, '-out', signedFile]);
    const signerFile = join(pki.dir, 'e2e-card-signer.pem');
    const verified = execFileSync('openssl', ['cms', '-verify', '-in', signedFile, '-CAfile', pki.caCertPem, '-purpose', 'any', '-signer', signerFile], { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(verified).toContain(PNR);
    const fingerprint = (pem: string): string => execFileSync('openssl', ['x509', '-in', pem, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
    expect(fingerprint(signerFile)).toBe(fingerprint(pki.identity('me').certPem));
    // One login per send: the card session is closed after the message went out.
    await waitFor(() => (requests.some((r) => /^POST \/v1\/sessions\/[0-9a-f]{32}\/close$/u.test(r)) ? true : undefined));
    expect(requests.filter((r) => r === 'POST /v1/sign')).toHaveLength(1);
    // The dialog was closed by the add-in once the login was ready.
    await waitFor(() => (dialog.isClosed() ? true : undefined));
    await page.close();
  }, 180_000);
});

