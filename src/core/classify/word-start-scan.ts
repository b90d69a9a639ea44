/**
 * A word-start prefilter for large alternations. V8's backtracking engine tries every alternative
 * of a big alternation at every position of the input; here one plain loop visits each word start,
 * checks its first characters against a small filter of the patterns' prefixes (up to PREFIX
 * characters, folded and hashed, per channel; scan-prefixes.ts), and only then runs, for each channel
 * whose prefix stands there, a sticky regex holding the alternatives that can begin with those two
 * characters (scan-buckets.ts). The filter may let a non-match through, never hold a match back.
 *
 * Patterns belong to channels; for each channel the result equals running
 * `(?<![NOT_AFTER])(?:(p1)|(p2)|…)SUFFIX` globally over the same text: the lookbehind and suffix
 * stay in every sticky regex, each bucket keeps the patterns' order, and each channel resumes after
 * its own last match. So several detectors share one pass and still see what their own regex would.
 */

import { FirstCharBuckets, type Bucket } from './scan-buckets.js';
import { foldCode, PREFIX, startPrefixes } from './scan-prefixes.js';

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
/** The filter's size in entries per prefix length. */
const FILTER_SIZE = 1 << 17;
/** Filter bits of channel k: COMPLETE << 2k and LIVE << 2k (four channels fit in a byte). */
const COMPLETE = 1;
const LIVE = 2;
const MAX_CHANNELS = 4;
/** The LIVE bits of every channel. */
const ALL_LIVE = 0b10101010;

function mix(hash: number, code: number): number {
  return (Math.imul(hash ^ code, 0x9e3779b1) >>> 13) & (FILTER_SIZE - 1);
}

interface Channel<T> {
  readonly low: (FirstCharBuckets<T> | undefined)[];
  readonly high: Map<number, FirstCharBuckets<T>>;
  /**
   * 1 where a character is in this channel's `notAfter` (below TABLE): no match of this channel starts
   * right after it, so its regexes are not run there (their lookbehind would fail). Without this, every
   * digit inside a number ran the lexicons' digit-first patterns, since the credential channels let
   * starts after digits through the shared loop.
   */
  readonly after: Uint8Array;
}

export class WordStartScanner<T> {
  private readonly channels: Channel<T>[];
  /** 1 where a character is in every channel's `notAfter`: no match of any channel may start right after it. */
  private readonly wordChar = new Uint8Array(UTF16);
  /** 1 where some channel has a bucket for that first character. */
  private readonly firstChar = new Uint8Array(UTF16);
  /**
   * At (L - 1) * FILTER_SIZE + hash of L characters, per channel k: COMPLETE << 2k when a prefix of
   * exactly L characters of that channel hashes there, LIVE << 2k when a longer prefix starts with such
   * L characters (worth reading on). Per channel, so a lexicon prefix does not run the credential regexes.
   */
  private readonly filter = new Uint8Array(PREFIX * FILTER_SIZE);

  constructor(patterns: readonly ScanPattern<T>[], channels: ScanChannel | readonly ScanChannel[]) {
    const specs = Array.isArray(channels) ? (channels as readonly ScanChannel[]) : [channels as ScanChannel];
    this.wordChar.fill(1, 0, TABLE);
    const afters = specs.map((spec) => {
      const member = new RegExp(`^[${spec.notAfter}]$`, spec.flags ?? '');
      const after = new Uint8Array(UTF16);
      // Above TABLE every character counts as "not a word character": a start is tried after it,
      // which is always safe (the sticky regex keeps its lookbehind).
      for (let c = 0; c < TABLE; c++) if (member.test(String.fromCharCode(c))) after[c] = 1;
      return after;
    });
    for (let c = 0; c < TABLE; c++) if (afters.some((after) => after[c] === 0)) this.wordChar[c] = 0;
    if (specs.length > MAX_CHANNELS) throw new Error(`a word-start scanner holds at most ${String(MAX_CHANNELS)} channels`);
    this.channels = specs.map((spec, index) => this.compileChannel(patterns.filter((p) => (p.channel ?? 0) === index), spec, afters[index] ?? new Uint8Array(UTF16), index));
    // Prefixes hold folded codes; a text character is looked up as it stands.
    for (let c = 0; c < TABLE; c++) this.firstChar[c] = this.firstChar[foldCode(c)] ?? 0;
  }

  private compileChannel(patterns: readonly ScanPattern<T>[], spec: ScanChannel, after: Uint8Array, index: number): Channel<T> {
    const channel: Channel<T> = { low: new Array<FirstCharBuckets<T> | undefined>(TABLE).fill(undefined), high: new Map(), after };
    for (const pattern of patterns) {
      for (const prefix of startPrefixes(pattern.source)) {
        const first = prefix.charCodeAt(0);
        if (prefix.length > PREFIX) continue;
        let buckets = first < TABLE ? channel.low[first] : channel.high.get(first);
        if (buckets === undefined) {
          buckets = new FirstCharBuckets<T>(spec);
          if (first < TABLE) channel.low[first] = buckets;
          else channel.high.set(first, buckets);
          this.firstChar[first] = 1;
        }
        buckets.add(pattern, prefix);
        let hash = 0;
        for (let i = 0; i < prefix.length; i++) {
          hash = mix(hash, prefix.charCodeAt(i));
          const slot = i * FILTER_SIZE + hash;
          this.filter[slot] = (this.filter[slot] ?? 0) | ((i === prefix.length - 1 ? COMPLETE : LIVE) << (2 * index));
        }
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
      if (firstChar[c] === 1) {
        const found = this.mayStartAt(lower, i);
        if (found !== 0) this.matchChannels(lower, i, foldCode(c), found, resume, visit);
      }
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

  /** Runs, at `at`, the channels whose COMPLETE bit is set in `found`. */
  private matchChannels(lower: string, at: number, c: number, found: number, resume: number[], visit: ScanVisitor<T>): void {
    const channels = this.channels;
    const before = at > 0 ? lower.charCodeAt(at - 1) : -1;
    for (let k = 0; k < channels.length; k++) {
      const channel = channels[k];
      if (channel === undefined || (found & (COMPLETE << (2 * k))) === 0 || (resume[k] ?? 0) > at || channel.after[before] === 1) continue;
      const bucket = (c < TABLE ? channel.low[c] : channel.high.get(c))?.bucketFor(at + 1 < lower.length ? foldCode(lower.charCodeAt(at + 1)) : -1);
      if (bucket !== undefined) resume[k] = matchAt(bucket, lower, at, visit);
    }
  }

  /**
   * The COMPLETE bits of the channels some of whose prefixes may stand at `at` (0: no pattern of any
   * channel can match there). A channel stays in the running only while its LIVE bit is set at every
   * length read so far.
   */
  private mayStartAt(lower: string, at: number): number {
    const filter = this.filter;
    const end = Math.min(lower.length, at + PREFIX);
    let hash = 0;
    let alive = ALL_LIVE;
    let found = 0;
    for (let i = at; i < end && alive !== 0; i++) {
      hash = mix(hash, foldCode(lower.charCodeAt(i)));
      const flags = filter[(i - at) * FILTER_SIZE + hash] ?? 0;
      found |= flags & (alive >>> 1);
      alive &= flags;
    }
    return found;
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
