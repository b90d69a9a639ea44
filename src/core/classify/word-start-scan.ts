/**
 * A word-start prefilter for large alternations. V8's backtracking engine tries every alternative
 * of a big alternation at every position of the input; here one plain loop visits each word start,
 * checks its first characters against a small filter of the patterns' prefixes (up to PREFIX
 * characters, hashed), and only then runs a sticky regex holding the alternatives that can begin
 * with those two characters (scan-buckets.ts). The filter may let a non-match through, never hold a
 * match back.
 *
 * Patterns belong to channels; for each channel the result equals running
 * `(?<![NOT_AFTER])(?:(p1)|(p2)|…)SUFFIX` globally over the same text: the lookbehind and suffix
 * stay in every sticky regex, each bucket keeps the patterns' order, and each channel resumes after
 * its own last match. So several detectors share one pass and still see what their own regex would.
 */

import { FirstCharBuckets, type Bucket } from './scan-buckets.js';

export interface ScanPattern<T> {
  /** A regex fragment (named groups allowed, numbered back-references not); its first character must be determinable. */
  readonly source: string;
  readonly tag: T;
  /** Index into the scanner's channels (default 0). */
  readonly channel?: number;
}

export interface ScanChannel {
  /** Character class body the match must not follow, e.g. `a-zåäö0-9` (`(?<![…])`). */
  readonly notAfter: string;
  /** Fragment appended to every pattern, e.g. a word-end lookahead. */
  readonly suffix?: string;
  /** Extra regex flags (`u`); the scan always runs on text the caller already lower-cased. */
  readonly flags?: string;
}

/** Receives every word of at least `minLength` characters (runs of characters in every channel's `notAfter`). */
export interface WordVisitor {
  readonly minLength: number;
  /**
   * A filter on the word's last TAIL_CHARS characters, `TAIL_SIZE` entries indexed by `tailHash`: 1
   * where a word ending so may interest `visit` (checked in the scan loop, no call for the rest).
   */
  readonly tails: Uint8Array;
  visit(start: number, end: number): void;
}

export const TAIL_SIZE = 1 << 16;
/** How many last characters `tailHash` reads (a word of interest must be at least this long). */
export const TAIL_CHARS = 5;

/** A hash of the TAIL_CHARS characters before `end`. */
export function tailHash(s: string, end: number): number {
  let h = 0;
  for (let i = end - TAIL_CHARS; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x9e3779b1) >>> 0;
  return h >>> 16;
}

export type ScanVisitor<T> = (start: number, end: number, tag: T, match: RegExpExecArray) => void;

/** Buckets for characters below this are in arrays; above, in a map (rare in Swedish text). */
const TABLE = 0x300;
/** Every UTF-16 code unit: the per-character tables cover them all. */
const UTF16 = 0x10000;
/** Longest prefix put in the filter, and the filter's size in entries per prefix length. */
const PREFIX = 8;
const FILTER_SIZE = 1 << 16;
/** Most concrete prefixes one branch may expand to (`\\d\\d` is 100); beyond that the prefix is cut. */
const MAX_EXPANSION = 512;
const COMPLETE = 1;
const LIVE = 2;
const ANY = 'any';
type CharSet = readonly number[] | typeof ANY;

function mix(hash: number, code: number): number {
  return (Math.imul(hash ^ code, 0x9e3779b1) >>> 13) & (FILTER_SIZE - 1);
}

interface Channel<T> {
  readonly low: (FirstCharBuckets<T> | undefined)[];
  readonly high: Map<number, FirstCharBuckets<T>>;
}

export class WordStartScanner<T> {
  private readonly channels: Channel<T>[];
  /** 1 where a character is in every channel's `notAfter`: no match of any channel may start right after it. */
  private readonly wordChar = new Uint8Array(UTF16);
  /** 1 where some channel has a bucket for that first character. */
  private readonly firstChar = new Uint8Array(UTF16);
  /**
   * At (L - 1) * FILTER_SIZE + hash of L characters: COMPLETE when a prefix of exactly L characters
   * hashes there, LIVE when a longer prefix starts with such L characters (worth reading on).
   */
  private readonly filter = new Uint8Array(PREFIX * FILTER_SIZE);

  constructor(patterns: readonly ScanPattern<T>[], channels: ScanChannel | readonly ScanChannel[]) {
    const specs = Array.isArray(channels) ? (channels as readonly ScanChannel[]) : [channels as ScanChannel];
    this.wordChar.fill(1, 0, TABLE);
    for (const spec of specs) {
      const member = new RegExp(`^[${spec.notAfter}]$`, spec.flags ?? '');
      // Above TABLE every character counts as "not a word character": a start is tried after it,
      // which is always safe (the sticky regex keeps its lookbehind).
      for (let c = 0; c < TABLE; c++) if (!member.test(String.fromCharCode(c))) this.wordChar[c] = 0;
    }
    this.channels = specs.map((spec, index) => this.compileChannel(patterns.filter((p) => (p.channel ?? 0) === index), spec));
  }

