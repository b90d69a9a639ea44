// The safe read view in Debian's Chromium, beyond blocking: links open only after the user confirms
// the shown target (by keyboard here), without opener or referrer; cid: images come from the message;
// attachments are opened or saved only on request, saved under a plain name; nothing decrypted is
// left in browser storage; and axe-core finds no serious or critical violation (Swedish and English).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { htmlMessage, launchChromium, startAttacker, startPageServer, type Browser, type PageServer, type RecordingServer } from '../helpers/efail-harness.js';
import { seriousAxeViolations } from '../helpers/e2e-pane.js';

const root = join(__dirname, '..', '..');
const shots = join(root, 'dist', 'e2e-screenshots');
// A 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201c2a8f6d40000000049454e44ae426082', 'hex');
const SECRET = 'Journalanteckning 19121212-1212';

let attacker: RecordingServer;
let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  attacker = await startAttacker();
  server = await startPageServer(root);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await attacker?.close();
});

/** A realistic decrypted message: text + related HTML (cid image, links), a text part, attachments. */
function message(): string {
  const A = attacker.origin;
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    'Content-Type: multipart/mixed; boundary="m"',
    '',
    '--m',
    'Content-Type: multipart/alternative; boundary="a"',
    '',
    '--a',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hej! ${SECRET}`,
    '--a',
    'Content-Type: multipart/related; boundary="r"; type="text/html"',
    '',
    '--r',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<html><head><style>h2{color:#005a9e}</style></head><body><h2>Remiss</h2><p>${SECRET}</p>`,
    `<p><img src="cid:logo%40kuvert" alt="Logotyp" id="logo"> <img src="cid:missing@kuvert" alt="saknas" id="missing"></p>`,
    `<p>Läs mer på <a href="${A}/link-target?x=1">vår webbplats</a>.</p></body></html>`,
    '--r',
    'Content-Type: image/png',
    'Content-ID: <logo@kuvert>',
    'Content-Transfer-Encoding: base64',
    '',
    PNG.toString('base64'),
    '--r--',
    '--a--',
    '--m',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Disposition: attachment; filename="../../.ssh/authorized_keys"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(`nyckel ${SECRET}`),
    '--m',
    "Content-Type: text/html; charset=utf-8",
    "Content-Disposition: attachment; filename*=utf-8''sida%20%C3%A5%C3%A4%C3%B6.html",
    '',
    `<img src="${A}/attachment-html">`,
    '--m--',
    '',
  ].join('\r\n');
}

async function renderView(language: 'sv' | 'en'): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'kuvert' in window);
  attacker.reset();
  browser.reset();
  await page.evaluate(([m, l]) => (window as unknown as { kuvert: { render(m: string, l: string): void } }).kuvert.render(m, l), [message(), language] as const);
  const handle = await page.waitForSelector('[data-testid="html-part"]');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return { page, frame };
}

