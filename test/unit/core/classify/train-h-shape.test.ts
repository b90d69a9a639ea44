import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { TRAIN_H } from '../../../vectors/classify/train/train-h.js';

describe('train-h shape', () => {
  it('has at least 300 documents', () => {
    expect(TRAIN_H.length).toBeGreaterThanOrEqual(300);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of TRAIN_H) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const seen = new Set<string>();
    for (const doc of TRAIN_H) {
      const text = doc.text.trim();
      expect(text.length).toBeGreaterThan(0);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    }
  });

  it('has at least 10 positives for every category', () => {
    for (const category of CATEGORIES) {
      const positives = TRAIN_H.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, positives: Math.min(positives, 10) }).toEqual({ category, positives: 10 });
    }
  });

  it('is at least 40 % unlabelled', () => {
    const unlabelled = TRAIN_H.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_H.length).toBeGreaterThanOrEqual(0.4);
  });
});
