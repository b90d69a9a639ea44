/**
 * The concrete prefixes a scan pattern can start with, for the word-start scanner's filter
 * (word-start-scan.ts). A prefix is a string of folded codes (see foldCode) up to PREFIX characters
 * long; every text a pattern matches starts, once folded, with one of its prefixes. A shorter prefix
 * is a weaker filter, never a wrong one, so anything this reader does not understand ends the prefix.
 *
 * Written by hand: no library reads a regex source into the set of its possible starts, and the
 * filter is only worth having when it reads through the groups the lexicons are written with
 * (`har (?:\d… kr|fått …)`, a list of subjects, `[ \n]` between words).
 */

/** Longest prefix put in the filter. */
export const PREFIX = 8;
/** Every character below this is looked at when a character class is read. */
const CLASS_RANGE = 0x300;
/** Most concrete prefixes one branch may expand to; beyond that the prefix is cut. */
const MAX_EXPANSION = 512;
/** Counts of a repeated atom read into a prefix one by one (`x{1,3}` gives x, xx, xxx; `x{1,9}` stops at four). */
const MAX_COUNT = 4;
const ANY = 'any';
type CharSet = readonly string[] | typeof ANY;

/**
 * Prefixes and the text are compared with digits folded to `0` and white space to ` `: `\d` is one
 * code rather than ten and `[ \n]` one rather than two, so patterns with numbers and wrapped lines
 * keep long prefixes without multiplying them. Folding only merges codes, so the filter still lets
 * every true match through.
 */
export function foldCode(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0) return 0x20;
  return c;
}

const fold = (ch: string): string => String.fromCharCode(foldCode(ch.charCodeAt(0)));

/** Where reading goes on: the rest of one alternative, then (when it ends) what follows its group. */
interface Cursor {
  readonly at: number;
  readonly end: number;
  readonly next: Cursor | undefined;
}

/**
 * The prefixes of `source`. `x?`, `x{m,n}` and groups taken once or optionally branch into each
 * case; after `x+`, `x*`, a lookaround or anything not a plain character set the prefix ends.
 * Throws when some branch has no first character (the scanner could never skip a start for it).
 */
export function startPrefixes(source: string): string[] {
  // Fast path for the common term (a literal word, perhaps with an inflection class `[…]*`): its
  // prefix is its first letters. Set-up runs once per process, in the on-send event too.
  const plain = PLAIN_TERM.exec(source);
  if (plain !== null) return [[...(plain[1] ?? '').slice(0, PREFIX)].map(fold).join('')];
  const out: string[] = [];
  // A group after an optional one is reached once per branch before it: parse each group once.
  const groups = new Map<number, Group | undefined>();
  const groupAt = (at: number): Group | undefined => {
    if (source.charAt(at) !== '(') return undefined;
    if (!groups.has(at)) groups.set(at, innerGroup(source, at));
    return groups.get(at);
  };
  const extend = (from: Cursor | undefined, prefixes: readonly string[]): void => {
    let cursor = from;
    while (cursor !== undefined && cursor.at >= cursor.end) cursor = cursor.next;
    const length = prefixes[0]?.length ?? PREFIX;
    if (cursor === undefined || length >= PREFIX) {
      out.push(...prefixes);
      return;
    }
    const { at, end, next } = cursor;
    const group = groupAt(at);
    // A group's branches each go on with what follows it (a first group is always read: the prefix needs a first character).
    if (group !== undefined && (length === 0 || prefixes.length * (group.alternatives.length + 1) <= MAX_EXPANSION)) {
      const after: Cursor = { at: group.end, end, next };
      if (group.optional) extend(after, prefixes);
      // After a repeated group's first repetition another may follow: the prefix stops there.
      for (const [start, stop] of group.alternatives) extend({ at: start, end: stop, next: group.repeated ? undefined : after }, prefixes);
      return;
    }
    const atom = readAtom(source, at);
    if (atom.set === ANY || prefixes.length * atom.set.length > MAX_EXPANSION) {
      out.push(...prefixes);
      return;
    }
    const set = atom.set;
    const after: Cursor = { at: atom.end, end, next };
    // Each count of the atom up to `cap` goes on with the rest; past `cap` the prefix stops (it is
    // then a prefix of every longer count). Digits fold to one code, so `\d{1,3}` costs three prefixes.
    const cap = atom.max === Infinity ? Math.max(atom.min, 1) : Math.min(atom.max, MAX_COUNT);
    let current = prefixes;
    for (let k = 0; ; k++) {
      if (k === cap && cap < atom.max) {
        out.push(...current);
        return;
      }
      if (k >= atom.min) extend(after, current);
      if (k === cap) return;
      if ((current[0]?.length ?? PREFIX) >= PREFIX || current.length * set.length > MAX_EXPANSION) {
        if (k < atom.max) out.push(...current);
        return;
      }
      current = current.flatMap((p) => set.map((c) => p + c));
    }
  };
  extend({ at: 0, end: source.length, next: undefined }, ['']);
  if (out.includes('')) throw new Error(`scan pattern without a determinable first character: ${source}`);
  return withoutExtensions(out);
}

/** A literal (no regex syntax, no surrogate pairs), optionally followed by one `[…]*`. */
const PLAIN_TERM = /^([^\\[\](){}|?*+.^$\ud800-\udfff]+)(?:\[[^\]\\^]+\]\*)?$/;

/** Drops duplicates and prefixes that extend another one of the list (that one already lets every such start through). */
function withoutExtensions(prefixes: readonly string[]): string[] {
  const all = new Set(prefixes);
  const kept = new Set<string>();
  return prefixes.filter((p) => {
    if (kept.has(p)) return false;
    for (let length = 1; length < p.length; length++) if (all.has(p.slice(0, length))) return false;
    kept.add(p);
    return true;
  });
}

