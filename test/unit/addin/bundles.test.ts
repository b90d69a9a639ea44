// Builds the add-in with webpack into a temporary directory, then checks what users depend on: the
// bundle budgets (gzipped), and that the on-send bundle alone works in a bare JavaScript context
// with no DOM, as classic Outlook on Windows runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { OfficeHost, SendEvent, SendEventCompletion } from '../../../src/addin/office/types.js';
import { testOffice, type TestDraft } from './office-mailbox.js';
import { savePolicyForOnSend, type RoamingSettings } from '../../../src/addin/office/policy-roaming.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/index.js';
import { CATEGORY_MODEL } from '../../../src/core/classify/model/category-weights.generated.js';
import { FULL_CATEGORY_MODEL } from '../../../src/core/classify/model/category-weights-full.generated.js';

const root = join(__dirname, '..', '..', '..');
const KB = 1024;
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'kuvert-addin-'));
  execFileSync(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', join(root, 'webpack.config.js'), '--env', `outDir=${out}`, '--env', 'only=onsend,taskpane'], { cwd: root, stdio: 'pipe' });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const gzipped = (file: string): number => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;

describe('on-send bundle', () => {
  it('is one file within 120 KB gzipped', () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith('.js') && f.startsWith('onsend'));
    expect(scripts).toEqual(['onsend.js']);
    expect(gzipped('onsend.js')).toBeLessThanOrEqual(120 * KB);
  });

  it('ships the pages, both manifests and the icons', () => {
    expect(readFileSync(join(out, 'onsend.html'), 'utf8')).toMatch(/<script src="?onsend\.js"?>/);
    expect(readFileSync(join(out, 'manifest.block.xml'), 'utf8')).toMatch(/<LaunchEvent [^>]*SendMode="Block"/);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  });

  /** Loads onsend.js into a fresh context that has Office and timers but no DOM and no Node. */
  function loadInBareRuntime(office: OfficeHost, roamingSettings?: RoamingSettings): (event: SendEvent) => unknown {
    const handlers = new Map<string, (event: SendEvent) => unknown>();
    if (roamingSettings !== undefined) Object.defineProperty(office.context, 'roamingSettings', { value: roamingSettings });
    const host = { ...office, actions: { associate: (name: string, fn: (event: SendEvent) => unknown) => handlers.set(name, fn) } };
    const context = createContext({ Office: host, setTimeout, clearTimeout, console });
    runInContext(readFileSync(join(out, 'onsend.js'), 'utf8'), context, { filename: 'onsend.js' });
    expect(runInContext('typeof window + typeof document + typeof require + typeof process', context)).toBe('undefinedundefinedundefinedundefined');
    const handler = handlers.get('onMessageSendHandler');
    if (handler === undefined) throw new Error('onsend.js did not associate onMessageSendHandler');
    return handler;
  }

  async function sendInBareRuntime(draft: TestDraft, roamingSettings?: RoamingSettings): Promise<SendEventCompletion[]> {
    const calls: SendEventCompletion[] = [];
    const done = new Promise<void>((resolve) => {
      void loadInBareRuntime(testOffice(draft), roamingSettings)({ completed: (o) => (calls.push(o), resolve()) });
    });
    await done;
    await new Promise((r) => setTimeout(r, 20)); // a second completed() would show up here
    return calls;
  }

  it('holds a personnummer in a bare JavaScript runtime (classic Outlook), completing once', async () => {
    const calls = await sendInBareRuntime({ subject: 'Remiss', html: '<p>Personnummer 19121212-1212</p>' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ allowEvent: false, cancelLabel: 'Kryptera', commandId: 'Kuvert.Compose.Open' });
  });

  it('applies the organisation policy the task pane left in roaming settings; a damaged one falls back to the default', async () => {
    const values = new Map<string, unknown>();
    const settings: RoamingSettings = { get: (name) => values.get(name), set: (name, value) => void values.set(name, value) };
    // An organisation that only warns about personnummer to its own domain.
    const lenient = { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, personnummer: { action: 'warn', minConfidence: 0.5, override: 'allowWithAcknowledgement' } } } as const;
    expect(savePolicyForOnSend(settings, lenient, 'companion')).toBe('saved');
    const warned = await sendInBareRuntime({ subject: 'Remiss', html: '<p>Personnummer 19121212-1212</p>' }, settings);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.errorMessage).toMatch(/^Meddelandet verkar innehålla personnummer/u);
    values.set('kuvertPolicy', { text: JSON.stringify({ ...lenient, onClassificationFailure: 'whatever' }), source: 'x' });
    const held = await sendInBareRuntime({ subject: 'Remiss', html: '<p>Personnummer 19121212-1212</p>' }, settings);
    expect(held[0]).toMatchObject({ allowEvent: false, cancelLabel: 'Kryptera' });
  });

  it('reads a text attachment in the bare runtime (its own TextDecoder) and names it', async () => {
    const bytes = new TextEncoder().encode('personnummer;namn\n19121212-1212;Test Testsson\n');
    const calls = await sendInBareRuntime({ subject: 'Lista', html: '<p>Se bilaga.</p>', attachments: [{ name: 'lista.csv', contentType: 'text/csv', bytes }] });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.errorMessage).toContain('i bilagan "lista.csv"');
  });

  it('lets a clean mail go in the bare runtime', async () => {
    expect(await sendInBareRuntime({ subject: 'Lunch', html: '<p>Ses vid tolv.</p>' })).toEqual([{ allowEvent: true }]);
  });

  it('does not associate anything, or fail, where Office is absent', () => {
    const context = createContext({ setTimeout, clearTimeout, console });
    expect(() => {
      runInContext(readFileSync(join(out, 'onsend.js'), 'utf8'), context);
    }).not.toThrow();
  });
});

describe('task pane bundle', () => {
  const initial = (): string[] => JSON.parse(readFileSync(join(out, 'taskpane-initial.json'), 'utf8')) as string[];

  it('loads at most 450 KB of JavaScript (gzipped) before it is usable', () => {
    const files = initial();
    expect(files).toContain('taskpane.js');
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    expect(total).toBeLessThanOrEqual(450 * KB);
  });

  it('keeps PDF extraction and MSAL out of the initial load', () => {
    const first = initial().map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    const lazy = readdirSync(join(out, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'chunks', f), 'utf8')).join('\n');
    for (const marker of ['GlobalWorkerOptions', 'interaction_in_progress']) {
      expect(first).not.toContain(marker);
      expect(lazy).toContain(marker);
    }
  });

  it('carries the full category model in a chunk loaded on first use, which the on-send bundle never carries', () => {
    // The models' `trainedOn` strings name their corpora; only the full model's names the blind sets.
    const at = FULL_CATEGORY_MODEL.trainedOn.indexOf('category-blind-5a.ts');
    const marker = FULL_CATEGORY_MODEL.trainedOn.slice(at, at + 40);
    expect(marker).toMatch(/^category-blind-5a\.ts/);
    expect(CATEGORY_MODEL.trainedOn).not.toContain(marker);
    const first = initial().map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    expect(first).not.toContain(marker);
    const lazy = readdirSync(join(out, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'chunks', f), 'utf8'));
    expect(lazy.filter((chunk) => chunk.includes(marker))).toHaveLength(1);
    expect(readFileSync(join(out, 'onsend.js'), 'utf8')).not.toContain(marker);
    expect(readFileSync(join(out, 'onsend.js'), 'utf8')).toContain(CATEGORY_MODEL.trainedOn.slice(0, 40));
  });

  it('has a page that loads office.js and the initial scripts', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    for (const file of initial()) expect(html).toContain(file);
  });
});
