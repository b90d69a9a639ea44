/**
 * One scan of a decoded text by every rule detector: identity numbers and payment cards (one pass
 * over digit runs), bank accounts, and the lexicons and credential labels (one word-start scan).
 * classifyText turns the result into findings; the category model reads it as features.
 */
import { findBankAccounts } from './bank-account.js';
import { CategoryCollector, LEXICON_CHANNEL, lexiconPatterns, type CategoryTag } from './category-detector.js';
import { lowerSameLength } from './context.js';
import { CREDENTIAL_CHANNELS, credentialFinding, credentialPatterns, type CredentialTag } from './credentials.js';
import { forEachDigitRun } from './digit-runs.js';
import { CardCollector } from './payment-card.js';
import { IdentityCollector } from './identity-number.js';
import type { DetectorOptions, RawFinding } from './types.js';
import { WordStartScanner } from './word-start-scan.js';

export interface TextAnalysis {
  /** The text lower-cased with offsets kept (lowerSameLength). */
  readonly lower: string;
  /** Findings of the structural detectors: identity numbers, cards, accounts, credentials. */
  readonly structural: readonly RawFinding[];
  /** The lexicon hits, scored by context (category-detector.ts). */
  readonly categories: CategoryCollector;
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

/** Runs every rule detector over `text` once. */
export function analyseText(text: string, now: Date): TextAnalysis {
  // One lower-cased copy for every detector: context windows are sliced from it, never lowered again.
  const lower = lowerSameLength(text);
  const detectorOptions: DetectorOptions = { now, lower };
  // One pass over the digit runs feeds both number detectors.
  const identities = new IdentityCollector(text, detectorOptions);
  const cards = new CardCollector(text);
  forEachDigitRun(text, (start, length) => {
    identities.add(start, length);
    cards.add(start, length);
  });
  const identity = identities.findings();
  const structural: RawFinding[] = [...identity, ...cards.findings, ...findBankAccounts(text, detectorOptions)];
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
  structural.push(...values, ...logins);
  return { lower, structural, categories };
}
