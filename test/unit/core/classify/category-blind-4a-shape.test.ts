import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { CATEGORY_BLIND_4A } from '../../../vectors/classify/category-blind-4a.js';

describe('category-blind-4a corpus shape', () => {
  it('has at least 190 documents', () => {
    expect(CATEGORY_BLIND_4A.length).toBeGreaterThanOrEqual(190);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of CATEGORY_BLIND_4A) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const seen = new Set<string>();
    for (const doc of CATEGORY_BLIND_4A) {
      const text = doc.text.trim();
      expect(text.length).toBeGreaterThan(0);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    }
  });

  it('has at least 8 positives for every category', () => {
    for (const category of CATEGORIES) {
      const positives = CATEGORY_BLIND_4A.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, enough: positives >= 8 }).toEqual({ category, enough: true });
    }
  });

  it('is at least 40 % unlabelled', () => {
    const unlabelled = CATEGORY_BLIND_4A.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / CATEGORY_BLIND_4A.length).toBeGreaterThanOrEqual(0.4);
  });
});
