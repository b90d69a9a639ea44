import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { TRAIN_G } from '../../../vectors/classify/train/train-g.js';

describe('train-g shape', () => {
  it('has at least 300 documents', () => {
    expect(TRAIN_G.length).toBeGreaterThanOrEqual(300);
  });

  it('uses only known labels, no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of TRAIN_G) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const seen = new Set<string>();
    for (const doc of TRAIN_G) {
      const text = doc.text.trim();
      expect(text.length).toBeGreaterThan(0);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    }
  });

  it('has at least 120 health positives', () => {
    expect(TRAIN_G.filter((doc) => doc.labels.includes('health')).length).toBeGreaterThanOrEqual(120);
  });

  it('has at least 3 positives for every category', () => {
    for (const category of CATEGORIES) {
      const count = TRAIN_G.filter((doc) => doc.labels.includes(category)).length;
      expect({ category, ok: count >= 3 }).toEqual({ category, ok: true });
    }
  });

  it('is at least 40 % unlabelled', () => {
    const unlabelled = TRAIN_G.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_G.length).toBeGreaterThanOrEqual(0.4);
  });
});
