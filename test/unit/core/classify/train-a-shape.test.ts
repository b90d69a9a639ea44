/**
 * Shape of training corpus A (test/vectors/classify/train/train-a.ts): valid labels, unique non-empty
 * texts, and the per-category sizes the brief for issue 5 asks for, all counted from the data.
 */
import { CATEGORY_TYPES, type CategoryType } from '../../../../src/core/classify/types.js';
import { TRAIN_A, TRAIN_A_HARD_NEGATIVES } from '../../../vectors/classify/train/train-a.js';

const COVERED: readonly CategoryType[] = [
  'health',
  'ethnic-origin',
  'political-opinion',
  'religion',
  'trade-union',
  'genetic',
  'biometric',
  'sex-life',
  'protected-identity',
];

describe('training corpus A', () => {
  it('uses only known category labels, with no label twice on one document', () => {
    const known = new Set<string>(CATEGORY_TYPES);
    for (const doc of TRAIN_A) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = TRAIN_A.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has at least 28 positives per covered category and at least 450 documents', () => {
    expect(TRAIN_A.length).toBeGreaterThanOrEqual(450);
    for (const category of COVERED) {
      const positives = TRAIN_A.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, ok: positives >= 28, positives }).toEqual({ category, ok: true, positives });
    }
  });

  it('has at least 16 unlabelled hard negatives per covered category, all part of the corpus', () => {
    const inCorpus = new Set(TRAIN_A);
    for (const category of COVERED) {
      const negatives = TRAIN_A_HARD_NEGATIVES[category] ?? [];
      expect({ category, ok: negatives.length >= 16, count: negatives.length }).toEqual({ category, ok: true, count: negatives.length });
      for (const doc of negatives) {
        expect(doc.labels).toEqual([]);
        expect(inCorpus.has(doc)).toBe(true);
      }
    }
  });

  it('has about 20 multi-label documents and 30 general negatives beyond the hard negatives', () => {
    const multi = TRAIN_A.filter((doc) => doc.labels.length >= 2).length;
    expect(multi).toBeGreaterThanOrEqual(20);
    const hard = new Set(Object.values(TRAIN_A_HARD_NEGATIVES).flat());
    const otherNegatives = TRAIN_A.filter((doc) => doc.labels.length === 0 && !hard.has(doc)).length;
    expect(otherNegatives).toBeGreaterThanOrEqual(30);
  });
});
