// E2E: the real on-send bundle and task pane in the playground (emulated Outlook, fake Graph),
// driven with playwright-core through Debian's Chromium (/usr/bin/chromium; never a downloaded
// browser). Screenshots of each step go to dist/e2e-screenshots/.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, waitForOnSendHandler, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { seriousAxeViolations } from '../helpers/e2e-pane.js';

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
  playground = await startPlayground({ addinDir: ADDIN_DIR, senderCertificate: der('me'), storeCertificates: [der('anna')], user: { emailAddress: pki.identity('me').email, displayName: 'Me' } });
  chromiumRun = await launchE2eChromium();
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await playground?.close();
  await pki?.dispose();
});

async function compose(draft: { to: string; subject: string; body: string; attachment?: { name: string; text: string } }): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(playground.url);
  await waitForOnSendHandler(page);
  await page.fill('#to', draft.to);
  await page.fill('#subject', draft.subject);
  await page.fill('#body', draft.body);
  if (draft.attachment) {
    await page.setInputFiles('#attach', { name: draft.attachment.name, mimeType: 'text/plain', buffer: Buffer.from(draft.attachment.text) });
    await page.waitForSelector(`#attachments:has-text("${draft.attachment.name}")`);
  }
  return page;
}

describe('Outlook add-in in the playground', () => {
  it('blocks a personnummer in the body on send, with the Kryptera action', async () => {
    const page = await compose({ to: 'bertil@example.com', subject: 'Remiss', body: `Patientens personnummer är ${PNR}.` });
    await page.click('#send');
    await page.waitForSelector('#smart-alert:not([hidden])');
    expect(await page.textContent('#smart-alert-message')).toContain('personnummer (i texten)');
    expect(await page.textContent('#smart-alert-action')).toBe('Kryptera');
    expect(await page.getAttribute('#compose', 'data-sent')).toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, '1-body-blocked.png') });
    await page.close();
  }, 60_000);

  it('blocks a personnummer in the subject, and the fixer clears it', async () => {
    const page = await compose({ to: pki.identity('anna').email, subject: `Ang. pnr ${PNR}`, body: 'Se bifogat.' });
    await page.click('#send');
    await page.waitForSelector('#smart-alert:not([hidden])');
    expect(await page.textContent('#smart-alert-message')).toMatch(/^Ämnesraden innehåller personnummer/);
    await page.screenshot({ path: join(SCREENSHOTS, '2-subject-blocked.png') });
    await page.click('#smart-alert-action');
    await page.waitForSelector('[data-testid="subject-suggestion"]');
    await page.screenshot({ path: join(SCREENSHOTS, '3-subject-fixer.png') });
    await page.click('text=Använd föreslaget ämne');
    await page.waitForFunction(() => !(document.getElementById('subject') as HTMLInputElement).value.includes('1212'));
    expect(await page.inputValue('#subject')).toBe('Ang.');
    await page.click('#send');
    await page.waitForSelector('#compose[data-sent="plain"]');
    await page.screenshot({ path: join(SCREENSHOTS, '4-subject-fixed-sent.png') });
    await page.close();
  }, 60_000);

  it('sends securely: the fake Graph gets S/MIME that openssl opens with the recipient key, body and attachment intact', async () => {
    const before = playground.graph.sent.length;
    const page = await compose({ to: pki.identity('anna').email, subject: 'Remiss', body: `Personnummer ${PNR}`, attachment: { name: 'journal.txt', text: 'Journalanteckning 42' } });
    await page.click('#open-kuvert');
    await page.waitForSelector('text=Måste krypteras');
    await page.waitForSelector('[data-testid="recipient"]:has-text("Giltigt"), [data-testid="recipient"]:has-text("Går snart ut")');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '5-taskpane.png') });
    await page.click('button:has-text("Skicka säkert")');
    await page.waitForSelector('#compose[data-closed="true"]');
    await page.screenshot({ path: join(SCREENSHOTS, '6-sent-securely.png') });
    expect(playground.graph.sent.length).toBe(before + 1);
    const mail = playground.graph.sent[before]!;
    expect(mail.contentType).toBe('text/plain');
    expect(mail.mime.toString('latin1')).not.toContain(PNR);
    const file = join(pki.dir, 'e2e-sent.eml');
    writeFileSync(file, mail.mime);
    const inner = execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', pki.identity('anna').certPem, '-inkey', pki.identity('anna').keyPem], { encoding: 'latin1' });
    expect(inner).toContain(PNR);
    expect(inner).toContain('journal.txt');
    // The attachment's content, as text or base64 depending on the encoding core chose.
    expect(inner.includes('Journalanteckning 42') || inner.includes(Buffer.from('Journalanteckning 42').toString('base64'))).toBe(true);
    await page.close();
  }, 90_000);

  it('lets a clean draft go at once', async () => {
    const page = await compose({ to: 'bertil@example.com', subject: 'Lunch', body: 'Ses vid tolv.' });
    await page.click('#send');
    await page.waitForSelector('#compose[data-sent="plain"]');
    expect(await page.isHidden('#smart-alert')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '7-clean-sent.png') });
    await page.close();
  }, 60_000);
});
