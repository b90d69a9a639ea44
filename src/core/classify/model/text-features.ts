/**
 * Word features of one chunk of text for the category model: lower-cased words, their first 4–6
 * letters (inflection) and last 4–6 letters (compound heads: lung|cancern, alkohol|missbruket),
 * word bigrams, and shapes of numbers (NNNN-N, money, per cent, a capital grade letter). One pass
 * over the chunk, hashes built char by char: no substrings, no regex.
 */
import { FEATURE_MASK, combine, hashString, mix, seed } from './feature-hash.js';

/** Feature kinds, as bits: which ones the model reads (chunk-features.ts MODEL_KINDS) was chosen by cross-validation. */
export const KIND_WORD = 1;
export const KIND_PREFIX = 2;
export const KIND_SUFFIX = 4;
export const KIND_BIGRAM = 8;
export const KIND_SHAPE = 16;
export const KIND_RULE = 32;
export const ALL_KINDS = 63;

/** Receives a feature: its hash, its value, and the span it came from. */
export type FeatureSink = (hash: number, value: number, start: number, end: number) => void;

const MIN_PREFIX = 4;
const MAX_PREFIX = 6;
const SUFFIXES = [4, 5, 6];
/** A suffix counts only when at least this many letters stand before it (a compound's modifier). */
const MIN_MODIFIER = 3;
const MAX_SHAPE = 24;

let seeds: { w: number; p: number; s: number; b: number; x: number; cap: number; money: number; pct: number; grade: number; gradeLetter: number[] } | undefined;

function seedsOf(): NonNullable<typeof seeds> {
  seeds ??= {
    w: seed('w'), p: seed('p'), s: seed('s'), b: seed('b'), x: seed('x'), cap: seed('c'),
    money: hashString('x', 'MONEY'), pct: hashString('x', 'PERCENT'), grade: hashString('x', 'GRADE'),
    gradeLetter: [...'ABCDEF'].map((l) => hashString('x', `GRADE_${l}`)),
  };
  return seeds;
}

/**
 * Prepositions before a capitalised word: "kommer från Syrien" (origin) against "är i Grekland",
 * "åker till Turkiet" (a journey) — one feature per preposition, whatever the place.
 */
const PREPOSITIONS = new Map(['i', 'till', 'från', 'ur', 'på', 'av', 'hos', 'in', 'to', 'from', 'at', 'of'].map((w) => [w, hashString('x', `BEFORE_NAME_${w}`)]));

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
}

/** Letters of Swedish and English text, including the common accented ones. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A sentence or line end: no bigram spans it. */
function isBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 59 || c === 58;
}

/** Separators that may stand inside a number (8327-9, F32.1, 42 500, 12/27). */
function isNumberJoin(c: number): boolean {
  return c === 45 || c === 46 || c === 44 || c === 47 || c === 58 || c === 32 || c === 43;
}

/**
 * Emits the word features of lower[from, to). `text` is the original (for capital grade letters).
 * Repeated features are emitted again; the caller counts each once per chunk.
 */
export function emitTextFeatures(text: string, lower: string, from: number, to: number, sink: FeatureSink, kinds = ALL_KINDS): void {
  const k = seedsOf();
  let prev = 0;
  let sentenceStart = true;
  let i = from;
  while (i < to) {
    const c = lower.charCodeAt(i);
    if (isLetter(c)) {
      let j = i;
      let word = k.w;
      let prefix = k.p;
      while (j < to && isLetter(lower.charCodeAt(j))) {
        const code = lower.charCodeAt(j);
        word = mix(word, code);
        prefix = mix(prefix, code);
        j++;
        const length = j - i;
        if ((kinds & KIND_PREFIX) !== 0 && length >= MIN_PREFIX && length <= MAX_PREFIX && j < to && isLetter(lower.charCodeAt(j))) sink(prefix & FEATURE_MASK, 1, i, j);
      }
      const length = j - i;
      if ((kinds & KIND_WORD) !== 0) sink(word & FEATURE_MASK, 1, i, j);
      for (const n of SUFFIXES) {
        if ((kinds & KIND_SUFFIX) === 0 || length < n + MIN_MODIFIER) break;
        let suffix = k.s;
        for (let m = j - n; m < j; m++) suffix = mix(suffix, lower.charCodeAt(m));
        sink(suffix & FEATURE_MASK, 1, j - n, j);
      }
      if ((kinds & KIND_SHAPE) !== 0 && length <= 4 && j + 1 < to && lower.charCodeAt(j) === 32 && isCapital(text.charCodeAt(j + 1))) {
        const before = PREPOSITIONS.get(lower.slice(i, j));
        if (before !== undefined) sink(before, 1, i, j);
      }
      if (length === 1 && (kinds & KIND_SHAPE) !== 0) {
        const upper = text.charCodeAt(i);
        if (upper >= 65 && upper <= 70) {
          sink(k.grade, 1, i, j);
          sink(k.gradeLetter[upper - 65] ?? k.grade, 1, i, j);
        }
      }
      if (prev !== 0 && (kinds & KIND_BIGRAM) !== 0) sink(combine(mix(k.b, prev), word) & FEATURE_MASK, 1, i, j);
      // A capitalised word inside a sentence is a name (Vision the union, not a vision).
      if ((kinds & KIND_WORD) !== 0 && !sentenceStart && length > 1 && isCapital(text.charCodeAt(i))) sink(combine(k.cap, word) & FEATURE_MASK, 1, i, j);
      sentenceStart = false;
      prev = word;
      i = j;
    } else if (isDigit(c)) {
      let j = i;
      let shape = k.x;
      let n = 0;
      while (j < to) {
        const code = lower.charCodeAt(j);
        if (isDigit(code)) shape = n++ < MAX_SHAPE ? mix(shape, 78) : shape;
        else if (isNumberJoin(code) && j + 1 < to && isDigit(lower.charCodeAt(j + 1))) shape = n++ < MAX_SHAPE ? mix(shape, code) : shape;
        else break;
        j++;
      }
      if ((kinds & KIND_SHAPE) !== 0) {
        sink(shape & FEATURE_MASK, 1, i, j);
        const unit = unitAfter(lower, j, to);
        if (unit === 1) sink(k.money, 1, i, j);
        else if (unit === 2) sink(k.pct, 1, i, j);
      }
      if (prev !== 0 && (kinds & KIND_BIGRAM) !== 0) sink(combine(mix(k.b, prev), shape) & FEATURE_MASK, 1, i, j);
      prev = shape;
      i = j;
    } else {
      if (isBreak(c)) {
        prev = 0;
        sentenceStart = true;
      }
      i++;
    }
  }
}

/** 1 when a money unit follows (kr, kronor, sek, :-), 2 for a per cent sign or word, else 0. */
function unitAfter(lower: string, at: number, to: number): number {
  let i = at;
  if (i < to && lower.charCodeAt(i) === 32) i++;
  const rest = lower.slice(i, Math.min(to, i + 8));
  if (/^(?:kr\b|kronor|sek\b|:-)/.test(rest)) return 1;
  if (rest.startsWith('%') || rest.startsWith('procent')) return 2;
  return 0;
}
