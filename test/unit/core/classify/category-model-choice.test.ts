/**
 * `classifyText(…, { model })` picks the trained weights: the send event's (CATEGORY_MODEL, the
 * default) or the full model the task pane and the CLI pass (FULL_CATEGORY_MODEL). The documents are
 * train-j's, which neither model was trained or calibrated on.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights.generated.js';
import { FULL_CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights-full.generated.js';
import type { EncodedModel } from '../../../../src/core/classify/model/weights.js';
import { CATEGORY_TYPES } from '../../../../src/core/classify/types.js';
import { reportedCategories as reported } from '../../../helpers/probe-model.js';
import { TRAIN_J } from '../../../vectors/classify/train/train-j.js';

const now = new Date(Date.UTC(2025, 5, 15));
const body = { kind: 'body' as const };
const docs = TRAIN_J.slice(0, 200);

describe('choosing the category model', () => {
  it('defaults to the send event model', () => {
    for (const { text } of docs) expect(classifyText(text, body, { now, model: CATEGORY_MODEL })).toEqual(classifyText(text, body, { now }));
  });

  it('the full model decides differently on some unseen documents, and each model gives the same answer twice', () => {
    const differ = docs.filter(({ text }) => reported(classifyText(text, body, { now, model: FULL_CATEGORY_MODEL })) !== reported(classifyText(text, body, { now })));
    expect(differ.length).toBeGreaterThan(0);
    // Both loaded models stay usable side by side (each keeps its own decoded table).
    for (const { text } of differ) {
      const full = reported(classifyText(text, body, { now, model: FULL_CATEGORY_MODEL }));
      expect(reported(classifyText(text, body, { now }))).not.toBe(full);
      expect(reported(classifyText(text, body, { now, model: FULL_CATEGORY_MODEL }))).toBe(full);
    }
  });

  it('a model that never reports leaves only the rule findings that stand on their own', () => {
    const silent: EncodedModel = { ...CATEGORY_MODEL, thresholds: CATEGORY_MODEL.thresholds.map(() => 1.01) };
    const standFrom = CATEGORY_MODEL.rulesStandFrom ?? 1;
    let changed = 0;
    for (const { text } of docs) {
      const findings = classifyText(text, body, { now, model: silent }).filter((f) => (CATEGORY_TYPES as readonly string[]).includes(f.type) && !['credentials', 'bank-account', 'payment-card'].includes(f.type));
      // Long enough for the model to read (shorter texts are the rules' alone): nothing between 0.60 and the rules' own level.
      if (text.length >= CATEGORY_MODEL.shortText) for (const f of findings) expect(f.confidence < 0.6 || f.confidence >= standFrom).toBe(true);
      if (reported(findings) !== reported(classifyText(text, body, { now }))) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });
});
