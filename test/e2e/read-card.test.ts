// E2E: the read task pane with a real companion on a SoftHSM2 card. In the playground's read mode
// (emulated Outlook read window, fake Graph inbox) a Kuvert-made signed and encrypted message is
// opened: the user pairs, presses Decrypt, types the PIN in the companion's own page (a wrong one
// first), the content and the signer appear, Save writes the files to the configured folder (their
// SHA-256 as the receipt shows) and Delete moves the message out of the emulated mailbox. A message
// for another card says so, naming the certificate. Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module } from '../../src/companion/pkcs11/index.js';
import { ensureLocalTls } from '../../src/companion/server/local-tls.js';
import { startCompanionServer, type CompanionServer } from '../../src/companion/server/companion-server.js';
import { loadSoftwareKeys } from '../../src/core/keys/index.js';
import { encodedMessageBytes, signAndEncryptMessage } from '../../src/core/smime/index.js';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { freePort } from '../helpers/free-port.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { pairWithCompanion, seriousAxeViolations, waitFor } from '../helpers/e2e-pane.js';

const TEXT = 'Provsvar: inga fynd. Återkom vid behov.';
const ITEM = 'AAMkAGRlYWQtcmVhZC0x';

let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let companion: CompanionServer;
let playground: Playground;
let forOther: Playground;
let fromOpenssl: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;
let share: string;
const dirs: string[] = [];
const companionLog: string[] = [];