  private compileChannel(patterns: readonly ScanPattern<T>[], spec: ScanChannel): Channel<T> {
    const channel: Channel<T> = { low: new Array<FirstCharBuckets<T> | undefined>(TABLE).fill(undefined), high: new Map() };
    for (const pattern of patterns) {
      for (const prefix of startPrefixes(pattern.source)) {
        const first = prefix[0];
        if (first === undefined || prefix.length > PREFIX) continue;
        let buckets = first < TABLE ? channel.low[first] : channel.high.get(first);
        if (buckets === undefined) {
          buckets = new FirstCharBuckets<T>(spec);
          if (first < TABLE) channel.low[first] = buckets;
          else channel.high.set(first, buckets);
          this.firstChar[first] = 1;
        }
        buckets.add(pattern, prefix);
        let hash = 0;
        prefix.forEach((c, i) => {
          hash = mix(hash, c);
          const slot = i * FILTER_SIZE + hash;
          this.filter[slot] = (this.filter[slot] ?? 0) | (i === prefix.length - 1 ? COMPLETE : LIVE);
        });
      }
    }
    return channel;
  }

  /** Calls `visit` for every match, left to right within each channel, as each channel's global regex would find them. */
  scan(lower: string, visit: ScanVisitor<T>, words?: WordVisitor): void {
    const { wordChar, firstChar } = this;
    const resume = this.channels.map(() => 0);
    const n = lower.length;
    const minWord = Math.max(TAIL_CHARS, words?.minLength ?? Infinity);
    const tails = words?.tails;
    // One tight loop: test the start of each word, then skip the rest of the word (no match may
    // start right after a word character). Tables span all of UTF-16, so there are no range checks.
    let i = 0;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (firstChar[c] === 1 && this.mayStartAt(lower, i)) this.matchChannels(lower, i, c, resume, visit);
      i++;
      if (wordChar[c] === 1) {
        const from = i - 1;
        while (i < n && wordChar[lower.charCodeAt(i)] === 1) i++;
        // Long words (compounds) are handed on whole: the word's end is known here for free.
        if (i - from >= minWord && tails !== undefined && tails[tailHash(lower, i)] === 1) words?.visit(from, i);
        i++; // the character after a word cannot start a match either
      }
    }
  }

  private matchChannels(lower: string, at: number, c: number, resume: number[], visit: ScanVisitor<T>): void {
    const channels = this.channels;
    for (let k = 0; k < channels.length; k++) {
      const channel = channels[k];
      if (channel === undefined || (resume[k] ?? 0) > at) continue;
      const bucket = (c < TABLE ? channel.low[c] : channel.high.get(c))?.bucketFor(lower.charCodeAt(at + 1));
      if (bucket !== undefined) resume[k] = matchAt(bucket, lower, at, visit);
    }
  }

  /** False when no pattern's prefix stands at `at` (then no pattern can match there). */
  private mayStartAt(lower: string, at: number): boolean {
    const filter = this.filter;
    const end = Math.min(lower.length, at + PREFIX);
    let hash = 0;
    for (let i = at; i < end; i++) {
      hash = mix(hash, lower.charCodeAt(i));
      const flags = filter[(i - at) * FILTER_SIZE + hash] ?? 0;
      if ((flags & COMPLETE) !== 0) return true;
      if ((flags & LIVE) === 0) return false;
    }
    return false;
  }
}

/** Runs the bucket's parts at `at` in order; returns where this channel may match next. */
function matchAt<T>(bucket: Bucket<T>, lower: string, at: number, visit: ScanVisitor<T>): number {
  for (const part of bucket) {
    part.regex.lastIndex = at;
    const m = part.regex.exec(lower);
    if (m === null) continue;
    for (const [group, tag] of part.groups) {
      if (m[group] === undefined) continue;
      visit(at, at + m[0].length, tag, m);
      break;
    }
    // An empty match must not stop the channel for good (the global regex would step on by one).
    return at + Math.max(1, m[0].length);
  }
  return at;
}

/**
 * The concrete prefixes (up to PREFIX characters) a fragment can start with. `x?` and `x{m,n}`
 * branch into each count; after `x+`/`x*` or anything not a plain character set the prefix ends
 * (a shorter prefix is a weaker filter, never a wrong one).
 */
