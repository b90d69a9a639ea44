// E2E: Reply securely in the read pane, with a real companion on a SoftHSM2 card. In the playground's
// read mode a message from Anna (signed by her, encrypted to the user's card) is decrypted after the
// PIN; Reply securely opens the composer inside the pane (To Anna, "SV: …", the quote), the user
// types a line and sends; the card signs after a second PIN. The fake Graph receives exactly one
// message: S/MIME encrypted, no plaintext of the original or the reply in any Graph request, threaded
// to the original (In-Reply-To), and `openssl cms -decrypt` with Anna's key gives the quote and the
// typed line. Nothing decrypted or typed is left in browser storage or Office settings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import PostalMime from 'postal-mime';
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
import { pairWithCompanion, seriousAxeViolations, typePin } from '../helpers/e2e-pane.js';

// ASCII words, so a plaintext leak shows whatever the transfer encoding.
const ORIGINAL_LINE = 'Remissvar: inga fynd vid provtagningen';
const TYPED = 'Tack Anna, vi bokar ett aterbesok';
const MESSAGE_ID = '<remiss-svar-1@kuvert.test>';
const ITEM = 'AAMkAGRlYWQtcmVwbHktMQ';
const UNKNOWN = 'okand@kuvert.test';
const ATTACHMENT = '%PDF-1.4 remiss bilaga\n';

let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let companion: CompanionServer;
let playground: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;
const dirs: string[] = [];
const companionLog: string[] = [];

async function messageFromAnna(): Promise<Uint8Array> {
  const anna = pki.identity('anna');
  const [key] = await loadSoftwareKeys({ data: readFileSync(anna.keyPem), certificates: [readFileSync(anna.certDer)] });
  const plain = Buffer.from([
    `From: Anna Andersson <${anna.email}>`, `To: Demo <${pki.identity('demo').email}>`, `Cc: Okänd <${UNKNOWN}>`, 'Subject: Remissvar',
    'Date: Tue, 03 Mar 2026 09:05:00 +0000', `Message-ID: ${MESSAGE_ID}`, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', 'Hej!', ORIGINAL_LINE, '', 'Hälsningar, Anna',
    '--b1', 'Content-Type: application/pdf; name="remiss.pdf"', 'Content-Disposition: attachment; filename="remiss.pdf"', 'Content-Transfer-Encoding: base64', '',
    Buffer.from(ATTACHMENT).toString('base64'), '--b1--', ''].join('\r\n'));
  return encodedMessageBytes(await signAndEncryptMessage(plain, { sign: { signer: key! }, encrypt: { recipients: [{ certificate: readFileSync(pki.identity('demo').certDer) }] } }));
}

