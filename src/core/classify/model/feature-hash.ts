/**
 * Feature hashing for the category model: FNV-1a over char codes, one seed per feature kind, folded
 * into a space of 2^20. Runtime and the training script hash the same way, so only the kept
 * weights need to ship (category-weights.generated.ts).
 */

/** Bits of the hashed feature space. */
export const FEATURE_BITS = 20;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** One FNV-1a step. */
export function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

/** The start hash of a feature kind ('w' word, 'p' prefix, 's' suffix, 'b' bigram, 'x' shape, 'r' rule signal). */
export function seed(kind: string): number {
  return mix(OFFSET, kind.charCodeAt(0));
}

/** Two hashes combined (bigrams). */
export function combine(a: number, b: number): number {
  return mix(mix(mix(mix(a, b & 0xff), (b >>> 8) & 0xff), (b >>> 16) & 0xff), b >>> 24);
}

/** The hash of a whole string under a kind (rule signals and shape names). */
export function hashString(kind: string, s: string): number {
  let h = seed(kind);
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h & FEATURE_MASK;
}
