/**
 * A word-start prefilter for large alternations. V8's backtracking engine tries every alternative
 * of a big alternation at every position of the input; here one plain loop visits each word start,
 * checks its first characters against a small bit filter of the patterns' prefixes (up to PREFIX
 * characters, hashed), and only then runs a sticky regex holding the alternatives that can begin
 * with that character. The filter may let a non-match through, never hold a match back.
 *
 * The result equals running `(?<![NOT_AFTER])(?:(p1)|(p2)|…)SUFFIX` globally over the same text:
 * the lookbehind and suffix stay in every sticky regex, and each bucket keeps the patterns' order.
 */

export interface ScanPattern<T> {
  /** A regex fragment without capturing groups; its first character must be determinable. */
  readonly source: string;
  readonly tag: T;
}

export interface ScanOptions {
  /** Character class body the match must not follow, e.g. `a-zåäö0-9` (`(?<![…])`). */
  readonly notAfter: string;
  /** Fragment appended to every pattern, e.g. a word-end lookahead. */
  readonly suffix?: string;
  /** Extra regex flags (`u`); the scan always runs on text the caller already lower-cased. */
  readonly flags?: string;
}

interface Bucket<T> {
  readonly regex: RegExp;
  readonly tags: readonly T[];
}

/** Characters below this are looked up in arrays; above, in a map (rare in Swedish text). */
const TABLE = 0x300;
/** Longest prefix put in the filter, and the filter's size in entries per prefix length. */
const PREFIX = 6;
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

export class WordStartScanner<T> {
  private readonly low: (Bucket<T> | undefined)[] = new Array<Bucket<T> | undefined>(TABLE).fill(undefined);
  private readonly high = new Map<number, Bucket<T>>();
  /** 1 where a character is in `notAfter`: no match may start right after it. */
  private readonly wordChar = new Uint8Array(TABLE);
  /**
   * At (L - 1) * FILTER_SIZE + hash of L characters: COMPLETE when a prefix of exactly L characters
   * hashes there, LIVE when a longer prefix starts with such L characters (worth reading on).
   */
  private readonly filter = new Uint8Array(PREFIX * FILTER_SIZE);

  constructor(patterns: readonly ScanPattern<T>[], options: ScanOptions) {
    const member = new RegExp(`^[${options.notAfter}]$`, options.flags ?? '');
    for (let c = 0; c < TABLE; c++) this.wordChar[c] = member.test(String.fromCharCode(c)) ? 1 : 0;
    const byFirst = new Map<number, Set<ScanPattern<T>>>();
    for (const pattern of patterns) {
      for (const prefix of startPrefixes(pattern.source)) {
        const first = prefix[0];
        if (first === undefined || prefix.length > PREFIX) continue;
        byFirst.set(first, (byFirst.get(first) ?? new Set()).add(pattern));
        let hash = 0;
        prefix.forEach((c, i) => {
          hash = mix(hash, c);
          const slot = i * FILTER_SIZE + hash;
          this.filter[slot] = (this.filter[slot] ?? 0) | (i === prefix.length - 1 ? COMPLETE : LIVE);
        });
      }
    }
    for (const [first, members] of byFirst) {
      // Keep the caller's order inside the bucket: the first alternative that matches wins.
      const ordered = patterns.filter((p) => members.has(p));
      const body = ordered.map((p) => `(${p.source})`).join('|');
      const regex = new RegExp(`(?<![${options.notAfter}])(?:${body})${options.suffix ?? ''}`, `y${options.flags ?? ''}`);
      const bucket: Bucket<T> = { regex, tags: ordered.map((p) => p.tag) };
      if (first < TABLE) this.low[first] = bucket;
      else this.high.set(first, bucket);
    }
  }

  /** Calls `visit` for every match, left to right, as the global regex would find them. */
  scan(lower: string, visit: (start: number, end: number, tag: T) => void): void {
    const { low, high, wordChar } = this;
    const n = lower.length;
    let afterWord = false;
    for (let i = 0; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (!afterWord) {
        const bucket = c < TABLE ? low[c] : high.get(c);
        if (bucket !== undefined && this.mayStartAt(lower, i)) {
          const end = matchAt(bucket, lower, i, visit);
          if (end > i) {
            i = end - 1;
            const last = lower.charCodeAt(i);
            afterWord = last < TABLE && wordChar[last] === 1;
            continue;
          }
        }
      }
      afterWord = c < TABLE && wordChar[c] === 1;
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

function matchAt<T>(bucket: Bucket<T>, lower: string, at: number, visit: (start: number, end: number, tag: T) => void): number {
  bucket.regex.lastIndex = at;
  const m = bucket.regex.exec(lower);
  if (m === null) return at;
  for (let g = 1; g < m.length; g++) {
    if (m[g] === undefined) continue;
    const tag = bucket.tags[g - 1];
    if (tag !== undefined) visit(at, at + m[0].length, tag);
    break;
  }
  return at + m[0].length;
}

/**
 * The concrete prefixes (up to PREFIX characters) a fragment can start with. `x?` and `x{m,n}`
 * branch into each count; after `x+`/`x*` or anything not a plain character set the prefix ends
 * (a shorter prefix is a weaker filter, never a wrong one).
 */
function startPrefixes(source: string): number[][] {
  const out: number[][] = [];
  const extend = (branch: string, at: number, prefixes: number[][]): void => {
    const atom = prefixes[0] !== undefined && prefixes[0].length < PREFIX ? readAtom(branch, at) : undefined;
    if (atom === undefined || atom.set === ANY || prefixes.length * atom.set.length > MAX_EXPANSION) {
      out.push(...prefixes);
      return;
    }
    const set = atom.set;
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
  return out;
}

/** A leading `(?:a|b)` group is expanded into `a…` and `b…` so each branch starts with an atom. */
function leadingBranches(source: string): string[] {
  if (!source.startsWith('(?:')) return [source];
  const close = matchingParen(source, 0);
  const quantifier = source.charAt(close + 1);
  if (quantifier === '?' || quantifier === '*' || quantifier === '{') return [source];
  const rest = source.slice(close + 1 + (quantifier === '+' ? 1 : 0));
  return splitTopLevel(source.slice(3, close)).flatMap((alt) => leadingBranches(alt + rest));
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
    set = cls.startsWith('[^') ? ANY : membersOf(new RegExp(`^${cls}$`));
    next = close + 1;
  } else if (ch === '\\') {
    const esc = source.charAt(at + 1);
    if (esc === 'd') set = membersOf(/^\d$/);
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

function membersOf(regex: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c < TABLE; c++) if (regex.test(String.fromCharCode(c))) out.push(c);
  return out;
}
