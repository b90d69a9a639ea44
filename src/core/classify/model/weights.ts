/**
 * The category model's kept weights: how the training script writes them into a string
 * (category-weights.generated.ts) and how core reads them back into a lookup table. Per kept
 * feature hash, in ascending order: the gap to the previous hash (a varint of base-64 digits, five
 * bits each, the sixth bit says "more"), then per category it weighs for two digits: the category
 * index (five bits; the sixth bit marks the feature's last weight) and the weight in units of
 * `scale` plus 32 (−31 … 31). Cross-validation scores 6-bit weights as 12-bit ones, and the string
 * is a third of the send-event bundle, so every bit counts.
 */
import type { CategoryType } from '../types.js';
import { FEATURE_MASK } from './feature-hash.js';

export interface EncodedModel {
  /** How the weights were made (also in the file's header). */
  readonly trainedOn: string;
  readonly categories: readonly CategoryType[];
  /** Per category. */
  readonly bias: readonly number[];
  /** The rules' own confidence from which their finding stands whatever the model says (the model adds to the rules); null: the model decides alone. */
  readonly rulesStandFrom: number | null;
  /**
   * In a text shorter than this (characters) the rules decide alone: the model reads too little there,
   * either to overrule a finding ("Yusuf är praktiserande muslim.") or to add one ("Hon är i Grekland
   * på semester." read as origin). 0: the model reads every text.
   */
  readonly shortText: number;
  /** Per category: the probability at which it is reported (picked by cross-validation). */
  readonly thresholds: readonly number[];
  /** One weight unit. */
  readonly scale: number;
  /**
   * Length normalisation (length-norm.ts): a chunk's word features count lengthFactor(norm, words, normUp)
   * each. Absent: they count 1 (the send model).
   */
  readonly norm?: number;
  readonly normUp?: boolean;
  /**
   * The feature kinds the model reads (text-features.ts bits). Absent: MODEL_KINDS (chunk-features.ts),
   * what the send model reads; the full model adds word bigrams.
   */
  readonly kinds?: number;
  /**
   * The encoded weights: one string, or its pieces in order (the full model's 140 KB are too long for a
   * chain of `'…' +` in source: the TypeScript parser recurses once per `+`).
   */
  readonly weights: string | readonly string[];
}

/** One kept weight, quantised: `q * scale` is the weight, |q| ≤ MAX_Q. */
export interface KeptWeight {
  readonly hash: number;
  readonly category: number;
  readonly q: number;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The largest |q| the format holds. */
export const MAX_Q = 31;
/** Categories the format can index (five bits). */
const MAX_CATEGORIES = 32;
const VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

/** Writes kept weights (any order) as the model string. */
export function encodeWeights(weights: readonly KeptWeight[]): string {
  const sorted = [...weights].sort((a, b) => a.hash - b.hash || a.category - b.category);
  let out = '';
  let previous = 0;
  for (let i = 0; i < sorted.length; ) {
    const hash = sorted[i]?.hash ?? 0;
    let j = i;
    while (j < sorted.length && sorted[j]?.hash === hash) j++;
    let gap = hash - previous;
    do {
      const digit = gap & 31;
      gap = Math.floor(gap / 32);
      out += DIGITS[digit | (gap > 0 ? 32 : 0)];
    } while (gap > 0);
    for (let k = i; k < j; k++) {
      const { category, q } = sorted[k] ?? { category: 0, q: 0 };
      if (category < 0 || category >= MAX_CATEGORIES) throw new RangeError(`category index ${category} does not fit the model format`);
      if (!Number.isInteger(q) || Math.abs(q) > MAX_Q) throw new RangeError(`weight ${q} does not fit the model format (|q| ≤ ${MAX_Q})`);
      out += `${DIGITS[category | (k === j - 1 ? 32 : 0)]}${DIGITS[q + 32]}`;
    }
    previous = hash;
    i = j;
  }
  return out;
}

/** The decoded weights: an open-addressed table from feature hash to its run of (category, weight). */
export class ModelWeights {
  private readonly slots: Int32Array;
  private readonly keys: Int32Array;
  private readonly mask: number;
  /**
   * One bit per hash of the feature space (2^FEATURE_BITS bits, 128 KB): set for kept features. Most
   * features of a text are not kept, and the bit answers for them without probing the table.
   */
  private readonly kept: Int32Array;
  /** Per kept feature i, its weights are entries offsets[i] … offsets[i + 1] - 1. */
  readonly offsets: Int32Array;
  readonly category: Uint8Array;
  readonly weight: Float64Array;
  readonly size: number;

  /** `pieces`: the encoded weights, as one string or its pieces in order (EncodedModel.weights). */
  constructor(pieces: string | readonly string[], scale: number) {
    const encoded = typeof pieces === 'string' ? pieces : pieces.join('');
    const hashes: number[] = [];
    const offsets: number[] = [0];
    const category: number[] = [];
    const weight: number[] = [];
    const read = (at: number): number => VALUE.get(encoded[at] ?? 'A') ?? 0;
    let at = 0;
    let hash = 0;
    while (at < encoded.length) {
      let gap = 0;
      let factor = 1;
      for (;;) {
        const digit = read(at++);
        gap += (digit & 31) * factor;
        factor *= 32;
        if ((digit & 32) === 0) break;
      }
      hash += gap;
      hashes.push(hash);
      for (;;) {
        const head = read(at);
        category.push(head & 31);
        weight.push((read(at + 1) - 32) * scale);
        at += 2;
        if ((head & 32) !== 0 || at >= encoded.length) break;
      }
      offsets.push(category.length);
    }
    this.size = hashes.length;
    this.offsets = Int32Array.from(offsets);
    this.category = Uint8Array.from(category);
    this.weight = Float64Array.from(weight);
    let slots = 16;
    while (slots < hashes.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(slots).fill(-1);
    this.keys = new Int32Array(slots);
    this.kept = new Int32Array((FEATURE_MASK + 1) >>> 5);
    hashes.forEach((h, i) => {
      this.kept[(h & FEATURE_MASK) >>> 5] = (this.kept[(h & FEATURE_MASK) >>> 5] ?? 0) | (1 << (h & 31));
      let s = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = i;
      this.keys[s] = h;
    });
  }

  /** The index of a kept feature, or -1. */
  indexOf(hash: number): number {
    if (((this.kept[(hash & FEATURE_MASK) >>> 5] ?? 0) & (1 << (hash & 31))) === 0) return -1;
    let s = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const i = this.slots[s] ?? -1;
      if (i === -1 || this.keys[s] === hash) return i;
      s = (s + 1) & this.mask;
    }
  }
}
