/**
 * The rule detectors' signals as model features: per category found in a chunk, its best hit score,
 * the hit's evidence codes (strong or weak term, disclosed, person near, general context, compound
 * head, topic compound), several hits, and whether the rules alone would report it. The structural
 * detectors (identity numbers, cards, accounts, credentials) add their type and confidence. The
 * model weighs these with the words around them instead of replacing them.
 */
import { documentScore, type CategoryCollector } from '../category-detector.js';
import type { FindingType, RawFinding } from '../types.js';
import { hashString } from './feature-hash.js';
import type { FeatureSink } from './text-features.js';

/** A rule hit or structural finding, reduced to what the model reads. */
export interface RuleHit {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly evidence: readonly string[];
}

/** The rules' reporting level (the default policy's minimum confidence). */
const RULE_REPORTS = 0.6;

const hashes = new Map<string, number>();

function signal(type: FindingType, name: string): number {
  const key = `${type}:${name}`;
  let hash = hashes.get(key);
  if (hash === undefined) hashes.set(key, (hash = hashString('r', key)));
  return hash;
}

/** Structural findings read beyond `head`: at most this many (a long text can hold thousands of numbers). */
const MAX_STRUCTURAL_BEYOND = 64;

/**
 * Every lexicon hit (the collector keeps at most a few hundred) and the structural findings that
 * start before `head` plus the first few after it, sorted by start: the model's cost stays bounded.
 */
export function ruleHits(categories: CategoryCollector, structural: readonly RawFinding[], head = Infinity): RuleHit[] {
  const hits: RuleHit[] = [];
  categories.forEachHit((type, hit) => hits.push({ type, start: hit.start, end: hit.end, score: hit.score, evidence: hit.evidence }));
  let beyond = 0;
  for (const f of structural) {
    if (f.start >= head && ++beyond > MAX_STRUCTURAL_BEYOND) continue;
    hits.push({ type: f.type, start: f.start, end: f.end, score: f.confidence, evidence: f.evidence });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The index of the first hit starting at or after `at` in hits sorted by start. */
export function firstHitFrom(hits: readonly RuleHit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hits[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per category (in `types` order): the best rule score in [from, to) (0 if none), and whether the rules alone report it. */
export interface RuleSummary {
  readonly score: Float64Array;
  readonly reported: Uint8Array;
}

export function summariseRules(hits: readonly RuleHit[], from: number, to: number, types: readonly FindingType[]): RuleSummary {
  const score = new Float64Array(types.length);
  const reported = new Uint8Array(types.length);
  const scores = new Map<FindingType, number[]>();
  for (let i = firstHitFrom(hits, from); i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined || hit.start >= to) break;
    let list = scores.get(hit.type);
    if (list === undefined) scores.set(hit.type, (list = []));
    list.push(hit.score);
  }
  types.forEach((type, c) => {
    const list = scores.get(type);
    if (list === undefined) return;
    score[c] = Math.max(...list);
    reported[c] = documentScore(list.map((s) => ({ score: s }))) >= RULE_REPORTS ? 1 : 0;
  });
  return { score, reported };
}

/** Emits the rule features of the hits that start in [from, to). */
export function emitRuleFeatures(hits: readonly RuleHit[], from: number, to: number, sink: FeatureSink): void {
  const byType = new Map<FindingType, RuleHit[]>();
  for (let i = firstHitFrom(hits, from); i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined || hit.start >= to) break;
    let list = byType.get(hit.type);
    if (list === undefined) byType.set(hit.type, (list = []));
    list.push(hit);
  }
  for (const [type, list] of byType) {
    let best = list[0];
    const codes = new Set<string>();
    for (const hit of list) {
      if (best === undefined || hit.score > best.score) best = hit;
      for (const code of hit.evidence) codes.add(code);
    }
    if (best === undefined) continue;
    const { start, end } = best;
    sink(signal(type, 'HIT'), 1, start, end);
    sink(signal(type, 'SCORE'), best.score, start, end);
    for (const code of codes) sink(signal(type, code), 1, start, end);
    if (list.length > 1) sink(signal(type, 'SEVERAL'), 1, start, end);
    if (documentScore(list) >= RULE_REPORTS) sink(signal(type, 'REPORTED'), 1, start, end);
  }
}
