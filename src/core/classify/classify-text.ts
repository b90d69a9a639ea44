/**
 * Runs every detector over one decoded text and attaches the location. Pure and synchronous: this
 * is the part the on-send bundle needs.
 */
import { analyseText } from './analyse-text.js';
import { modelCategoryFindings } from './model/category-model.js';
import type { Finding, Location, RawFinding } from './types.js';
import type { EncodedModel } from './model/weights.js';

export interface ClassifyOptions {
  /** "Today" for date rules; defaults to the current time. */
  readonly now?: Date;
  /**
   * Which method decides the lexicon categories: `model` (default) combines the rule signals with
   * the trained linear model (model/category-model.ts); `rules` reports the rule detector alone.
   */
  readonly categories?: 'model' | 'rules';
  /**
   * The trained weights for `categories: 'model'`: the send event's (`CATEGORY_MODEL`, the default,
   * within its bundle budget) unless told. The task pane, the reply subject check and the CLI pass
   * `FULL_CATEGORY_MODEL` (model/category-weights-full.generated.ts, imported only by them, so the send
   * bundle never carries it).
   */
  readonly model?: EncodedModel;
}

/** Classifies `text` found at `location`. Findings are sorted by start offset. */
export function classifyText(text: string, location: Location, options: ClassifyOptions = {}): Finding[] {
  const analysis = analyseText(text, options.now ?? new Date());
  const rules = analysis.categories.findings();
  const categories = options.categories === 'rules' ? rules : modelCategoryFindings(text, analysis, rules, options.model);
  return dropOverlaps([...analysis.structural, ...categories])
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => withLocation(f, location));
}

/** The finding with its location, built field by field (an object spread per finding costs more). */
function withLocation(f: RawFinding, location: Location): Finding {
  const { type, start, end, confidence, normalized, evidence } = f;
  return normalized === undefined ? { type, start, end, confidence, evidence, location } : { type, start, end, confidence, normalized, evidence, location };
}

/**
 * A card or account number that is also read as an identity number keeps the stronger reading; a
 * number read as a card is not also an account ("kortnummer 4929 … till gode mannens konto").
 */
function dropOverlaps(findings: RawFinding[]): RawFinding[] {
  const numbers = findings.filter((f) => f.type === 'payment-card' || f.type === 'bank-account');
  if (numbers.length === 0) return findings;
  const cards = numbers.filter((n) => n.type === 'payment-card');
  return findings.filter((f) => {
    if (f.type === 'bank-account') return !cards.some((n) => n.start <= f.start && n.end >= f.end);
    if (f.type !== 'personnummer' && f.type !== 'samordningsnummer') return true;
    return !numbers.some((n) => n.start <= f.start && n.end >= f.end && n.confidence >= f.confidence);
  });
}