function startPrefixes(source: string): number[][] {
  // Fast path for the common term (a literal word, perhaps with an inflection class `[…]*`): its
  // prefix is its first letters. Set-up runs once per process, in the on-send event too.
  const plain = PLAIN_TERM.exec(source);
  if (plain !== null) return [[...(plain[1] ?? '').slice(0, PREFIX)].map((c) => c.charCodeAt(0))];
  const out: number[][] = [];
  const extend = (branch: string, at: number, prefixes: number[][]): void => {
    const atom = prefixes[0] !== undefined && prefixes[0].length < PREFIX ? readAtom(branch, at) : undefined;
    if (atom === undefined || atom.set === ANY || prefixes.length * atom.set.length > MAX_EXPANSION) {
      out.push(...prefixes);
      return;
    }
    const set = atom.set;
    // `x*` at the end (or before a lookaround): the prefixes themselves already pass every start.
    if (atom.min === 0 && atom.max === Infinity) {
      const next = readAtom(branch, atom.end);
      if (next === undefined || next.set === ANY) {
        out.push(...prefixes);
        return;
      }
    }
    const longer = prefixes.flatMap((p) => set.map((c) => [...p, c]));
    if (atom.min === 0) extend(branch, atom.end, prefixes);
    if (atom.max === 1 || (atom.max === 2 && atom.min <= 1 && longer[0] !== undefined && longer[0].length === PREFIX)) {
      extend(branch, atom.end, longer);
    } else if (atom.max === 2 && atom.min <= 1) {
      extend(branch, atom.end, longer);
      extend(branch, atom.end, longer.flatMap((p) => set.map((c) => [...p, c])));
    } else {
      out.push(...longer); // unbounded or long repetition: stop here
    }
  };
  for (const branch of leadingBranches(source)) {
    const before = out.length;
    extend(branch, 0, [[]]);
    if (out.slice(before).some((p) => p.length === 0)) throw new Error(`scan pattern without a determinable first character: ${source}`);
  }
  return withoutExtensions(out);
}

/** A literal (no regex syntax, no surrogate pairs), optionally followed by one `[…]*`. */
const PLAIN_TERM = /^([^\\[\](){}|?*+.^$\ud800-\udfff]+)(?:\[[^\]\\^]+\]\*)?$/;

/** Drops prefixes that extend another one of the list (that one already lets every such start through). */
function withoutExtensions(prefixes: readonly number[][]): number[][] {
  const key = (p: readonly number[], length = p.length): string => String.fromCharCode(...p.slice(0, length));
  const all = new Set(prefixes.map((p) => key(p)));
  const kept = new Set<string>();
  return prefixes.filter((p) => {
    const k = key(p);
    if (kept.has(k)) return false;
    for (let length = 1; length < p.length; length++) if (all.has(key(p, length))) return false;
    kept.add(k);
    return true;
  });
}

/** A leading `(?:a|b)` or `(?<name>a|b)` group is expanded into `a…` and `b…` so each branch starts with an atom. */
function leadingBranches(source: string): string[] {
  const opener = /^\((?:\?:|\?<[A-Za-z]\w*>)/.exec(source)?.[0];
  if (opener === undefined) return [source];
  const close = matchingParen(source, 0);
  const quantifier = source.charAt(close + 1);
  if (quantifier === '?' || quantifier === '*' || quantifier === '{') return [source];
  const rest = source.slice(close + 1 + (quantifier === '+' ? 1 : 0));
  return splitTopLevel(source.slice(opener.length, close)).flatMap((alt) => leadingBranches(alt + rest));
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = source.indexOf(']', i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error(`unbalanced group in scan pattern: ${source}`);
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = body.indexOf(']', i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

interface Atom {
  readonly set: CharSet;
  /** Where the atom and its quantifier end. */
  readonly end: number;
  /** Repetition bounds from the quantifier (1, 1 without one; max Infinity for `*` and `+`). */
  readonly min: number;
  readonly max: number;
}

function readAtom(source: string, at: number): Atom | undefined {
  if (at >= source.length) return undefined;
  const ch = source.charAt(at);
  let set: CharSet;
  let next: number;
  if (ch === '[') {
    const close = source.indexOf(']', at + 1);
    const cls = source.slice(at, close + 1);
    set = cls.startsWith('[^') ? ANY : membersOf(cls);
    next = close + 1;
  } else if (ch === '\\') {
    const esc = source.charAt(at + 1);
    if (esc === 'd') set = membersOf('[0-9]');
    else if (esc === 'u') set = [parseInt(source.slice(at + 2, at + 6), 16)];
    else set = /[a-zA-Z]/.test(esc) ? ANY : [esc.charCodeAt(0)];
    next = at + (esc === 'u' ? 6 : 2);
  } else if (ch === '(' || ch === '.' || ch === '^' || ch === '$' || ch === '|') {
    return { set: ANY, end: at, min: 1, max: 1 };
  } else {
    set = [ch.charCodeAt(0)];
    next = at + 1;
  }
  const q = source.charAt(next);
  if (q === '?') return { set, end: next + 1, min: 0, max: 1 };
  if (q === '*') return { set, end: next + 1, min: 0, max: Infinity };
  if (q === '+') return { set, end: next + 1, min: 1, max: Infinity };
  const braces = q === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(next)) : null;
  if (braces === null) return { set, end: next, min: 1, max: 1 };
  const min = Number(braces[1]);
  const max = braces[2] === undefined ? min : braces[3] === '' || braces[3] === undefined ? Infinity : Number(braces[3]);
  return { set, end: next + braces[0].length, min, max };
}

/** Members of a one-character class, per class source (the same classes recur in hundreds of terms). */
const memberCache = new Map<string, number[]>();

function membersOf(cls: string): number[] {
  const cached = memberCache.get(cls);
  if (cached !== undefined) return cached;
  const regex = new RegExp(`^${cls}$`);
  const out: number[] = [];
  for (let c = 0; c < TABLE; c++) if (regex.test(String.fromCharCode(c))) out.push(c);
  memberCache.set(cls, out);
  return out;
}