async function kuvertMessage(to: string, messageId: string): Promise<Uint8Array> {
  const alice = pki.identity('alice');
  const [key] = await loadSoftwareKeys({ data: readFileSync(alice.keyPem), certificates: [readFileSync(alice.certDer)] });
  const plain = Buffer.from(`From: Alice <${alice.email}>\r\nTo: ${pki.identity('bob').email}\r\nSubject: Provsvar\r\nMessage-ID: ${messageId}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  return encodedMessageBytes(await signAndEncryptMessage(plain, { sign: { signer: key! }, encrypt: { recipients: [{ certificate: readFileSync(pki.identity(to).certDer) }] } }));
}

beforeAll(async () => {
  ensureAddinBuilt('readpane.js', 'playground.js');
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'rsa2048' }, { label: 'carl', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken('SITHS');
  await hsm.importIdentity('SITHS', { id: '02', label: 'bob', keyPem: pki.identity('bob').keyPem, certPem: pki.identity('bob').certPem });
  const stateDir = mkdtempSync(join(tmpdir(), 'kuvert-e2e-read-'));
  share = mkdtempSync(join(tmpdir(), 'kuvert-e2e-share-'));
  dirs.push(stateDir, share);
  const port = await freePort();
  const companionUrl = `https://127.0.0.1:${port}`;
  const user = { emailAddress: pki.identity('bob').email, displayName: 'Bob' };
  playground = await startPlayground({ addinDir: ADDIN_DIR, companionUrl, user, readMessage: { itemId: ITEM, internetMessageId: '<provsvar-1@kuvert.test>', mime: await kuvertMessage('bob', '<provsvar-1@kuvert.test>') } });
  forOther = await startPlayground({ addinDir: ADDIN_DIR, companionUrl, user, readMessage: { itemId: 'AAMkOther', internetMessageId: '<other@kuvert.test>', mime: await kuvertMessage('carl', '<other@kuvert.test>'), getAsFile: false } });
  // OpenSSL-made: signed (detached) by Alice, then encrypted to Bob
  const alice = pki.identity('alice');
  const entity = join(pki.dir, 'e2e-entity.txt');
  writeFileSync(entity, `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  execFileSync('openssl', ['smime', '-sign', '-in', entity, '-signer', alice.certPem, '-inkey', alice.keyPem, '-out', `${entity}.signed`]);
  execFileSync('openssl', ['smime', '-encrypt', '-aes256', '-in', `${entity}.signed`, '-from', alice.email, '-to', pki.identity('bob').email, '-subject', 'Provsvar', '-out', `${entity}.eml`, pki.identity('bob').certPem]);
  fromOpenssl = await startPlayground({ addinDir: ADDIN_DIR, companionUrl, user, readMessage: { itemId: 'AAMkOpenssl', internetMessageId: '<openssl@kuvert.test>', mime: readFileSync(`${entity}.eml`) } });
  card = Pkcs11Module.open(hsm.library);
  const tls = await ensureLocalTls(stateDir);
  companion = await startCompanionServer({
    port, allowedOrigins: [playground.url, forOther.url, fromOpenssl.url].map((u) => new URL(u).origin), modules: [card], stateDir, tls,
    sessionIdleSeconds: 120, version: '0.1.0-e2e', crypto: nodeCrypto(), log: (line) => companionLog.push(line),
    trustAnchors: [new Uint8Array(execFileSync('openssl', ['x509', '-in', pki.caCertPem, '-outform', 'DER']))], revocation: 'soft-fail',
    destinations: [{ name: 'Diariet', path: share }],
  });
  chromiumRun = await launchE2eChromium({ ignoreHTTPSErrors: true });
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await playground?.close();
  await forOther?.close();
  await fromOpenssl?.close();
  await companion?.close();
  card?.finalize();
  await hsm?.dispose();
  await pki?.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const alice = () => pki.identity('alice');

describe('read pane with the companion and a card', () => {
  it('decrypts after the PIN (a wrong one first), shows content and signer, saves to the folder with matching hashes, deletes from the mailbox', async () => {
    const page = await browser.newPage();
    await page.goto(`${playground.url}?mode=read`);
    await page.waitForSelector('[data-testid="message-kind"][data-kind="encrypted"]');
    await pairWithCompanion(page, companionLog);
    const [dialog] = await Promise.all([browser.waitForEvent('page'), page.click('[data-testid="decrypt"]')]);
    await dialog.waitForSelector('input[name="pin"]');
    expect(new URL(dialog.url()).origin).toBe(`https://127.0.0.1:${companion.port}`);
    await dialog.fill('input[name="pin"]', '000000');
    await dialog.click('button[type="submit"]');
    await dialog.waitForSelector('input[name="pin"]');
    expect(await dialog.textContent('body')).toMatch(/fel|wrong/iu);
    await dialog.fill('input[name="pin"]', USER_PIN);
    await dialog.click('button[type="submit"]');
    await page.waitForSelector('[data-testid="read-view"][data-state="opened"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="read-view"]')).toContain(TEXT);
    await page.waitForSelector('[data-testid="signer"][data-verdict="valid"]');
    expect(await page.textContent('[data-testid="signer-verdict"]')).toMatch(/^Signerat av .*alice.* den /u);
    expect(await page.textContent('[data-testid="signer-revocation"]')).toBeTruthy();
    // decrypted, not yet moved: in the reminder list (id and time only)
    const reminders = await page.evaluate(() => (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office.context.roamingSettings.get('kuvertDecryptedNotMoved'));
    expect(reminders).toEqual([{ id: ITEM, received: expect.any(String) as unknown }]);
    // nothing decrypted in browser storage
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Provsvar: inga');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'r1-decrypted.png'), fullPage: true });
    // the valid signer's certificate went to the companion's store (harvest: the companion verified it again)
    const companionUrl = `https://127.0.0.1:${companion.port}`;
    const storedEmails = await waitFor(async () => {
      const emails = await page.evaluate(async (url) => {
        const token = localStorage.getItem(`kuvert.companion.token:${url}`) ?? '';
        const reply = await fetch(`${url}/v1/certificates`, { headers: { Authorization: `Bearer ${token}` } });
        return ((await reply.json()) as { certificates: { holder: { email?: string } }[] }).certificates.map((c) => c.holder.email);
      }, companionUrl);
      return emails.includes(alice().email) ? emails : undefined;
    });
    expect(storedEmails).toContain(alice().email);

    await page.click('[data-testid="save"]');
    await page.waitForSelector('[data-testid="receipt"]', { timeout: 60_000 });
    const [folder] = readdirSync(share);
    expect(folder).toBeDefined();
    const files = readdirSync(join(share, folder!));
    expect(files.some((f) => f.endsWith('.eml'))).toBe(true);
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    const receipt = (await page.textContent('[data-testid="receipt"]')) ?? '';
    for (const f of files) expect(receipt).toContain(createHash('sha256').update(readFileSync(join(share, folder!, f))).digest('hex'));
    const eml = readFileSync(join(share, folder!, files.find((f) => f.endsWith('.eml'))!), 'utf8');
    expect(eml).toContain('Provsvar: inga fynd. =C3=85terkom vid behov.'); // the signed entity, quoted-printable as signed
    const after = await page.evaluate(() => (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office.context.roamingSettings.get('kuvertDecryptedNotMoved'));
    expect(after).toEqual([]);

    await page.click('[data-testid="delete-mail"]');
    await page.waitForSelector('[data-testid="deleted"]');
    expect(playground.graph.deleted).toEqual([ITEM]);
    expect(playground.graph.inbox.has(ITEM)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'r2-stored-and-deleted.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it('an OpenSSL-made signed-then-encrypted message: decrypted after the PIN, the signer shown as valid', async () => {
    const page = await browser.newPage();
    await page.goto(`${fromOpenssl.url}?mode=read`);
    await pairWithCompanion(page, companionLog);
    const [dialog] = await Promise.all([browser.waitForEvent('page'), page.click('[data-testid="decrypt"]')]);
    await dialog.waitForSelector('input[name="pin"]');
    await dialog.fill('input[name="pin"]', USER_PIN);
    await dialog.click('button[type="submit"]');
    await page.waitForSelector('[data-testid="read-view"][data-state="opened"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="read-view"]')).toContain(TEXT);
    expect(await page.textContent('[data-testid="message-kind"]')).toBe('Meddelandet var krypterat och signerat.');
    await page.waitForSelector('[data-testid="signer"][data-verdict="valid"]');
    expect(await page.textContent('[data-testid="signer-email"]')).toBe(alice().email);
    await page.close();
  }, 120_000);

  it('a message for another card: read through Graph $value, no PIN asked, the certificate it needs is named', async () => {
    const page = await browser.newPage();
    await page.goto(`${forOther.url}?mode=read`);
    await page.waitForSelector('[data-testid="message-kind"][data-kind="encrypted"]');
    await pairWithCompanion(page, companionLog);
    const pages = browser.pages().length;
    await page.click('[data-testid="decrypt"]');
    await page.waitForSelector('[data-testid="read-error"]');
    const text = (await page.textContent('[data-testid="read-error"]')) ?? '';
    expect(text).toMatch(/^Fel kort/u);
    const serial = execFileSync('openssl', ['x509', '-in', pki.identity('carl').certPem, '-noout', '-serial'], { encoding: 'utf8' }).trim().replace(/^serial=0*/u, '');
    expect(text.replace(/:/gu, '')).toContain(serial.length % 2 ? `0${serial}` : serial);
    expect(browser.pages().length).toBe(pages);
    await page.screenshot({ path: join(SCREENSHOTS, 'r3-wrong-card.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('a wrong PIN and the PIN window closed: the pane says the PIN was wrong and few tries are left (the token reports it), and Decrypt can be pressed again', async () => {
    const page = await browser.newPage();
    await page.goto(`${playground.url}?mode=read`);
    // paired in the first test: the token stays in this origin's localStorage
    await page.waitForSelector('[data-testid="companion"][data-state="ready"]');
    const [dialog] = await Promise.all([browser.waitForEvent('page'), page.click('[data-testid="decrypt"]')]);
    await dialog.waitForSelector('input[name="pin"]');
    await dialog.fill('input[name="pin"]', '999999');
    await dialog.click('button[type="submit"]');
    await dialog.waitForSelector('input[name="pin"]');
    await dialog.close();
    await page.waitForSelector('[data-testid="read-error"]', { timeout: 30_000 });
    // SoftHSM2 sets CKF_USER_PIN_COUNT_LOW after a wrong PIN; the companion reports it in /v1/status
    expect(await page.textContent('[data-testid="read-error"]')).toBe('Fel PIN-kod. Få försök återstår innan kortet låses.');
    expect(await page.isVisible('[data-testid="decrypt"]')).toBe(true);
    await page.close();
  }, 120_000);
});