describe('safe read view', () => {
  it.each(['sv', 'en'] as const)('has no serious or critical axe violations (%s)', async (language) => {
    const { page } = await renderView(language);
    expect(await seriousAxeViolations(page, 'main')).toEqual([]);
    await page.screenshot({ path: join(shots, `read-view-${language}.png`), fullPage: true });
    expect(attacker.requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows cid: images from the message itself and nothing for an unknown cid', async () => {
    const { page, frame } = await renderView('sv');
    await frame.waitForFunction(() => (document.getElementById('logo') as HTMLImageElement).complete);
    const logo = await frame.locator('#logo').evaluate((img: HTMLImageElement) => ({ src: img.src.slice(0, 22), width: img.naturalWidth }));
    expect(logo).toEqual({ src: 'data:image/png;base64,', width: 1 });
    expect(await frame.locator('#missing').getAttribute('src')).toBeNull();
    expect(await page.locator('[data-testid="blocked-notice"]').count()).toBe(0); // nothing remote in this message
    // Defence in depth: an empty sandbox (no scripts, opaque origin) and the CSP meta first in the document.
    const frameElement = page.locator('[data-testid="html-part"]');
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    expect(await frameElement.getAttribute('srcdoc')).toMatch(/^<!DOCTYPE html><html lang="sv"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src blob: data:; style-src 'unsafe-inline'">/);
    expect(await frame.evaluate(() => document.scripts.length)).toBe(0);
    expect(await frame.locator('body').innerText()).toContain(SECRET);
    // The inline image is shown in the text, so it is not listed again; the two real attachments are.
    expect(await page.locator('[data-testid="attachment-name"]').allInnerTexts()).toEqual(['../../.ssh/authorized_keys', 'sida åäö.html']);
    await page.close();
  }, 60_000);

  it('opens a link only after the user confirms the shown target, by keyboard, without opener or referrer', async () => {
    const { page, frame } = await renderView('sv');
    const target = `${attacker.origin}/link-target?x=1`;
    await frame.click('text=vår webbplats'); // inert inside the frame
    await page.waitForTimeout(800);
    expect(attacker.requests).toEqual([]);
    expect(await page.locator('[data-testid="link-target"]').allInnerTexts()).toEqual([target]);

    // Tab to "Öppna länk", Enter opens the confirmation with the target; Escape cancels.
    const openButton = page.getByRole('button', { name: `Öppna länk: ${target}` });
    for (let i = 0; i < 20 && !(await openButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="confirm-link-target"]').innerText()).toBe(target);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="confirm-link-target"]', { state: 'detached' });
    await page.waitForTimeout(500);
    expect(attacker.requests).toEqual([]);

    const popup = browser.context.waitForEvent('page');
    await openButton.focus();
    await page.keyboard.press('Enter');
    await page.click('[data-testid="confirm-open-link"]');
    const opened = await popup;
    await opened.waitForLoadState('load');
    // The opened page may then ask its own site for a favicon; nothing carries the view's address.
    expect(attacker.requests.filter((r) => r.url !== '/favicon.ico').map((r) => [r.url, r.referer])).toEqual([['/link-target?x=1', undefined]]);
    expect(attacker.requests.filter((r) => r.referer?.startsWith(server.url) === true)).toEqual([]);
    expect(await opened.evaluate(() => window.opener === null)).toBe(true);
    await opened.close();
    await page.close();
  }, 60_000);

  it('saves an attachment only on request, under a plain name, with its exact bytes; HTML attachments are never opened', async () => {
    const { page } = await renderView('en');
    const first = page.locator('[data-testid="attachment"]').nth(0);
    const html = page.locator('[data-testid="attachment"]').nth(1);
    expect(await html.getByRole('button', { name: /^Open/ }).count()).toBe(0);
    expect(await html.getByRole('button', { name: 'Save sida åäö.html' }).count()).toBe(1);

    const download = page.waitForEvent('download');
    await first.getByRole('button', { name: 'Save ../../.ssh/authorized_keys' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('authorized_keys');
    expect(file.url()).toMatch(/^blob:/);
    expect(readFileSync(await file.path(), 'utf8')).toBe(`nyckel ${SECRET}`);

    const popup = browser.context.waitForEvent('page');
    await first.getByRole('button', { name: 'Open ../../.ssh/authorized_keys' }).click();
    const opened = await popup;
    await opened.waitForLoadState('load');
    expect(opened.url()).toMatch(/^blob:/);
    expect(await opened.locator('body').innerText()).toBe(`nyckel ${SECRET}`);
    await opened.close();
    expect(attacker.requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps harmless formatting while removing what fetches, and lists only http, https and mailto links', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'kuvert' in window);
    const A = attacker.origin;
    const clean = await page.evaluate(
      (h) => (window as unknown as { kuvert: { sanitize(h: string): { styles: string; body: string; links: string[] } } }).kuvert.sanitize(h),
      `<html><head><style>@media screen { h2 { color: red; background: url(${A}/m) } } p.x { font-weight: bold }</style></head>` +
        `<body><p class="x" style="color: blue; background-image: url(${A}/s); margin: 4px">t</p>` +
        `<a href="mailto:registrator@example.se">m</a><a href="https://example.se/a?b=1">h</a><a href="javascript:alert(1)">j</a><a href="/relative">r</a><a href="file:///etc/passwd">f</a></body></html>`,
    );
    expect(clean.links).toEqual(['mailto:registrator@example.se', 'https://example.se/a?b=1']);
    expect(clean.body).toContain('style="color: blue; margin: 4px;"');
    // The shorthand's other longhands stay (at their initial values); only the image goes.
    expect(clean.styles).toMatch(/@media screen \{\s*h2 \{ color: red;[^}]*\}\s*\}/);
    expect(clean.styles).toContain('p.x { font-weight: bold; }');
    expect(`${clean.styles}${clean.body}`).not.toMatch(/url\(|href=|javascript|passwd/);
    await page.close();
  }, 60_000);

  it('sizes each frame to its content: a one-line mail gets a small frame, a long one a tall frame up to the cap', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'kuvert' in window);
    const heightOf = async (html: string): Promise<number> => {
      await page.evaluate((m) => (window as unknown as { kuvert: { render(m: string, l: string): void } }).kuvert.render(m, 'sv'), htmlMessage(html));
      const frame = page.locator('[data-testid="html-part"]');
      await frame.waitFor();
      return (await frame.boundingBox())!.height;
    };
    const short = await heightOf('<p>Hej, ses i morgon.</p>');
    const medium = await heightOf(Array.from({ length: 4 }, (_, i) => `<p>Stycke ${i + 1}: ${'text '.repeat(12)}</p>`).join(''));
    const long = await heightOf(Array.from({ length: 400 }, (_, i) => `<p>Rad ${i + 1}</p>`).join(''));
    expect(short).toBeLessThan(140);
    expect(medium).toBeGreaterThan(short * 2);
    expect(long).toBeGreaterThan(medium);
    expect(long).toBeLessThanOrEqual(650);
    await page.close();
  }, 60_000);

  it('leaves nothing decrypted in browser storage', async () => {
    const { page } = await renderView('sv');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      cookie: document.cookie,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0, cookie: '', caches: 0 });
    await page.close();
  }, 60_000);
});
