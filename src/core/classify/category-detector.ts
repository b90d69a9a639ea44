/**
 * Category detection by lexicon with context scoring. A category is reported when a text discloses
 * such data about someone, not when it merely mentions a word: each hit is scored from its term
 * strength, a person nearby (pronouns, roles, an identity number) and general-context words
 * (courses, campaigns, policies) that show the text is about a topic rather than a person.
 *
 * All terms of all lexicons run in one word-start scan over the lower-cased text (one linear pass,
 * see word-start-scan.ts); context checks only look at a bounded window around each hit.
 */
import { CompoundTails, type CompoundHead } from './compound-tails.js';
import { lowerSameLength, sliceAfter, sliceBefore } from './context.js';
import { disclosedBefore } from './disclosure.js';
import { NAMED_REVIEW_TYPES, namedReview } from './named-review.js';
import { LEXICONS } from './lexicon/index.js';
import type { CategoryType, RawFinding } from './types.js';
import { WordStartScanner, type ScanChannel, type ScanPattern, type WordVisitor } from './word-start-scan.js';

const WORD_CHAR = 'a-zåäöéüæø';
const PERSON_NEAR =
  /(?<![a-zåäö])(?:hon|han|hen|henne|honom|hennes|hans|hens|dennes|jag|mig|min|mitt|mina|du|dig|din|ditt|eleven|elevens|patienten|patientens|brukaren|brukarens|klienten|klientens|medarbetaren|medarbetarens|den anställde|arbetstagaren|sökanden|barnet|barnets|vårdnadshavar\w*|sonen|dottern|maken|makan|kollegan|kollegans|pappan|mamman|he|she|his|her|him|my|the employee|the patient|the pupil|the student)(?![a-zåäö])|\d{6}[-+]\d{4}|\d{8}-?\d{4}/;
const GENERAL_CONTEXT =
  /(?:hälsovecka|friskvård|föreläsning|seminari|webbinari|utbildning|kurs(?:en|er)?\b|konferens|workshop|policy|riktlinje|rutin(?:en|er)? för|mall(?:en)? för|nyhetsbrev|kampanj|enkät|statistik|inbjudan|anmälan till|fikarum|fruktkorg|tips|artikel|forskning|lagändring|remissvar|newsletter|training|course|webinar|guideline|template|awareness|lecture|conference|statistics|in general|generellt|allmänt om|information om|information till|till alla|alla sökande|alla medarbetare|alla anställda|alla chefer|samtliga chefer|samtliga medarbetare|årshjul|all staff|all managers|informationsträff|lathund|checklista|e-learning)/;

const STRONG_BASE = 0.7;
const WEAK_BASE = 0.35;
/** Context words (professions, union names, places) only support other hits. */
const CONTEXT_BASE = 0.25;
const PERSON_BONUS = 0.2;
/** A term that a person "har / lider av / är medlem i / röstade på …" is told about that person: as strong as a strong term. */
const DISCLOSED_BASE = 0.7;
const GENERAL_PENALTY = 0.4;
const CONTEXT_RADIUS = 160;
/** An identity number this close to a hit (either side) is the person the hit is about. */
const ANCHOR_RADIUS = 600;
/** Hits below this document score are not reported at all. */
export const CATEGORY_REPORT_FLOOR = 0.35;
const MAX_HITS_PER_CATEGORY = 50;

/**
 * What a lexicon term stands for: its category, whether it is a strong term, and whether a
 * disclosure verb may make it strong (not for context words such as "läkare": "hon är läkare").
 */
export type CategoryTag = readonly [CategoryType, boolean, boolean?];

/**
 * Categories where only a verb that names the disclosure counts ("är medlem i", "röstade på", "kommer från"),
 * not "har"/"är" ("hon har en vision", "hon är i Grekland på semester").
 */
const SPECIFIC_ONLY = new Set<CategoryType>(['political-opinion', 'trade-union', 'ethnic-origin']);

/**
 * Chapter 26 of OSL is the social services' secrecy: a reference to it ("26 kap. 1 § OSL", "chapter
 * 26") also counts as a weak social hit, which a person nearby or the model may raise (a family's
 * investigation under 26 kap. is a social-services matter; a course on OSL chapters is not).
 */
const SOCIAL_SECRECY = /(?:^|[^\d])26 ?kap|chapter 26|ch\. ?26/;

let scanner: WordStartScanner<CategoryTag> | undefined;
let tails: CompoundTails<CategoryTag> | undefined;

/** Inflection endings a compound head may carry (nouns, adjectives, participles, -ning nouns). */
const HEAD_ENDINGS = ['', 'n', 'en', 'et', 't', 'a', 'e', 'er', 'ern', 'erna', 'ar', 'arna', 'or', 'orna', 'na', 's', 'ns', 'ens', 'ets', 'ers', 'ernas', 'arnas'];

