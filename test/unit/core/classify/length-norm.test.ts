/**
 * The full model's length normalisation (model/length-norm.ts): word features count sqrt(norm / n)
 * in a chunk of n words, the same in training and at run time; the send model has none.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights.generated.js';
import { FULL_CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights-full.generated.js';
import { lengthFactor, wordCount } from '../../../../src/core/classify/model/length-norm.js';
import { KIND_WORD, emitTextFeatures } from '../../../../src/core/classify/model/text-features.js';
import type { EncodedModel } from '../../../../src/core/classify/model/weights.js';
import { probeModel, reportedCategories as reported } from '../../../helpers/probe-model.js';

const now = new Date(Date.UTC(2025, 5, 15));
const body = { kind: 'body' as const };

describe('length normalisation', () => {
  it('counts words as runs of letters (Swedish ones too) or digits, within the range', () => {
    expect(wordCount('hej, anna! 12 kr', 0, 16)).toBe(4);
    expect(wordCount('sjukskrivning på grund av ångest', 0, 32)).toBe(5);
    expect(wordCount('  --  ', 0, 6)).toBe(0);
    expect(wordCount('abc def ghi', 4, 11)).toBe(2);
    // A range that starts inside a word counts its rest as a word.
    expect(wordCount('abc def', 1, 7)).toBe(2);
  });

  it('scales by sqrt(norm / words): down for long chunks, up for short ones only when asked, never without a norm', () => {
    expect(lengthFactor(0, 500, true)).toBe(1);
    expect(lengthFactor(40, 160, false)).toBeCloseTo(0.5, 12);
    expect(lengthFactor(40, 160, true)).toBeCloseTo(0.5, 12);
    expect(lengthFactor(40, 10, false)).toBe(1);
    expect(lengthFactor(40, 10, true)).toBeCloseTo(2, 12);
    // No words: as one word (no division by zero).
    expect(lengthFactor(40, 0, true)).toBeCloseTo(Math.sqrt(40), 12);
  });

  it('the send model has no norm; the full model records the one it was trained with', () => {
    expect(CATEGORY_MODEL.norm).toBeUndefined();
    expect(FULL_CATEGORY_MODEL.norm).toBeGreaterThan(0);
  });

  it("scales each chunk's word features at run time: one weight decides by the passage's length, as in training", () => {
    // A probe model with one weight, on the word "blåbär", for health: z = bias + w · sqrt(100 / n).
    let hash = -1;
    emitTextFeatures('blåbär', 'blåbär', 0, 6, (h) => (hash = h), KIND_WORD);
    const probe = probeModel(hash, 'health', 2, { norm: 100, normUp: true });
    const short = 'Hon har blåbär.'; // 3 words: factor sqrt(100 / 3) ≈ 5.8, z ≈ 8.5
    const long = `Hon har blåbär. ${'Vi ses på mötet i morgon. '.repeat(70)}`; // 428 words: factor ≈ 0.48, z ≈ -2.0
    expect(reported(classifyText(short, body, { now, model: probe }))).toBe('health');
    expect(reported(classifyText(long, body, { now, model: probe }))).toBe('');
    // Without a norm the word counts 1 whatever the length: z = -1, below the threshold in both.
    const plain: EncodedModel = { ...probe, norm: undefined, normUp: undefined };
    expect(reported(classifyText(short, body, { now, model: plain }))).toBe('');
    // Scaled only down: the short text's word counts 1 as well.
    expect(reported(classifyText(short, body, { now, model: { ...probe, normUp: false } }))).toBe('');
  });
});
