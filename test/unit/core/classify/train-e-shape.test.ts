import { CATEGORY_TYPES } from '../../../../src/core/classify/types.js';
import { TRAIN_E } from '../../../vectors/classify/train/train-e.js';

describe('training set E shape', () => {
  it('uses only known category labels, without duplicates within a document', () => {
    const known = new Set<string>(CATEGORY_TYPES);
    for (const doc of TRAIN_E) {
      for (const label of doc.labels) expect(known.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = TRAIN_E.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const duplicates = texts.filter((text) => (seen.has(text) ? true : (seen.add(text), false)));
    expect(duplicates).toEqual([]);
  });

  it('has at least 300 documents, at least 40 % of them unlabelled', () => {
    expect(TRAIN_E.length).toBeGreaterThanOrEqual(300);
    const unlabelled = TRAIN_E.filter((doc) => doc.labels.length === 0).length;
    expect(unlabelled / TRAIN_E.length).toBeGreaterThanOrEqual(0.4);
  });
});
