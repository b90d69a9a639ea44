/**
 * A labelled document as the training script sees it: every feature hash with its value (first
 * emission wins, as at run time), from the same rule scan and feature code classifyText uses. A
 * training document is read as one chunk.
 */
import { analyseText } from '../analyse-text.js';
import { MODEL_KINDS, emitChunkFeatures } from './chunk-features.js';
import { chunkGates, gateOpen } from './gates.js';
import { lengthFactor, wordCount } from './length-norm.js';
import { ruleHits, summariseRules, type RuleSummary } from './rule-signals.js';
import { CATEGORY_TYPES } from '../types.js';

export interface DocumentFeatures {
  readonly features: Map<number, number>;
  /** The rule signals per category, in CATEGORY_TYPES order. */
  readonly rules: RuleSummary;
  /** Per category (CATEGORY_TYPES order): whether the model may report it (gates.ts). */
  readonly gates: readonly boolean[];
}

/**
 * `kinds`: the feature kinds to read (the shipped model's by default; the training script compares
 * others). `norm`, `normUp`: the model's length normalisation (length-norm.ts), the document read as
 * one chunk, as the run time reads each chunk.
 */
export function documentFeatures(text: string, now: Date, kinds = MODEL_KINDS, norm = 0, normUp = false): DocumentFeatures {
  const analysis = analyseText(text, now);
  const hits = ruleHits(analysis.categories, analysis.structural);
  const features = new Map<number, number>();
  const wordFactor = lengthFactor(norm, wordCount(analysis.lower, 0, text.length), normUp);
  emitChunkFeatures(text, analysis.lower, hits, 0, text.length, (hash, value) => {
    if (!features.has(hash)) features.set(hash, value);
  }, kinds, wordFactor);
  const read = chunkGates(text, analysis.lower, 0, text.length);
  const gates = CATEGORY_TYPES.map((t) => gateOpen(t, read));
  return { features, rules: summariseRules(hits, 0, text.length, CATEGORY_TYPES), gates };
}
