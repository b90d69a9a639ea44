import { loadFullModel } from '../../../src/addin/full-model.js';
import { FULL_CATEGORY_MODEL } from '../../../src/core/classify/model/category-weights-full.generated.js';
import { CATEGORY_MODEL } from '../../../src/core/classify/model/category-weights.generated.js';

test('the task pane loads the full category model on first use, once', async () => {
  const first = loadFullModel();
  const second = loadFullModel();
  expect(second).toBe(first);
  const model = await first;
  expect(model).toBe(FULL_CATEGORY_MODEL);
  expect(model).not.toBe(CATEGORY_MODEL);
});
