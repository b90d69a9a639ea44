/**
 * Runs every detector over one decoded text and attaches the location. Pure and synchronous: this
 * is the part the on-send bundle needs.
 */
import { findBankAccounts } from './bank-account.js';
import { findCategories } from './category-detector.js';
import { lowerSameLength } from './context.js';
import { findCredentials } from './credentials.js';
import { findPaymentCards } from './payment-card.js';
import { findPersonnummer } from './personnummer.js';
import type { Detector, DetectorOptions, Finding, Location, RawFinding } from './types.js';

export interface ClassifyOptions {
  /** "Today" for date rules; defaults to the current time. */
  readonly now?: Date;
}

const STRUCTURAL: readonly Detector[] = [findPaymentCards, findBankAccounts, findCredentials];

/** Classifies `text` found at `location`. Findings are sorted by start offset. */
export function classifyText(text: string, location: Location, options: ClassifyOptions = {}): Finding[] {
  // One lower-cased copy for every detector: context windows are sliced from it, never lowered again.
  const lower = lowerSameLength(text);
  const detectorOptions: DetectorOptions = { now: options.now ?? new Date(), lower };
  const identity = findPersonnummer(text, detectorOptions);
  const raw: RawFinding[] = [...identity];
  for (const detector of STRUCTURAL) raw.push(...detector(text, detectorOptions));
  const anchors = identity.filter((f) => f.confidence >= 0.5).map((f) => f.start);
  raw.push(...findCategories(text, anchors, lower));
  return dropOverlaps(raw)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => ({ ...f, location }));
}

/** A card or account number that is also read as an identity number keeps the stronger reading. */
function dropOverlaps(findings: RawFinding[]): RawFinding[] {
  const numbers = findings.filter((f) => f.type === 'payment-card' || f.type === 'bank-account');
  if (numbers.length === 0) return findings;
  return findings.filter((f) => {
    if (f.type !== 'personnummer' && f.type !== 'samordningsnummer') return true;
    return !numbers.some((n) => n.start <= f.start && n.end >= f.end && n.confidence >= f.confidence);
  });
}
