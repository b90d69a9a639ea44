/**
 * The trained category model at run time. Each chunk the model reads (chunks.ts) gets a linear score
 * per category over hashed word features and the rule detectors' signals. A category is reported when its best chunk's
 * probability reaches the category's threshold (picked by cross-validation when the weights were
 * trained, category-weights.generated.ts); a rule finding whose own confidence reaches `rulesStandFrom`
 * stands too, and below that the model decides. In a text shorter than `shortText` (a subject, a one-line
 * note) the rules decide every category alone, except that the model may add a structural one (a password
 * the credential rules miss, "… kommer i ett separat sms: det är Blåbär2027"). On unseen text (blind-5) letting the model overrule the weaker rule
 * findings of longer texts raised F1 from 0.83 to 0.85 (session 5).
 *
 * Location: the rule hits of that category when there are any (the strongest first), otherwise the
 * word or number in the best chunk that added most to the category's score. Confidence: the
 * probability mapped so that the threshold lands on 0.60, the default policy's minimum — below
 * it 0.60 · p / threshold, above it 0.60 + 0.39 · (p − threshold) / (1 − threshold); with
 * the rules' own score, the higher of the two (the rules' score capped below 0.60 unless it reaches
 * `rulesStandFrom`), so every level sees at least what the rules alone gave it.
 */
import { CATEGORY_REPORT_FLOOR } from '../category-detector.js';
import type { TextAnalysis } from '../analyse-text.js';
import type { CategoryType, FindingType, RawFinding } from '../types.js';
import { CATEGORY_MODEL } from './category-weights.generated.js';
import { MODEL_KINDS, emitChunkFeatures } from './chunk-features.js';
import { MODEL_HEAD, chunksOf, covered, modelRegions, type Span } from './chunks.js';
import { chunkGates, gateOpen } from './gates.js';
import { lengthFactor, wordCount } from './length-norm.js';
import { ruleHits, type RuleHit } from './rule-signals.js';
import { ModelWeights, type EncodedModel } from './weights.js';

/** The policy level the thresholds map onto. */
export const MODEL_REPORT_LEVEL = 0.6;
const MAX_FINDINGS_PER_CATEGORY = 50;
/** Categories with a structural detector: its findings always stand; the model may add what it missed. */
const STRUCTURAL = new Set<FindingType>(['credentials', 'bank-account', 'payment-card']);

interface Loaded {
  readonly encoded: EncodedModel;
  readonly weights: ModelWeights;
  /** Per kept feature: the chunk that last counted it (each feature counts once per chunk). */
  readonly stamp: Int32Array;
  /** The number of the chunk being scored (stamps are compared against it, never cleared per chunk). */
  tick: number;
}

/** Each encoded model decoded once, on first use (none at import time). */
const loaded = new WeakMap<EncodedModel, Loaded>();

function model(encoded: EncodedModel): Loaded {
  let m = loaded.get(encoded);
  if (m === undefined) {
    const weights = new ModelWeights(encoded.weights, encoded.scale);
    m = { encoded, weights, stamp: new Int32Array(weights.size), tick: 0 };
    loaded.set(encoded, m);
  }
  return m;
}

