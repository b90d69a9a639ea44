// Trains the sensitive-category models and writes src/core/classify/model/category-weights.generated.ts
// (the send event's, within its bundle budget) and category-weights-full.generated.ts (the task pane's
// and the CLI's; see MODEL_TIERS in the library).
//   node scripts/train-category-model.mjs            train and write both modules (deterministic)
//   node scripts/train-category-model.mjs --tier full   only one of them (send | full)
//   node scripts/train-category-model.mjs --report   also print the nested 5-fold CV report (rules vs model)
//   node scripts/train-category-model.mjs --check    exit 1 if a committed module differs from a rerun
//   node scripts/train-category-model.mjs --dry      train and print the module's size, write nothing
//   node scripts/train-category-model.mjs --compare  fixed-fold CV with each candidate data set added (see CANDIDATES)
//        [--hyper '{"objective":"f1"}']            … with hyper-parameters other than DEFAULT_HYPER
//   node scripts/train-category-model.mjs --compare-all  the same, all candidates together only
//   node scripts/train-category-model.mjs --dry --holdout  the model as built, scored on HOLDOUT (never trained or calibrated on)
//   node scripts/train-category-model.mjs --dry --curve    learning curves on HOLDOUT: share of the training data, weights kept
//   node scripts/train-category-model.mjs --dry --tier full --loso   the full model's recipe, each blind set of HOLDOUT left out in turn
//        [--runtime]                               … each left-out text scored by classifyText with the encoded model
// The TypeScript (scripts/train-category-model.lib.ts, which imports core and the corpora) is bundled with
// esbuild into a temporary file and imported.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'kuvert-train-'));
try {
  const outfile = join(dir, 'train.mjs');
  await build({ entryPoints: [join(root, 'scripts/train-category-model.lib.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  const trainer = await import(pathToFileURL(outfile).href);
  const at = process.argv.indexOf('--hyper');
  const override = at > 0 ? JSON.parse(process.argv[at + 1] ?? '{}') : {};
  const hyper = { ...trainer.DEFAULT_HYPER, ...override };
  const kindsAt = process.argv.indexOf('--kinds');
  const kinds = kindsAt > 0 ? Number(process.argv[kindsAt + 1]) : undefined;
  const tierAt = process.argv.indexOf('--tier');
  const tiers = trainer.MODEL_TIERS.filter((t) => tierAt < 0 || t.name === process.argv[tierAt + 1]);
  for (const tier of tiers) {
    const tierStarted = performance.now();
    // --hyper changes the send-event model's hyper-parameters (the experiments below use them too); the full model keeps its own unless --tier full.
    const tierHyper = tier.name === 'send' || tierAt > 0 ? { ...tier.hyper, ...override } : tier.hyper;
    const final = trainer.loadFinalData(kinds, tier.corpora, tierHyper);
    const source = trainer.buildModelSource(tier, final, tierHyper);
    const target = join(root, 'src/core/classify/model', tier.file);
    console.log(`${tier.name} model: ${trainer.calibrationReport(tierHyper, final)}`);
    console.log(`${tier.name} model: trained on ${final.trainRows.length} documents in ${((performance.now() - tierStarted) / 1000).toFixed(1)} s; module ${(source.length / 1024).toFixed(1)} KB, ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
    if (process.argv.includes('--check')) {
      const same = readFileSync(target, 'utf8') === source;
      console.log(same ? `${tier.file}: the committed model is reproduced byte for byte` : `${tier.file}: the committed model DIFFERS from a rerun`);
      if (!same) process.exitCode = 1;
    } else if (process.argv.includes('--dry')) {
      console.log('--dry: nothing written');
    } else {
      writeFileSync(target, source);
      console.log(`wrote ${target} (${source.length} bytes)`);
    }
  }
  if (process.argv.includes('--compare') || process.argv.includes('--compare-all')) {
    const t = performance.now();
    trainer.runCompare((line) => console.log(line), hyper, process.argv.includes('--compare-all'));
    console.log(`compare in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (process.argv.includes('--holdout')) {
    trainer.runHoldout((line) => console.log(line), hyper, trainer.HOLDOUT);
  }
  if (process.argv.includes('--loso')) {
    const t = performance.now();
    const losoHyper = { ...trainer.FULL_HYPER, ...override };
    trainer.runLeaveOneOut((line) => console.log(line), losoHyper, [...trainer.CORPORA, ...trainer.WRITER_CORPORA], trainer.HOLDOUT, process.argv.includes('--runtime'));
    console.log(`leave one out in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (process.argv.includes('--curve')) {
    trainer.runCurve((line) => console.log(line), hyper);
  }
  if (process.argv.includes('--halves')) {
    trainer.runHalves((line) => console.log(line), hyper);
  }
  if (process.argv.includes('--grid')) {
    trainer.runGrid((line) => console.log(line));
  }
  if (process.argv.includes('--report')) {
    const t = performance.now();
    const data = kindsAt > 0 ? trainer.loadData(trainer.CORPORA, Number(process.argv[kindsAt + 1])) : trainer.loadData();
    const report = trainer.crossValidate(data, hyper);
    console.log(trainer.formatReport(report));
    if (process.argv.includes('--errors')) console.log(report.errors.join('\n'));
    console.log(`CV in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
