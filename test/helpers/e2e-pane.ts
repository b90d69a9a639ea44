/**
 * Steps the browser tests of the task and read panes share: polling for a condition, pairing the
 * pane with the companion (the code comes from the companion's log, as a user reads it from its
 * window), typing the PIN in the companion's own page, and axe-core's serious findings.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** Polls `probe` (sync or async) until it gives a value other than undefined. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Pairs the pane (Swedish UI) with the companion, reading the code from the companion's log. */
export async function pairWithCompanion(page: Page, companionLog: readonly string[]): Promise<void> {
  await page.waitForSelector('[data-testid="companion"][data-state="unpaired"]');
  await page.click('[data-testid="companion"] button:has-text("Anslut")');
  await page.waitForSelector('[data-testid="pairing-code"]');
  const code = await waitFor(() => /^Pairing code for .+: (\d{6})$/u.exec(companionLog.at(-1) ?? '')?.[1]);
  await page.fill('[data-testid="pairing-code"]', code);
  await page.click('[data-testid="companion"] button:has-text("Bekräfta")');
  await page.waitForSelector('[data-testid="companion"][data-state="ready"]');
}

/**
 * Runs `action`, which must open the companion's PIN page, and types `pin` there. With `origin`,
 * the page must come from that origin (the PIN never goes to the add-in's own pages).
 */
export async function typePin(context: BrowserContext, pin: string, action: () => Promise<unknown>, origin?: string): Promise<void> {
  const [dialog] = await Promise.all([context.waitForEvent('page'), action()]);
  await dialog.waitForSelector('input[name="pin"]');
  if (origin !== undefined && new URL(dialog.url()).origin !== origin) throw new Error(`PIN page opened at ${dialog.url()}, not ${origin}`);
  await dialog.fill('input[name="pin"]', pin);
  await dialog.click('button[type="submit"]');
}

/** axe-core's serious and critical violations inside `selector`. */
export async function seriousAxeViolations(page: Page, selector = '#taskpane'): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const result = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: string): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return axe.run(context);
  }, selector);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