/** Every compound head of every lexicon (see Lexicon.strongHeads). */
export function compoundHeads(): CompoundHead<CategoryTag>[] {
  const heads: CompoundHead<CategoryTag>[] = [];
  for (const lexicon of LEXICONS) {
    for (const [entries, strong] of [[lexicon.strongHeads ?? [], true], [lexicon.weakHeads ?? [], false]] as const) {
      const tag: CategoryTag = [lexicon.type, strong];
      for (const entry of entries) {
        const [stem = '', ...rest] = entry.split(' ');
        heads.push({ stem, endings: HEAD_ENDINGS, tag, notAfter: rest.map((m) => m.slice(1)) });
      }
    }
  }
  return heads;
}

/** The shared compound matcher (built once). */
export function compoundTails(): CompoundTails<CategoryTag> {
  tails ??= new CompoundTails(compoundHeads());
  return tails;
}

/**
 * A `*` right after a letter, at a word's end, is "any inflection" (`dömd* för` → dömda för, dömdes för).
 * A space between words (outside a character class) also matches a line break: plain-text mail wraps lines.
 */
function termSource(term: string): string {
  return term.replace(/(?<=[a-zåäöé])\*(?= |$)/g, `[${WORD_CHAR}]*`).replace(/\\.|\[(?:\\.|[^\]\\])*\]| /g, (m) => (m === ' ' ? '[ \n]' : m));
}

/** The scan channel of the lexicons: a term starts a word and ends one. */
export const LEXICON_CHANNEL: ScanChannel = { notAfter: `${WORD_CHAR}0-9`, suffix: `(?![${WORD_CHAR}])` };

/** Every term of every lexicon as a scan pattern, in lexicon order (the order decides between overlapping terms). */
export function lexiconPatterns(channel = 0): ScanPattern<CategoryTag>[] {
  const patterns: ScanPattern<CategoryTag>[] = [];
  for (const lexicon of LEXICONS) {
    for (const [terms, strong, contextOnly] of [[lexicon.strong, true, false], [lexicon.weak, false, false], [lexicon.context ?? [], false, true]] as const) {
      const tag: CategoryTag = [lexicon.type, strong, contextOnly];
      for (const term of terms) patterns.push({ source: termSource(term), tag, channel });
    }
  }
  return patterns;
}

/** One lexicon hit with its score and evidence codes (the category model reads them as features). */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly strong: boolean;
  readonly score: number;
  readonly evidence: string[];
}

/**
 * Collects lexicon hits from a scan of `lower` and turns them into findings; `personAnchors` are
 * offsets of identity numbers already found (a number near a health word is a person).
 */
export class CategoryCollector {
  private readonly byCategory = new Map<CategoryType, Hit[]>();

  /** Offsets of identity numbers, sorted (a binary search per hit, not a walk over all of them). */
  private readonly personAnchors: readonly number[];

  /** The words visitor of the scan: compound heads at the end of long words. */
  readonly words: WordVisitor;

  constructor(
    private readonly text: string,
    private readonly lower: string,
    personAnchors: readonly number[],
  ) {
    this.personAnchors = [...personAnchors].sort((a, b) => a - b);
    const matcher = compoundTails();
    this.words = {
      minLength: matcher.minLength,
      tails: matcher.tail,
      visit: (start, end) => {
        const head = matcher.match(lower, start, end);
        if (head !== undefined) this.add(head.at, end, head.tag, 'COMPOUND_HEAD');
      },
    };
  }

  add(start: number, end: number, [type, strong, contextOnly]: CategoryTag, how = 'WORD_START'): void {
    let hits = this.byCategory.get(type);
    if (hits === undefined) {
      hits = [];
      this.byCategory.set(type, hits);
    }
    // A strong term as the modifier of a topic compound (sjukskrivnings|processen, sjukfrånvaro|statistik) names a topic.
    if (strong && how === 'WORD_START' && topicCompound(this.lower, start, end)) {
      this.add(start, end, [type, false, contextOnly], 'TOPIC_COMPOUND');
      return;
    }
    // A compound head inside a word a term already matched (lungcancern: 'lungcancer*' and 'cancer') is one hit.
    const last = hits[hits.length - 1];
    if (last !== undefined && last.start <= start && last.end >= end) return;
    if (hits.length < MAX_HITS_PER_CATEGORY * 4) {
      const hit = scoreHit(this.text, this.lower, start, end, strong, this.personAnchors, type, contextOnly === true);
      if (how !== 'WORD_START') hit.evidence.push(how);
      hits.push(hit);
    }
    if (type === 'secrecy' && SOCIAL_SECRECY.test(this.lower.slice(start, end))) this.add(start, end, ['social', false], 'SOCIAL_SECRECY');
  }

