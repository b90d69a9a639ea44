/**
 * What the browser tests share: Debian's Chromium (/usr/bin/chromium, installed by .ci/run; never a
 * downloaded browser) driven by playwright-core with a throw-away profile, the built add-in, and the
 * folder screenshots go to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

const root = join(__dirname, '..', '..');
export const ADDIN_DIR = join(root, 'dist', 'addin');
export const SCREENSHOTS = join(root, 'dist', 'e2e-screenshots');

/** Builds the add-in (webpack) unless every named output is there, and makes the screenshot folder. */
export function ensureAddinBuilt(...outputs: string[]): void {
  if (!outputs.every((name) => existsSync(join(ADDIN_DIR, name)))) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', join(root, 'webpack.config.js')], { cwd: root, stdio: 'pipe' });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
}

export interface E2eBrowser {
  readonly context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Chromium with a fresh --user-data-dir (playwright passes the profile directory itself). */
export async function launchE2eChromium(options: { ignoreHTTPSErrors?: boolean } = {}): Promise<E2eBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'kuvert-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the playground's emulated Outlook has the on-send handler registered. */
export async function waitForOnSendHandler(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Office?: { handlers?: Map<string, unknown> } }).Office?.handlers?.has('onMessageSendHandler') === true);
}
