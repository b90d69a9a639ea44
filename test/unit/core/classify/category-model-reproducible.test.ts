/**
 * The committed category weights are what the training script makes from the committed corpora:
 * rerunning it (fixed seed, fixed order) reproduces src/core/classify/model/category-weights.generated.ts
 * byte for byte. When a corpus changes, regenerate with `node scripts/train-category-model.mjs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModelSource, loadData } from '../../../../scripts/train-category-model.lib.js';

const generated = join(__dirname, '..', '..', '..', '..', 'src', 'core', 'classify', 'model', 'category-weights.generated.ts');

describe('category model training', () => {
  it('reproduces the committed weights from the corpora', () => {
    const started = performance.now();
    const source = buildModelSource(loadData());
    const seconds = (performance.now() - started) / 1000;
    console.log(`category model retrained in ${seconds.toFixed(1)} s`);
    expect(source === readFileSync(generated, 'utf8')).toBe(true);
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});
