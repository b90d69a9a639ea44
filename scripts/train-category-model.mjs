// Trains the sensitive-category model and writes src/core/classify/model/category-weights.generated.ts.
//   node scripts/train-category-model.mjs            train and write the module (deterministic)
//   node scripts/train-category-model.mjs --report   also print the nested 5-fold CV report (rules vs model)
//   node scripts/train-category-model.mjs --check    exit 1 if the committed module differs from a rerun
// The TypeScript (scripts/train-category-model.lib.ts, which imports core and the corpora) is bundled with
// esbuild into a temporary file and imported.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/core/classify/model/category-weights.generated.ts');
const dir = mkdtempSync(join(tmpdir(), 'kuvert-train-'));
try {
  const outfile = join(dir, 'train.mjs');
  await build({ entryPoints: [join(root, 'scripts/train-category-model.lib.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  const trainer = await import(pathToFileURL(outfile).href);
  const started = performance.now();
  const data = trainer.loadData();
  const source = trainer.buildModelSource(data);
  console.log(`trained on ${data.docs.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === source;
    console.log(same ? 'the committed model is reproduced byte for byte' : 'the committed model DIFFERS from a rerun');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, source);
    console.log(`wrote ${target} (${source.length} bytes)`);
  }
  if (process.argv.includes('--grid')) {
    trainer.runGrid((line) => console.log(line));
  }
  if (process.argv.includes('--report')) {
    const t = performance.now();
    const report = trainer.crossValidate(data);
    console.log(trainer.formatReport(report));
    if (process.argv.includes('--errors')) console.log(report.errors.join('\n'));
    console.log(`CV in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
