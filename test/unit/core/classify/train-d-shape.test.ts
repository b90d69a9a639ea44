/**
 * Shape of training set D: every label is a known category, texts are unique and non-empty, each
 * category has enough positives and enough documents are unlabelled hard negatives.
 */
import { TRAIN_D } from '../../../vectors/classify/train/train-d.js';
import { CATEGORY_TYPES } from '../../../../src/core/classify/types.js';

const CATEGORIES = CATEGORY_TYPES;

describe('TRAIN_D shape', () => {
  it('uses only known category labels, each at most once per document', () => {
    const known = new Set<string>(CATEGORIES);
    const bad = TRAIN_D.flatMap((doc) => doc.labels.filter((label) => !known.has(label)));
    expect(bad).toEqual([]);
    const repeated = TRAIN_D.filter((doc) => new Set(doc.labels).size !== doc.labels.length);
    expect(repeated.map((doc) => doc.text)).toEqual([]);
  });

  it('has non-empty, unique texts', () => {
    const empty = TRAIN_D.filter((doc) => doc.text.trim().length === 0);
    expect(empty).toEqual([]);
    const seen = new Map<string, number>();
    for (const doc of TRAIN_D) {
      const key = doc.text.trim().toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const dupes = [...seen].filter(([, n]) => n > 1).map(([text]) => text);
    expect(dupes).toEqual([]);
  });

  it('has at least 12 positives for every category', () => {
    const counts = new Map<string, number>(CATEGORIES.map((c) => [c, 0]));
    for (const doc of TRAIN_D) for (const label of doc.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    const short = [...counts].filter(([, n]) => n < 12);
    expect(short).toEqual([]);
  });

  it('has at least 35 % unlabelled documents and at least 350 in total', () => {
    const unlabelled = TRAIN_D.filter((doc) => doc.labels.length === 0).length;
    expect(TRAIN_D.length).toBeGreaterThanOrEqual(350);
    expect(unlabelled / TRAIN_D.length).toBeGreaterThanOrEqual(0.35);
  });
});
