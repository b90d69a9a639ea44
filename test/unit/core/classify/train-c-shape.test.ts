/**
 * Shape of training set C: every label is a known category, texts are unique and non-empty, each of the
 * 18 categories has at least 12 positive documents, and at least 40 % of the documents are unlabelled.
 */
import { CATEGORY_TYPES } from '../../../../src/core/classify/types.js';
import { TRAIN_C } from '../../../vectors/classify/train/train-c.js';

const CATEGORIES = CATEGORY_TYPES;

describe('training set C shape', () => {
  it('has at least 300 documents with non-empty, unique texts', () => {
    expect(TRAIN_C.length).toBeGreaterThanOrEqual(300);
    const seen = new Set<string>();
    for (const doc of TRAIN_C) {
      expect(doc.text.trim().length).toBeGreaterThan(0);
      const key = doc.text.trim().replace(/\s+/g, ' ');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('uses only known categories, each at most once per document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of TRAIN_C) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has at least 12 positive documents per category', () => {
    const counts = new Map<string, number>(CATEGORIES.map((c) => [c, 0]));
    for (const doc of TRAIN_C) for (const label of doc.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    const short = [...counts].filter(([, n]) => n < 12);
    expect(short).toEqual([]);
  });

  it('leaves at least 40 % of the documents unlabelled', () => {
    const unlabelled = TRAIN_C.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_C.length).toBeGreaterThanOrEqual(0.4);
  });

  it('contains no personnummer-shaped number with a valid date', () => {
    const pnr = /\b(?:19|20)?(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+]?\d{4}\b/;
    for (const doc of TRAIN_C) expect(doc.text).not.toMatch(pnr);
  });
});
