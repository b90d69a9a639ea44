// E2E in English (Outlook display language en-US): the on-send message and the task pane speak
// English, and a message over Graph's ≈ 4 MB sendMail limit (a 4.5 MB attachment) goes through the
// documented upload route of the fake Graph (draft, upload session, send) and still opens with
// `openssl cms -decrypt`. Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, waitForOnSendHandler, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';

const PNR = '19121212-1212';

let pki: TestPki;
let playground: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;

beforeAll(async () => {
  ensureAddinBuilt('playground.js');
  pki = await createTestPki([
    { label: 'anna', spec: 'rsa2048' },
    { label: 'me', spec: 'rsa2048' },
  ]);
  const der = (label: string): Uint8Array => new Uint8Array(readFileSync(pki.identity(label).certDer));
  // A companion address where nothing listens: the pane must say the companion is not running.
  playground = await startPlayground({ addinDir: ADDIN_DIR, language: 'en-US', companionUrl: 'https://127.0.0.1:9', senderCertificate: der('me'), storeCertificates: [der('anna')], user: { emailAddress: pki.identity('me').email, displayName: 'Me' } });
  chromiumRun = await launchE2eChromium();
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await playground?.close();
  await pki?.dispose();
});

async function compose(to: string, subject: string, body: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(playground.url);
  await waitForOnSendHandler(page);
  await page.fill('#to', to);
  await page.fill('#subject', subject);
  await page.fill('#body', body);
  return page;
}

describe('Outlook add-in in English', () => {
  it('the on-send message is English, with the Encrypt action', async () => {
    const page = await compose('bertil@example.com', 'Referral', `The patient's number is ${PNR}.`);
    await page.click('#send');
    await page.waitForSelector('#smart-alert:not([hidden])');
    const message = (await page.textContent('#smart-alert-message')) ?? '';
    expect(message).toMatch(/^This message contains personal identity numbers \(in the body\) and must not be sent unencrypted\./u);
    expect(message).not.toContain(PNR);
    expect(await page.textContent('#smart-alert-action')).toBe('Encrypt');
    await page.screenshot({ path: join(SCREENSHOTS, 'en-1-body-blocked.png') });
    await page.close();
  }, 60_000);

  it('says in English that the companion is not running when pairing cannot reach it', async () => {
    const page = await compose('bertil@example.com', 'Lunch', 'See you at noon.');
    await page.click('#open-kuvert');
    await page.waitForSelector('[data-testid="companion"][data-state="unpaired"]');
    await page.click('[data-testid="companion"] button:has-text("Connect")');
    await page.waitForSelector('[data-testid="companion"][data-state="unreachable"]');
    expect(await page.textContent('[data-testid="companion"]')).toContain('The Kuvert companion does not answer on this computer');
    await page.screenshot({ path: join(SCREENSHOTS, 'en-0-companion-unreachable.png') });
    await page.close();
  }, 60_000);

  it('the task pane is English, and a 4.5 MB attachment is sent through the upload route and opens with openssl', async () => {
    const page = await compose(pki.identity('anna').email, 'Images', `Images for ${PNR}.`);
    const bytes = createHash('sha512').update('seed').digest();
    const large = Buffer.alloc(4_500_000);
    for (let i = 0; i < large.length; i += 64) createHash('sha512').update(bytes).update(String(i)).digest().copy(large, i);
    await page.setInputFiles('#attach', { name: 'images.bin', mimeType: 'application/octet-stream', buffer: large });
    await page.waitForSelector('#attachments:has-text("images.bin")');
    await page.click('#open-kuvert');
    await page.waitForSelector('text=Must be encrypted');
    await page.waitForSelector('[data-testid="recipient"]:has-text("Valid"), [data-testid="recipient"]:has-text("Expires soon")');
    const pane = (await page.textContent('#taskpane')) ?? '';
    for (const english of ['Sensitive data', 'Recipients and certificates', 'Encrypt and sign', 'Send securely']) expect(pane).toContain(english);
    for (const swedish of ['Känsliga uppgifter', 'Mottagare', 'Skicka säkert']) expect(pane).not.toContain(swedish);
    await page.screenshot({ path: join(SCREENSHOTS, 'en-2-taskpane.png') });
    const before = playground.graph.sent.length;
    await page.click('button:has-text("Send securely")');
    await page.waitForSelector('#compose[data-closed="true"]', { timeout: 60_000 });
    expect(playground.graph.sent.length).toBe(before + 1);
    const mail = playground.graph.sent[before]!;
    expect(mail.route).toBe('upload');
    expect(playground.graph.chunks.length).toBeGreaterThan(1);
    expect(playground.graph.drafts.size).toBe(0);
    const file = join(pki.dir, 'e2e-large.eml');
    writeFileSync(file, mail.mime);
    const anna = pki.identity('anna');
    const inner = execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', anna.certPem, '-inkey', anna.keyPem], { maxBuffer: 64 * 1024 * 1024 });
    expect(inner.toString('latin1')).toContain(PNR);
    expect(inner.toString('latin1')).toContain('images.bin');
    // The attachment arrives whole: its base64 lines, joined, decode to the same bytes.
    const text = inner.toString('latin1');
    const start = text.indexOf('\r\n\r\n', text.indexOf('images.bin')) + 4;
    const part = text.slice(start, text.indexOf('\r\n--', start)).replace(/\s+/gu, '');
    expect(createHash('sha256').update(Buffer.from(part, 'base64')).digest('hex')).toBe(createHash('sha256').update(large).digest('hex'));
    await page.screenshot({ path: join(SCREENSHOTS, 'en-3-large-sent.png') });
    await page.close();
  }, 180_000);
});
