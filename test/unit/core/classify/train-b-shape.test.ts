/**
 * Shape of training corpus B (test/vectors/classify/train/train-b.ts): valid labels, unique non-empty
 * texts, and the minimum numbers of positives, hard negatives, multi-label and general negative
 * documents that issue 5's training brief asks for, all counted from the data.
 */
import { CATEGORY_TYPES, type CategoryType } from '../../../../src/core/classify/types.js';
import {
  TRAIN_B,
  TRAIN_B_BY_TOPIC,
  TRAIN_B_GENERAL_NEGATIVES,
  TRAIN_B_MULTI,
} from '../../../vectors/classify/train/train-b.js';

const valid = new Set<string>(CATEGORY_TYPES);
const topics = Object.entries(TRAIN_B_BY_TOPIC) as [CategoryType, (typeof TRAIN_B)[number][]][];

describe('training corpus B', () => {
  it('uses only valid category labels, each at most once per document', () => {
    for (const doc of TRAIN_B) {
      for (const label of doc.labels) expect(valid.has(label)).toBe(true);
      expect(new Set(doc.labels).size).toBe(doc.labels.length);
    }
  });

  it('has unique, non-empty texts', () => {
    const texts = TRAIN_B.map((doc) => doc.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const duplicates = texts.filter((text) => (seen.has(text) ? true : (seen.add(text), false)));
    expect(duplicates).toEqual([]);
  });

  it('is the union of its sections', () => {
    const sections = [...topics.flatMap(([, docs]) => docs), ...TRAIN_B_MULTI, ...TRAIN_B_GENERAL_NEGATIVES];
    expect(sections.length).toBe(TRAIN_B.length);
    expect(new Set(sections)).toEqual(new Set(TRAIN_B));
  });

  it.each(topics.map(([category]) => category))('%s: ≥ 28 positives and ≥ 16 hard negatives', (category) => {
    const section = TRAIN_B_BY_TOPIC[category as keyof typeof TRAIN_B_BY_TOPIC];
    const labelled = section.filter((doc) => doc.labels.length > 0);
    // every labelled document in a category's section carries that category
    expect(labelled.filter((doc) => !doc.labels.includes(category))).toEqual([]);
    expect(labelled.length).toBeGreaterThanOrEqual(28);
    expect(section.length - labelled.length).toBeGreaterThanOrEqual(16);
    expect(TRAIN_B.filter((doc) => doc.labels.includes(category)).length).toBeGreaterThanOrEqual(28);
  });

  it('covers the nine categories of the brief', () => {
    expect(topics.map(([category]) => category).sort()).toEqual(
      ['bank-account', 'credentials', 'criminal-record', 'grades', 'hr-assessment', 'payment-card', 'salary', 'secrecy', 'social'],
    );
  });

  it('has ≥ 20 multi-label documents, ≥ 30 general negatives and ≥ 450 documents in all', () => {
    expect(TRAIN_B.filter((doc) => doc.labels.length >= 2).length).toBeGreaterThanOrEqual(20);
    expect(TRAIN_B_MULTI.every((doc) => doc.labels.length >= 2)).toBe(true);
    expect(TRAIN_B_GENERAL_NEGATIVES.every((doc) => doc.labels.length === 0)).toBe(true);
    expect(TRAIN_B_GENERAL_NEGATIVES.length).toBeGreaterThanOrEqual(30);
    expect(TRAIN_B.length).toBeGreaterThanOrEqual(450);
  });
});
