import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { TRAIN_J } from '../../../vectors/classify/train/train-j.js';

describe('train-j shape', () => {
  it('has at least 300 documents', () => {
    expect(TRAIN_J.length).toBeGreaterThanOrEqual(300);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of TRAIN_J) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const seen = new Set<string>();
    for (const doc of TRAIN_J) {
      const text = doc.text.trim();
      expect(text.length).toBeGreaterThan(0);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    }
  });

  it('has at least 8 positives for every category', () => {
    for (const category of CATEGORIES) {
      const positives = TRAIN_J.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, positives: Math.min(positives, 8) }).toEqual({ category, positives: 8 });
    }
  });

  it('is at least 30 % unlabelled', () => {
    const unlabelled = TRAIN_J.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_J.length).toBeGreaterThanOrEqual(0.3);
  });
});
