/**
 * The feature kinds a model reads are the model's own (EncodedModel.kinds): the full model reads word
 * bigrams, the send model does not; a weight on a kind the model does not read never counts.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { MODEL_KINDS } from '../../../../src/core/classify/model/chunk-features.js';
import { FULL_CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights-full.generated.js';
import { KIND_BIGRAM, emitTextFeatures } from '../../../../src/core/classify/model/text-features.js';
import { probeModel, reportedCategories as reported } from '../../../helpers/probe-model.js';

const now = new Date(Date.UTC(2025, 5, 15));
const body = { kind: 'body' as const };

test('the full model records that it reads word bigrams; the send model reads the default kinds', () => {
  expect(FULL_CATEGORY_MODEL.kinds).toBe(MODEL_KINDS | KIND_BIGRAM);
  expect(MODEL_KINDS & KIND_BIGRAM).toBe(0);
});

test('a bigram weight counts only in a model that reads bigrams, and only for the two words in that order', () => {
  // A probe model with one weight, on the bigram "blå bär", for health.
  const hashes: number[] = [];
  emitTextFeatures('blå bär', 'blå bär', 0, 7, (h) => hashes.push(h), KIND_BIGRAM);
  expect(hashes).toHaveLength(1);
  const probe = probeModel(hashes[0] ?? 0, 'health', 8, { norm: undefined, normUp: undefined, kinds: MODEL_KINDS | KIND_BIGRAM });
  expect(reported(classifyText('Hon tog blå bär i går.', body, { now, model: probe }))).toBe('health');
  expect(reported(classifyText('Hon tog bär, blå i går.', body, { now, model: probe }))).toBe('');
  // The same weights, read as the send model reads (no kinds: MODEL_KINDS, no bigrams): nothing counts.
  expect(reported(classifyText('Hon tog blå bär i går.', body, { now, model: { ...probe, kinds: undefined } }))).toBe('');
});
