/**
 * Issue 5's size budget: the detector code the send event needs (classifyText, the policy's
 * evaluate and the default policy; PDF, OOXML/ODF and .eml extraction excluded, as core loads
 * them lazily) adds at most 60 KB gzipped to a bundle. Bundled from the sources with esbuild,
 * lazy chunks split off, and the entry chunk measured.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..', '..', '..', '..');
const KB = 1024;

async function entryChunk(contents: string): Promise<{ gzipped: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    write: false,
    outdir: join(root, 'dist', 'budget-probe'),
    metafile: true,
    logLevel: 'silent',
  });
  const entry = result.outputFiles.find((f) => f.path.endsWith('stdin.js'));
  if (entry === undefined) throw new Error('esbuild produced no entry chunk');
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const meta = Object.entries(outputs).find(([path]) => path.endsWith('stdin.js'))?.[1];
  return { gzipped: gzipSync(entry.contents, { level: 9 }).length, inputs: Object.keys(meta?.inputs ?? {}) };
}

describe('detector bundle budget', () => {
  it('keeps the send-event detectors and policy decision within 60 KB gzipped, without extraction libraries', async () => {
    const { gzipped, inputs } = await entryChunk(
      "export { classifyText } from './src/core/classify/classify-text.ts'; export { evaluate } from './src/core/policy/evaluate.ts'; export { DEFAULT_POLICY } from './src/core/policy/default-policy.ts';",
    );
    console.log(`send-event detector code: ${(gzipped / KB).toFixed(1)} KB gzipped (budget 60 KB)`);
    expect(gzipped).toBeLessThanOrEqual(60 * KB);
    expect(inputs.some((p) => p.includes('src/core/classify/lexicon/health.ts'))).toBe(true);
    expect(inputs.filter((p) => /pdfjs-dist|fflate|extract\/(?:pdf|office|zip|eml)\.ts/.test(p))).toEqual([]);
  }, 60_000);
});
