/**
 * Runs every detector over one decoded text and attaches the location. Pure and synchronous: this
 * is the part the on-send bundle needs.
 */
import { findBankAccounts } from './bank-account.js';
import { CategoryCollector, LEXICON_CHANNEL, lexiconPatterns, type CategoryTag } from './category-detector.js';
import { lowerSameLength } from './context.js';
import { CREDENTIAL_CHANNELS, credentialFinding, credentialPatterns, type CredentialTag } from './credentials.js';
import { forEachDigitRun } from './digit-runs.js';
import { CardCollector } from './payment-card.js';
import { IdentityCollector } from './identity-number.js';
import type { DetectorOptions, Finding, Location, RawFinding } from './types.js';
import { WordStartScanner } from './word-start-scan.js';

export interface ClassifyOptions {
  /** "Today" for date rules; defaults to the current time. */
  readonly now?: Date;
}

type WordTag = { readonly lexicon: CategoryTag } | { readonly credential: CredentialTag };
/** Lexicons (channel 0) and credential labels (channels 1, 2) share one word-start scan. */
let wordScanner: WordStartScanner<WordTag> | undefined;

function sharedScanner(): WordStartScanner<WordTag> {
  // One wrapper per lexicon tag (not per term): the scanner merges neighbours with the same tag.
  const wrappers = new Map<CategoryTag, WordTag>();
  const wrap = (tag: CategoryTag): WordTag => {
    let wrapped = wrappers.get(tag);
    if (wrapped === undefined) wrappers.set(tag, (wrapped = { lexicon: tag }));
    return wrapped;
  };
  const patterns = [
    ...lexiconPatterns(0).map((p) => ({ ...p, tag: wrap(p.tag) })),
    ...credentialPatterns(1).map((p) => ({ ...p, tag: { credential: p.tag } })),
  ];
  return new WordStartScanner<WordTag>(patterns, [LEXICON_CHANNEL, ...CREDENTIAL_CHANNELS]);
}

/** Classifies `text` found at `location`. Findings are sorted by start offset. */
export function classifyText(text: string, location: Location, options: ClassifyOptions = {}): Finding[] {
  // One lower-cased copy for every detector: context windows are sliced from it, never lowered again.
  const lower = lowerSameLength(text);
  const detectorOptions: DetectorOptions = { now: options.now ?? new Date(), lower };
  // One pass over the digit runs feeds both number detectors.
  const identities = new IdentityCollector(text, detectorOptions);
  const cards = new CardCollector(text);
  forEachDigitRun(text, (start, length) => {
    identities.add(start, length);
    cards.add(start, length);
  });
  const identity = identities.findings();
  const raw: RawFinding[] = [...identity, ...cards.findings, ...findBankAccounts(text, detectorOptions)];
  const anchors = identity.filter((f) => f.confidence >= 0.5).map((f) => f.start);
  const categories = new CategoryCollector(text, lower, anchors);
  const values: RawFinding[] = [];
  const logins: RawFinding[] = [];
  wordScanner ??= sharedScanner();
  wordScanner.scan(lower, (start, end, tag, match) => {
    if ('lexicon' in tag) {
      categories.add(start, end, tag.lexicon);
      return;
    }
    const finding = credentialFinding(start, end, tag.credential, match);
    if (finding !== undefined) (tag.credential === 'LOGIN_NAME' ? logins : values).push(finding);
  }, categories.words);
  raw.push(...values, ...logins, ...categories.findings());
  return dropOverlaps(raw)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => withLocation(f, location));
}

/** The finding with its location, built field by field (an object spread per finding costs more). */
function withLocation(f: RawFinding, location: Location): Finding {
  const { type, start, end, confidence, normalized, evidence } = f;
  return normalized === undefined ? { type, start, end, confidence, evidence, location } : { type, start, end, confidence, normalized, evidence, location };
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