/** The model's probability mapped to a finding's confidence (see the file comment). */
export function modelConfidence(p: number, threshold: number): number {
  if (p < threshold) return Math.min(MODEL_REPORT_LEVEL - 0.01, Math.floor(((MODEL_REPORT_LEVEL * p) / threshold) * 100) / 100);
  return Math.min(0.99, Math.floor((MODEL_REPORT_LEVEL + (0.39 * (p - threshold)) / (1 - threshold)) * 100) / 100);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The linear score of one chunk per category. */
function chunkScores(m: Loaded, text: string, lower: string, hits: readonly RuleHit[], chunk: Span, z: Float64Array): void {
  const { weights, stamp } = m;
  if (m.tick >= 0x3fffffff) {
    stamp.fill(0);
    m.tick = 0;
  }
  const chunkNo = ++m.tick;
  m.encoded.bias.forEach((b, c) => (z[c] = b));
  emitChunkFeatures(text, lower, hits, chunk[0], chunk[1], (hash, value) => {
    const i = weights.indexOf(hash);
    if (i < 0 || stamp[i] === chunkNo) return;
    stamp[i] = chunkNo;
    const last = weights.offsets[i + 1] ?? 0;
    for (let k = weights.offsets[i] ?? 0; k < last; k++) {
      const c = weights.category[k] ?? 0;
      z[c] = (z[c] ?? 0) + (weights.weight[k] ?? 0) * value;
    }
  }, m.encoded.kinds ?? MODEL_KINDS, wordFactorOf(m.encoded, lower, chunk));
}

/** What each word feature of `chunk` counts under the model's length normalisation (1 without one). */
function wordFactorOf(encoded: EncodedModel, lower: string, [from, to]: Span): number {
  return encoded.norm === undefined ? 1 : lengthFactor(encoded.norm, wordCount(lower, from, to), encoded.normUp === true);
}

/**
 * The category findings of `text`: the model's for what it read, the rules' (`rules`) for lexicon
 * hits outside it. Structural categories come from `analysis.structural` and are not repeated here.
 */
export function modelCategoryFindings(text: string, analysis: TextAnalysis, rules: readonly RawFinding[], encoded: EncodedModel = CATEGORY_MODEL): RawFinding[] {
  const m = model(encoded);
  const { categories, thresholds, rulesStandFrom, shortText } = m.encoded;
  // In a short text the rules decide every category they cover alone (the model may still add a structural one).
  const short = text.length < shortText;
  const { lower } = analysis;
  const hits = ruleHits(analysis.categories, analysis.structural, MODEL_HEAD);
  const regions = modelRegions(text.length, hits.map((h) => h.start));
  const n = categories.length;
  const best = new Float64Array(n);
  const bestChunk = new Array<Span | undefined>(n);
  const z = new Float64Array(m.encoded.bias.length);
  const p = new Float64Array(n);
  for (const [from, to] of regions) {
    for (const chunk of chunksOf(lower, from, to)) {
      chunkScores(m, text, lower, hits, chunk, z);
      const gates = chunkGates(text, lower, chunk[0], chunk[1]);
      for (let c = 0; c < n; c++) {
        p[c] = gateOpen(categories[c] ?? 'health', gates) ? sigmoid(z[c] ?? 0) : 0;
        if (bestChunk[c] === undefined || (p[c] ?? 0) > (best[c] ?? 0)) {
          best[c] = p[c] ?? 0;
          bestChunk[c] = chunk;
        }
      }
    }
  }
  const findings = rules.filter((f) => short || !covered(regions, f.start));
  const read = hits.filter((h) => covered(regions, h.start));
  for (let c = 0; c < n; c++) {
    const type = categories[c];
    const chunk = bestChunk[c];
    if (type === undefined || chunk === undefined) continue;
    if (STRUCTURAL.has(type) ? analysis.structural.some((f) => f.type === type) : short) continue;
    const ruleScore = Math.max(0, ...rules.filter((f) => f.type === type && covered(regions, f.start)).map((f) => f.confidence));
    const stands = rulesStandFrom !== null && ruleScore >= rulesStandFrom;
    // Below the level where they stand, the rules' score still counts (a policy asking for less than
    // 0.60, such as the default subject rule at 0.50, sees at least what the rules alone gave it).
    const ruleSide = stands ? ruleScore : Math.min(ruleScore, MODEL_REPORT_LEVEL - 0.01);
    const confidence = Math.max(ruleSide, modelConfidence(best[c] ?? 0, thresholds[c] ?? 1));
    if (confidence < CATEGORY_REPORT_FLOOR) continue;
    findings.push(...locate(m, type, c, confidence, text, lower, hits, read, chunk));
  }
  return findings;
}

/** Findings of category `type` at its rule hits, or at the strongest word of its best chunk. */
function locate(m: Loaded, type: CategoryType, c: number, confidence: number, text: string, lower: string, hits: readonly RuleHit[], read: readonly RuleHit[], chunk: Span): RawFinding[] {
  const own = read.filter((h) => h.type === type);
  if (own.length > 0) {
    own.sort((a, b) => b.score - a.score || a.start - b.start);
    return own.slice(0, MAX_FINDINGS_PER_CATEGORY).map((h) => ({ type, start: h.start, end: h.end, confidence, evidence: ['MODEL', ...h.evidence] }));
  }
  const [start, end] = strongestSpan(m, text, lower, hits, chunk, c);
  return [{ type, start, end, confidence, evidence: ['MODEL', 'MODEL_WORDS'] }];
}

/** The span of the feature in `chunk` that adds most to category `c` (the chunk itself if none adds). */
function strongestSpan(m: Loaded, text: string, lower: string, hits: readonly RuleHit[], chunk: Span, c: number): Span {
  const { weights } = m;
  let top = 0;
  let span: Span = chunk;
  emitChunkFeatures(text, lower, hits, chunk[0], chunk[1], (hash, value, start, end) => {
    const i = weights.indexOf(hash);
    if (i < 0) return;
    const last = weights.offsets[i + 1] ?? 0;
    for (let k = weights.offsets[i] ?? 0; k < last; k++) {
      const add = (weights.weight[k] ?? 0) * value;
      if (weights.category[k] === c && add > top) {
        top = add;
        span = [start, end];
      }
    }
  }, m.encoded.kinds ?? MODEL_KINDS, wordFactorOf(m.encoded, lower, chunk));
  return span === chunk ? span : wholeWord(lower, span, chunk);
}

/** A prefix or suffix feature's span widened to its whole word (a subject suggestion removes whole words). */
function wholeWord(lower: string, [start, end]: Span, [from, to]: Span): Span {
  const inWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
  let a = start;
  let b = end;
  while (a > from && inWord(lower.charCodeAt(a - 1))) a--;
  while (b < to && inWord(lower.charCodeAt(b))) b++;
  return [a, b];
}