beforeAll(async () => {
  ensureAddinBuilt('readpane.js', 'playground.js');
  pki = await createTestPki([{ label: 'anna', spec: 'rsa2048' }, { label: 'demo', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken('SITHS');
  await hsm.importIdentity('SITHS', { id: '02', label: 'demo', keyPem: pki.identity('demo').keyPem, certPem: pki.identity('demo').certPem });
  const stateDir = mkdtempSync(join(tmpdir(), 'kuvert-e2e-reply-'));
  dirs.push(stateDir);
  const port = await freePort();
  playground = await startPlayground({
    addinDir: ADDIN_DIR, companionUrl: `https://127.0.0.1:${port}`, user: { emailAddress: pki.identity('demo').email, displayName: 'Demo Användare' },
    readMessage: { itemId: ITEM, internetMessageId: MESSAGE_ID, mime: await messageFromAnna() },
  });
  card = Pkcs11Module.open(hsm.library);
  companion = await startCompanionServer({
    port, allowedOrigins: [new URL(playground.url).origin], modules: [card], stateDir, tls: await ensureLocalTls(stateDir),
    sessionIdleSeconds: 120, version: '0.1.0-e2e', crypto: nodeCrypto(), log: (line) => companionLog.push(line),
    trustAnchors: [new Uint8Array(execFileSync('openssl', ['x509', '-in', pki.caCertPem, '-outform', 'DER']))], revocation: 'soft-fail',
  });
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
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('secure reply in the read pane', () => {
  it('decrypt, Reply securely, type a line, send: one encrypted, signed, threaded message that Anna opens with the quote and the line', async () => {
    const page = await browser.newPage();
    const graphBodies: Buffer[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(playground.graph.url)) graphBodies.push(request.postDataBuffer() ?? Buffer.alloc(0));
    });
    await page.goto(`${playground.url}?mode=read`);
    await page.waitForSelector('[data-testid="message-kind"][data-kind="encrypted"]');
    await pairWithCompanion(page, companionLog);
    await typePin(browser, USER_PIN, () => page.click('[data-testid="decrypt"]'), `https://127.0.0.1:${companion.port}`);
    await page.waitForSelector('[data-testid="read-view"][data-state="opened"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="signer"][data-verdict="valid"]');

    await page.click('[data-testid="reply-start-reply"]');
    await page.waitForSelector('[data-testid="reply-composer"][data-kind="reply"]');
    expect(await page.inputValue('[data-testid="reply-to"]')).toBe(`Anna Andersson <${pki.identity('anna').email}>`);
    expect(await page.inputValue('[data-testid="reply-subject"]')).toBe('SV: Remissvar');
    const prefilled = await page.inputValue('[data-testid="reply-body"] textarea, textarea[data-testid="reply-body"]');
    expect(prefilled).toMatch(/^\n\nDen 3 mars 2026 kl\. \d\d:\d\d skrev Anna Andersson <anna@kuvert\.test>:\n> Hej!\n> Remissvar: inga fynd vid provtagningen\n>\n> Hälsningar, Anna\n$/u);
    // no (cloud) spell checker or autocomplete sees the decrypted quote
    expect(await page.getAttribute('textarea[data-testid="reply-body"]', 'spellcheck')).toBe('false');
    expect(await page.getAttribute('input[data-testid="reply-subject"]', 'spellcheck')).toBe('false');
    await page.fill('[data-testid="reply-body"] textarea, textarea[data-testid="reply-body"]', `${TYPED}${prefilled}`);
    // Anna's certificate from the verified signature, checked by the companion
    // (the test PKI's certificates live 30 days: "expiring" is usable)
    await page.waitForSelector(`[data-testid="recipient"][data-checked="true"]:is([data-status="valid"], [data-status="expiring"])`);
    await page.waitForSelector('[data-testid="reply-send"]:not([disabled])', { timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'r4-secure-reply.png'), fullPage: true });

    await typePin(browser, USER_PIN, () => page.click('[data-testid="reply-send"]'), `https://127.0.0.1:${companion.port}`);
    await page.waitForSelector('[data-testid="reply-sent"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="reply-sent"]')).toContain('Skickat krypterat till Anna Andersson');

    expect(playground.graph.sent).toHaveLength(1);
    expect(playground.graph.drafts.size).toBe(0);
    const sent = playground.graph.sent[0]!.mime;
    expect(sent.toString('latin1')).toMatch(/^Content-Type: application\/pkcs7-mime; smime-type=enveloped-data/imu);
    for (const body of [...graphBodies, sent]) {
      const decoded = Buffer.from(body.toString('latin1'), 'base64');
      for (const secret of ['inga fynd', 'aterbesok', 'Hej!']) {
        expect(body.toString('latin1')).not.toContain(secret);
        expect(decoded.toString('latin1')).not.toContain(secret);
      }
    }
    const outer = await PostalMime.parse(sent);
    expect(outer.inReplyTo).toBe(MESSAGE_ID);
    expect(outer.references).toBe(MESSAGE_ID);

    const file = join(pki.dir, 'reply-sent.eml');
    writeFileSync(file, sent);
    const anna = pki.identity('anna');
    const opened = execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', anna.certPem, '-inkey', anna.keyPem]);
    expect(opened.toString('latin1')).toMatch(/^Content-Type: multipart\/signed/imu);
    writeFileSync(`${file}.signed`, opened);
    execFileSync('openssl', ['smime', '-verify', '-in', `${file}.signed`, '-CAfile', pki.caCertPem, '-out', `${file}.content`], { stdio: 'pipe' });
    const text = (await PostalMime.parse(opened)).text ?? '';
    expect(text.startsWith(TYPED)).toBe(true);
    expect(text).toContain(`> ${ORIGINAL_LINE}`);

    // nothing decrypted or typed in browser storage or Office settings
    const stored = await page.evaluate(() => {
      const office = (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office;
      return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + JSON.stringify(office.context.roamingSettings.get('kuvertDecryptedNotMoved') ?? null);
    });
    for (const secret of ['inga fynd', 'aterbesok', 'Remissvar']) expect(stored).not.toContain(secret);
    await page.screenshot({ path: join(SCREENSHOTS, 'r5-secure-reply-sent.png'), fullPage: true });
    await page.close();
  }, 240_000);

  it('reply all names the recipient without a certificate and cannot send; a subject with a personnummer is blocked with the suggestion; forward sends the kept attachment', async () => {
    const page = await browser.newPage();
    await page.goto(`${playground.url}?mode=read`);
    // paired in the first test: the token stays in this origin's localStorage
    await page.waitForSelector('[data-testid="companion"][data-state="ready"]');
    await typePin(browser, USER_PIN, () => page.click('[data-testid="decrypt"]'), `https://127.0.0.1:${companion.port}`);
    await page.waitForSelector('[data-testid="read-view"][data-state="opened"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="signer"][data-verdict="valid"]');
    const sentBefore = playground.graph.sent.length;

    await page.click('[data-testid="reply-start-reply-all"]');
    await page.waitForSelector('[data-testid="reply-composer"][data-kind="reply-all"]');
    expect(await page.inputValue('[data-testid="reply-to"]')).toBe(`Anna Andersson <${pki.identity('anna').email}>`);
    expect(await page.inputValue('[data-testid="reply-cc"]')).toBe(`Okänd <${UNKNOWN}>`);
    await page.waitForSelector('[data-testid="reply-missing"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="reply-missing"]')).toBe(`Kan inte skicka: inget giltigt certifikat för ${UNKNOWN}. Inget skickas okrypterat.`);
    expect(await page.isDisabled('[data-testid="reply-send"]')).toBe(true);
    await page.fill('[data-testid="reply-subject"]', 'SV: Remissvar 19121212-1212');
    await page.waitForSelector('[data-testid="subject-suggestion"]');
    expect(await page.textContent('[data-testid="subject-suggestion"]')).toBe('SV: Remissvar');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('button:has-text("Använd föreslaget ämne")');
    expect(await page.inputValue('[data-testid="reply-subject"]')).toBe('SV: Remissvar');
    await page.fill('[data-testid="reply-cc"]', '');
    await page.waitForSelector('[data-testid="reply-send"]:not([disabled])', { timeout: 30_000 });
    await page.click('[data-testid="reply-cancel"]');

    await page.click('[data-testid="reply-start-forward"]');
    await page.waitForSelector('[data-testid="reply-composer"][data-kind="forward"]');
    expect(await page.inputValue('[data-testid="reply-to"]')).toBe('');
    expect(await page.inputValue('[data-testid="reply-subject"]')).toBe('VB: Remissvar');
    expect(await page.isChecked('[data-testid="reply-attachments"] input[type="checkbox"]')).toBe(true);
    await page.fill('[data-testid="reply-to"]', pki.identity('anna').email);
    await page.uncheck('[data-testid="reply-sign"]');
    await page.waitForSelector('[data-testid="reply-send"]:not([disabled])', { timeout: 30_000 });
    await page.click('[data-testid="reply-send"]');
    await page.waitForSelector('[data-testid="reply-sent"]', { timeout: 60_000 });

    expect(playground.graph.sent).toHaveLength(sentBefore + 1);
    const sent = playground.graph.sent.at(-1)!.mime;
    expect(sent.toString('latin1')).not.toContain('remiss bilaga');
    const outer = await PostalMime.parse(sent);
    expect(outer.inReplyTo).toBeUndefined();
    expect(outer.references).toBe(MESSAGE_ID);
    const file = join(pki.dir, 'forward-sent.eml');
    writeFileSync(file, sent);
    const anna = pki.identity('anna');
    const forwarded = await PostalMime.parse(execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', anna.certPem, '-inkey', anna.keyPem]));
    expect(forwarded.text).toContain('> -------- Vidarebefordrat meddelande --------\n> Från: Anna Andersson <anna@kuvert.test>');
    expect(forwarded.text).toContain(`> ${ORIGINAL_LINE}`);
    expect(forwarded.attachments.map((a) => [a.filename, a.mimeType, Buffer.from(a.content as ArrayBuffer).toString('latin1')])).toEqual([['remiss.pdf', 'application/pdf', ATTACHMENT]]);
    await page.close();
  }, 240_000);
});

/** Opens the companion's PIN page by `action` and types the card's PIN there. */
