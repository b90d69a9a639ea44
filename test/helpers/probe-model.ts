/**
 * Probe models for the category model's run-time tests: the full model's layout with one weight, so a
 * test can tell exactly which feature decides. And the categories a finding list reports at the
 * default policy's level (0.60).
 */
import { FULL_CATEGORY_MODEL } from '../../src/core/classify/model/category-weights-full.generated.js';
import { encodeWeights, type EncodedModel } from '../../src/core/classify/model/weights.js';
import { CATEGORY_TYPES, type CategoryType, type Finding } from '../../src/core/classify/types.js';

/**
 * One weight (`q` units of 1) on feature `hash` for `category`, bias −3 for it and −20 for the rest,
 * every threshold 0.60, the model reading every text; `rest` sets the norm, kinds, ….
 */
export function probeModel(hash: number, category: CategoryType, q: number, rest: Partial<EncodedModel> = {}): EncodedModel {
  const at = FULL_CATEGORY_MODEL.categories.indexOf(category);
  return {
    ...FULL_CATEGORY_MODEL,
    bias: FULL_CATEGORY_MODEL.categories.map((_, c) => (c === at ? -3 : -20)),
    thresholds: FULL_CATEGORY_MODEL.categories.map(() => 0.6),
    shortText: 0,
    scale: 1,
    weights: encodeWeights([{ hash, category: at, q }]),
    ...rest,
  };
}

/** The categories reported at 0.60 or more, sorted and comma-joined. */
export function reportedCategories(findings: readonly Finding[]): string {
  return [...new Set(findings.filter((f) => (CATEGORY_TYPES as readonly string[]).includes(f.type) && f.confidence >= 0.6).map((f) => f.type))].sort().join(',');
}
