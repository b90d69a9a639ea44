import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { CATEGORY_BLIND_5A } from '../../../vectors/classify/category-blind-5a.js';

describe('category blind set 5a shape', () => {
  it('has at least 200 documents', () => {
    expect(CATEGORY_BLIND_5A.length).toBeGreaterThanOrEqual(200);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of CATEGORY_BLIND_5A) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = CATEGORY_BLIND_5A.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has at least 8 positives for every category', () => {
    for (const category of CATEGORIES) {
      const positives = CATEGORY_BLIND_5A.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, ok: positives >= 8 }).toEqual({ category, ok: true });
    }
  });

  it('is at least 40 % unlabelled', () => {
    const unlabelled = CATEGORY_BLIND_5A.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / CATEGORY_BLIND_5A.length).toBeGreaterThanOrEqual(0.4);
  });
});