interface Group {
  /** Each branch as [start, end) in the source. */
  readonly alternatives: readonly (readonly [number, number])[];
  readonly optional: boolean;
  readonly repeated: boolean;
  /** Where the group and its quantifier end. */
  readonly end: number;
}

/** A `(?:…)`, `(?<name>…)` or `(…)` group at `at`, unless it is a lookaround or counted (`{m,n}`). */
function innerGroup(source: string, at: number): Group | undefined {
  if (source.charAt(at) !== '(') return undefined;
  const opener = /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(source.slice(at, at + 40))?.[0] ?? '(';
  if (opener === '(' && source.charAt(at + 1) === '?') return undefined; // a lookaround
  const close = matchingParen(source, at);
  const q = source.charAt(close + 1);
  if (q === '{') return undefined;
  const quantified = q === '?' || q === '*' || q === '+';
  const lazy = quantified && source.charAt(close + 2) === '?';
  return {
    alternatives: splitTopLevel(source, at + opener.length, close),
    optional: q === '?' || q === '*',
    repeated: q === '*' || q === '+',
    end: close + 1 + (quantified ? 1 : 0) + (lazy ? 1 : 0),
  };
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced group in scan pattern: ${source}`);
}

/** The top-level branches of source[from, to) as ranges. */
function splitTopLevel(source: string, from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

/** Just past the `]` that closes the class opened at `at` (escapes inside are skipped). */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === ']' && i > at + 1) return i + 1;
  }
  throw new Error(`unclosed character class in scan pattern: ${source}`);
}

interface Atom {
  readonly set: CharSet;
  /** Where the atom and its quantifier end. */
  readonly end: number;
  /** Repetition bounds from the quantifier (1, 1 without one; max Infinity for `*` and `+`). */
  readonly min: number;
  readonly max: number;
}

const NO_ATOM: Atom = { set: ANY, end: 0, min: 1, max: 1 };

function readAtom(source: string, at: number): Atom {
  const ch = source.charAt(at);
  let set: CharSet;
  let next: number;
  if (ch === '[') {
    next = classEnd(source, at);
    const cls = source.slice(at, next);
    set = cls.startsWith('[^') ? ANY : membersOf(cls);
  } else if (ch === '\\') {
    const esc = source.charAt(at + 1);
    if (esc === 'd') set = ['0'];
    else if (esc === 'u') set = [String.fromCharCode(foldCode(parseInt(source.slice(at + 2, at + 6), 16)))];
    else set = /[a-zA-Z]/.test(esc) ? ANY : [fold(esc)];
    next = at + (esc === 'u' ? 6 : 2);
  } else if (ch === '' || ch === '(' || ch === ')' || ch === '.' || ch === '^' || ch === '$' || ch === '|') {
    return NO_ATOM;
  } else {
    set = [fold(ch)];
    next = at + 1;
  }
  const q = source.charAt(next);
  const braces = q === '{' ? /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(next, next + 12)) : null;
  const lazy = (q === '?' || q === '*' || q === '+') && source.charAt(next + 1) === '?' ? 1 : 0;
  if (q === '?') return { set, end: next + 1 + lazy, min: 0, max: 1 };
  if (q === '*') return { set, end: next + 1 + lazy, min: 0, max: Infinity };
  if (q === '+') return { set, end: next + 1 + lazy, min: 1, max: Infinity };
  if (braces === null) return { set, end: next, min: 1, max: 1 };
  const min = Number(braces[1]);
  const max = braces[2] === undefined ? min : braces[3] === '' || braces[3] === undefined ? Infinity : Number(braces[3]);
  return { set, end: next + braces[0].length, min, max };
}

/** Members of a one-character class, folded, per class source (the same classes recur in hundreds of terms). */
const memberCache = new Map<string, CharSet>();

/** Class syntax that may admit characters at or above CLASS_RANGE: a property, `\s`, a negated shorthand. */
const WIDE_CLASS = /\\[pPsSWD]/;

function membersOf(cls: string): CharSet {
  const cached = memberCache.get(cls);
  if (cached !== undefined) return cached;
  const wide = WIDE_CLASS.test(cls) ? undefined : wideSingles(cls);
  let set: CharSet = ANY;
  if (wide !== undefined) {
    const regex = new RegExp(`^${cls}$`);
    const members = new Set<string>();
    for (let c = 0; c < CLASS_RANGE; c++) {
      const ch = String.fromCharCode(c);
      if (regex.test(ch)) members.add(fold(ch));
    }
    for (const ch of wide) members.add(fold(ch));
    set = [...members];
  }
  memberCache.set(cls, set);
  return set;
}

/**
 * The class's single members at or above CLASS_RANGE (`[\'’]` holds U+2019), or undefined when a
 * range reaches that far (then the class is not read into prefixes).
 */
function wideSingles(cls: string): string[] | undefined {
  const items: string[] = [];
  for (let i = 1; i < cls.length - 1; i++) {
    let ch = cls.charAt(i);
    if (ch === '\\') {
      const esc = cls.charAt(i + 1);
      if (esc === 'u') {
        ch = String.fromCharCode(parseInt(cls.slice(i + 2, i + 6), 16));
        i += 5;
      } else {
        ch = esc;
        i++;
      }
    }
    items.push(ch);
  }
  const singles: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const ch = items[k] ?? '';
    const high = items[k + 2];
    if (items[k + 1] === '-' && high !== undefined) {
      if (high.charCodeAt(0) >= CLASS_RANGE) return undefined;
      k += 2;
    } else if (ch.charCodeAt(0) >= CLASS_RANGE) singles.push(ch);
  }
  return singles;
}