  /** Every hit of every category, in the order they were found (the category model's rule signals). */
  forEachHit(visit: (type: CategoryType, hit: Hit) => void): void {
    for (const [type, hits] of this.byCategory) for (const hit of hits) visit(type, hit);
  }

  findings(): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const [type, hits] of this.byCategory) {
      const score = documentScore(hits);
      if (score < CATEGORY_REPORT_FLOOR) continue;
      for (const hit of hits.slice(0, MAX_HITS_PER_CATEGORY)) {
        findings.push({ type, start: hit.start, end: hit.end, confidence: score, evidence: hit.evidence });
      }
    }
    return findings;
  }
}

/** Finds category hits in `text` on its own (classifyText shares one scan with other detectors). */
export function findCategories(text: string, personAnchors: readonly number[] = [], lower = lowerSameLength(text)): RawFinding[] {
  scanner ??= new WordStartScanner(lexiconPatterns(), LEXICON_CHANNEL);
  const collector = new CategoryCollector(text, lower, personAnchors);
  scanner.scan(lower, (start, end, tag) => collector.add(start, end, tag), collector.words);
  return collector.findings();
}

/** `contextOnly`: a context word, which no disclosure verb raises (it only supports other hits). */
function scoreHit(text: string, lower: string, start: number, end: number, strong: boolean, anchors: readonly number[], type: CategoryType, contextOnly: boolean): Hit {
  const disclosable = contextOnly ? undefined : type;
  const evidence = [strong ? 'STRONG_TERM' : 'WEAK_TERM'];
  let score = strong ? STRONG_BASE : disclosable === undefined ? CONTEXT_BASE : WEAK_BASE;
  const around = `${sliceBefore(lower, start, CONTEXT_RADIUS)} ${sliceAfter(lower, end, CONTEXT_RADIUS)}`;
  const how = disclosable === undefined ? 'NONE' : disclosedBefore(text, lower, start);
  const disclosed = how === 'SPECIFIC' || (how === 'GENERIC' && disclosable !== undefined && !SPECIFIC_ONLY.has(disclosable));
  // "medarbetarsamtal med Leila", "Ahmeds provanställning": a review or grade named with whose it is.
  const named = !disclosed && NAMED_REVIEW_TYPES.has(type) && namedReview(text, lower, start, end, type);
  if (disclosed || named) {
    score = Math.max(score, DISCLOSED_BASE);
    evidence.push(disclosed ? 'DISCLOSED' : 'NAMED');
  }
  const person = disclosed || named || PERSON_NEAR.test(around) || anchorNear(anchors, start, ANCHOR_RADIUS);
  if (person) {
    score += PERSON_BONUS;
    evidence.push('PERSON_NEAR');
  }
  if (GENERAL_CONTEXT.test(around)) {
    score -= GENERAL_PENALTY;
    evidence.push('GENERAL_CONTEXT');
  }
  return { start, end, strong, score, evidence };
}

/** Heads that make a compound a topic rather than a fact about someone (…processen, …statistik, …rutiner). */
const TOPIC_HEADS = [
  'process', 'processen', 'processer', 'rutin', 'rutinen', 'rutiner', 'rutinerna', 'policy', 'policyn', 'statistik', 'statistiken', 'mall', 'mallen', 'utbildning', 'utbildningen',
  'kurs', 'kursen', 'föreläsning', 'föreläsningen', 'frågor', 'frågorna', 'arbete', 'arbetet', 'området', 'system', 'systemet', 'tema', 'temat', 'veckan', 'kostnad', 'kostnader', 'kostnaderna',
  'nivå', 'nivån', 'nivåer', 'siffror', 'siffrorna', 'regler', 'reglerna', 'lagstiftning', 'lagstiftningen', 'handläggning', 'handläggningen', 'ärenden', 'ärendena', 'blankett', 'blanketten',
];

/** Whether the word matched at [start, end) is a compound with a topic head after at least a short stem. */
function topicCompound(lower: string, start: number, end: number): boolean {
  for (const head of TOPIC_HEADS) if (end - start >= head.length + 4 && lower.endsWith(head, end)) return true;
  return false;
}

/** Whether some offset in the sorted `anchors` lies within `radius` of `at`. */
function anchorNear(anchors: readonly number[], at: number, radius: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((anchors[mid] ?? 0) <= at - radius) lo = mid + 1;
    else hi = mid;
  }
  return lo < anchors.length && (anchors[lo] ?? 0) < at + radius;
}

/** The best hit, plus a little for every further supporting hit (capped): several weak words add up. */
export function documentScore(hits: readonly Pick<Hit, 'score'>[]): number {
  let best = 0;
  let support = 0;
  for (const hit of hits) {
    if (hit.score > best) best = hit.score;
    if (hit.score >= WEAK_BASE) support++;
  }
  return Math.min(0.99, Math.round((best + 0.08 * Math.min(3, Math.max(0, support - 1))) * 100) / 100);
}
