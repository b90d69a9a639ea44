import { CATEGORY_TYPES as CATEGORIES } from '../../../../src/core/classify/types.js';
import { TRAIN_F } from '../../../vectors/classify/train/train-f.js';


describe('training set F shape', () => {
  it('has at least 300 documents', () => {
    expect(TRAIN_F.length).toBeGreaterThanOrEqual(300);
  });

  it('uses only known labels, with no duplicate label on a document', () => {
    const known = new Set<string>(CATEGORIES);
    for (const doc of TRAIN_F) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = TRAIN_F.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has at least 8 positives for every category', () => {
    const counts = new Map<string, number>(CATEGORIES.map((c) => [c, 0]));
    for (const doc of TRAIN_F) for (const label of doc.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    const short = [...counts].filter(([, n]) => n < 8);
    expect(short).toEqual([]);
  });

  it('is at least 35 % unlabelled', () => {
    const unlabelled = TRAIN_F.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_F.length).toBeGreaterThanOrEqual(0.35);
  });
});
