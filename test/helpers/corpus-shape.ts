/**
 * The shape every labelled category corpus is checked for (one `*-shape.test.ts` per corpus, so that
 * corpus writers working side by side each own their file): enough documents, only known labels and
 * none twice on a document, unique non-empty texts, enough positives for every category, and a share
 * of unlabelled hard negatives.
 */
import { CATEGORY_TYPES as CATEGORIES } from '../../src/core/classify/types.js';
import type { LabelledDocument } from '../vectors/classify/category-corpus.js';

export interface CorpusShape {
  readonly documents: number;
  /** Positives every category needs. */
  readonly positives: number;
  /** The least share of documents without a label, in [0, 1]. */
  readonly unlabelled: number;
}

export function describeCorpusShape(name: string, corpus: readonly LabelledDocument[], shape: CorpusShape): void {
  describe(`${name} shape`, () => {
    it(`has at least ${shape.documents} documents`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(shape.documents);
    });

    it('uses only known labels, no duplicate label on a document', () => {
      const known = new Set<string>(CATEGORIES);
      for (const doc of corpus) {
        for (const label of doc.labels) expect(known.has(label)).toBe(true);
        expect(new Set(doc.labels).size).toBe(doc.labels.length);
      }
    });

    it('has unique, non-empty texts', () => {
      const texts = corpus.map((doc) => doc.text.trim());
      for (const text of texts) expect(text.length).toBeGreaterThan(0);
      expect(new Set(texts).size).toBe(texts.length);
    });

    it(`has at least ${shape.positives} positives for every category`, () => {
      for (const category of CATEGORIES) {
        const positives = corpus.filter((doc) => doc.labels.includes(category)).length;
        expect({ category, positives: Math.min(positives, shape.positives) }).toEqual({ category, positives: shape.positives });
      }
    });

    it(`is at least ${Math.round(shape.unlabelled * 100)} % unlabelled`, () => {
      const unlabelled = corpus.filter((doc) => doc.labels.length === 0).length;
      expect(unlabelled / corpus.length).toBeGreaterThanOrEqual(shape.unlabelled);
    });
  });
}
