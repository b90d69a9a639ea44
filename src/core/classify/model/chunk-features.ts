/**
 * All features of one chunk, in the one order runtime and training share: word features first, then
 * rule signals. A hash counts once per chunk, with its first value (the caller keeps that rule).
 * `wordFactor` scales the word features' values (length-norm.ts; 1 for the send model).
 */
import type { RuleHit } from './rule-signals.js';
import { emitRuleFeatures } from './rule-signals.js';
import { KIND_PREFIX, KIND_RULE, KIND_SHAPE, KIND_SUFFIX, KIND_WORD, emitTextFeatures, type FeatureSink } from './text-features.js';

/** The feature kinds the shipped model reads (chosen by cross-validation, scripts/train-category-model.ts). */
export const MODEL_KINDS = KIND_WORD | KIND_PREFIX | KIND_SUFFIX | KIND_SHAPE | KIND_RULE;

export function emitChunkFeatures(text: string, lower: string, hits: readonly RuleHit[], from: number, to: number, sink: FeatureSink, kinds = MODEL_KINDS, wordFactor = 1): void {
  emitTextFeatures(text, lower, from, to, wordFactor === 1 ? sink : (hash, value, start, end) => sink(hash, value * wordFactor, start, end), kinds);
  if ((kinds & KIND_RULE) !== 0) emitRuleFeatures(hits, from, to, sink);
}
