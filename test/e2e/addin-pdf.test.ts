// E2E: PDF attachments in the task pane are parsed in a Web Worker (pdf.js loaded lazily in it).
// A personnummer inside a PDF is found and named by attachment; when the worker outlives the time
// limit it is terminated and the attachment is `uninspectable` — never a silent pass. Debian's
// Chromium through playwright-core.
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { luhnCheckDigit } from '../../src/core/classify/luhn.js';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, waitForOnSendHandler, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { makePdf } from '../bench/classify-fixtures.mjs';

const number = `080512-988${luhnCheckDigit('080512988')}`;
const pdf = Buffer.from(makePdf([...Array.from({ length: 30 }, (_, i) => `Rad ${i + 1}: protokoll från mötet.`), `Eleven ${number} är sjukskriven.`], 40));

let normal: Playground;
let hurried: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;

beforeAll(async () => {
  ensureAddinBuilt('playground.js');
  normal = await startPlayground({ addinDir: ADDIN_DIR });
  // A limit no PDF can meet: the worker is terminated at it.
  hurried = await startPlayground({ addinDir: ADDIN_DIR, extractionTimeoutMs: 1 });
  chromiumRun = await launchE2eChromium();
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await normal?.close();
  await hurried?.close();
});

// `workers` collects the URL of every Web Worker the page (or its task-pane frame) starts. The
// listener is attached before the page loads: the worker may start, and even finish, before the
// task pane reports its finding (a listener attached later raced it and failed CI once).
async function withPdf(playground: Playground, workers: string[] = []): Promise<Page> {
  const page = await browser.newPage();
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(playground.url);
  await waitForOnSendHandler(page);
  await page.fill('#to', 'bertil@example.com');
  await page.fill('#subject', 'Protokoll');
  await page.fill('#body', 'Se bifogat protokoll.');
  await page.setInputFiles('#attach', { name: 'protokoll.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.waitForSelector('#attachments:has-text("protokoll.pdf")');
  await page.click('#open-kuvert');
  return page;
}

describe('PDF attachments in the task pane', () => {
  it('finds a personnummer inside a PDF, parsed in a Web Worker', async () => {
    const workers: string[] = [];
    const page = await withPdf(normal, workers);
    await page.waitForSelector('#taskpane li:has-text("personnummer"):has-text("bilaga 1 (protokoll.pdf)")', { timeout: 60_000 });
    expect(workers.some((url) => /kuvert-extraction/u.test(url))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'pdf-1-found.png') });
    await page.close();
  }, 90_000);

  it('a PDF that outlives the time limit is uninspectable, never a pass', async () => {
    const page = await withPdf(hurried);
    await page.waitForSelector('#taskpane li:has-text("bilagor som inte kunde kontrolleras"):has-text("protokoll.pdf")', { timeout: 60_000 });
    expect(await page.textContent('#taskpane')).not.toContain('Inga känsliga uppgifter hittades');
    await page.screenshot({ path: join(SCREENSHOTS, 'pdf-2-timeout.png') });
    await page.close();
  }, 90_000);
});
