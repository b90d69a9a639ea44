import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { CATEGORY_BLIND_8B } from '../../../vectors/classify/category-blind-8b.js';

describe('category-blind-8b shape', () => {
  it('has at least 200 documents', () => {
    expect(CATEGORY_BLIND_8B.length).toBeGreaterThanOrEqual(200);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of CATEGORY_BLIND_8B) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = CATEGORY_BLIND_8B.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has at least 6 positives for every category', () => {
    for (const category of CATEGORIES) {
      const positives = CATEGORY_BLIND_8B.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, positives: Math.min(positives, 6) }).toEqual({ category, positives: 6 });
    }
  });

  it('is at least 35 % unlabelled', () => {
    const unlabelled = CATEGORY_BLIND_8B.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / CATEGORY_BLIND_8B.length).toBeGreaterThanOrEqual(0.35);
  });
});
