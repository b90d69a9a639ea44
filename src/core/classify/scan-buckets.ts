/**
 * The sticky regexes the word-start scanner runs, chosen by the first TWO characters at a word start.
 * With one bucket per first character, every "hon", "har", "hos" start that passed the prefix filter
 * ran all patterns beginning with h (hundreds of health terms among them); now it runs only the
 * patterns that can begin with "ho", "ha" or "hs" plus those whose second character is not fixed
 * ("h" followed by a character class or `.`). Which patterns can begin how comes from their concrete
 * prefixes (word-start-scan.ts). Buckets are compiled on first use, so a short text compiles few.
 * Within a bucket the patterns keep the caller's order, so the first that matches still wins.
 */
import { splitRuns, type Run } from './scan-parts.js';
import type { ScanChannel, ScanPattern } from './word-start-scan.js';

export interface BucketPart<T> {
  readonly regex: RegExp;
  /** Group index of each pattern's wrapping group, and its tag. */
  readonly groups: readonly (readonly [number, T])[];
}

/** Patterns in order, cut into regexes V8 still optimises (see scan-parts.ts). */
export type Bucket<T> = readonly BucketPart<T>[];

/** The key of the bucket that holds only the patterns whose second character is open. */
const OPEN = -1;

/** The patterns of one first character of one channel, and their buckets by second character. */
export class FirstCharBuckets<T> {
  private readonly ordered: ScanPattern<T>[] = [];
  private readonly seen = new Set<ScanPattern<T>>();
  private readonly open = new Set<ScanPattern<T>>();
  private readonly bySecond = new Map<number, Set<ScanPattern<T>>>();
  private readonly built = new Map<number, Bucket<T> | null>();

  constructor(private readonly spec: ScanChannel) {}

  /** Adds a pattern for one of its prefixes (folded codes, see scan-prefixes.ts) at this first character (call in the caller's pattern order). */
  add(pattern: ScanPattern<T>, prefix: string): void {
    if (!this.seen.has(pattern)) {
      this.seen.add(pattern);
      this.ordered.push(pattern);
    }
    const second = prefix.length > 1 ? prefix.charCodeAt(1) : undefined;
    if (second === undefined) this.open.add(pattern);
    else this.bySecond.set(second, (this.bySecond.get(second) ?? new Set()).add(pattern));
  }

  /** The bucket to run when `second` (folded) follows the first character (-1 past the end of the text). */
  bucketFor(second: number): Bucket<T> | undefined {
    const key = this.bySecond.has(second) ? second : OPEN;
    let bucket = this.built.get(key);
    if (bucket === undefined) {
      const members = key === OPEN ? undefined : this.bySecond.get(key);
      const patterns = this.ordered.filter((p) => this.open.has(p) || members?.has(p) === true);
      bucket = patterns.length === 0 ? null : buildBucket(patterns, this.spec);
      this.built.set(key, bucket);
    }
    return bucket ?? undefined;
  }

  /** Every bucket this first character can run (compiling them all; for tests and size checks). */
  allBuckets(): Bucket<T>[] {
    return [OPEN, ...this.bySecond.keys()].map((second) => this.bucketFor(second)).filter((b): b is Bucket<T> => b !== undefined);
  }
}

/** One bucket: the patterns (in order) as `(?<![notAfter])(?:(p1)|(p2)|…)suffix`, sticky, cut into parts. */
export function buildBucket<T>(ordered: readonly ScanPattern<T>[], spec: ScanChannel): Bucket<T> {
  // Neighbours with the same tag (the same object) and no groups of their own share one
  // capturing group: a match array is as long as the groups, so fewer groups is a cheaper exec.
  const runs: Run<T>[] = [];
  for (const p of ordered) {
    const inner = countGroups(p.source);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.tag === p.tag && inner === 0 && last.inner === 0) last.sources.push(p.source);
    else runs.push({ tag: p.tag, sources: [p.source], inner });
  }
  return splitRuns(runs).map((part) => {
    const groups: [number, T][] = [];
    let group = 1;
    for (const run of part) {
      groups.push([group, run.tag]);
      group += 1 + run.inner;
    }
    const body = part.map((run) => `(${run.sources.length === 1 ? run.sources[0] : run.sources.map((x) => `(?:${x})`).join('|')})`).join('|');
    return { regex: new RegExp(`(?<![${spec.notAfter}])(?:${body})${spec.suffix ?? ''}`, `y${spec.flags ?? ''}`), groups };
  });
}

/** Capturing groups in a fragment: `(` not followed by `?`, plus named groups `(?<name>`. */
export function countGroups(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = source.indexOf(']', i + 1);
    else if (ch === '(' && (source.charAt(i + 1) !== '?' || /^\?<[A-Za-z]/.test(source.slice(i + 1, i + 4)))) count++;
    if (i < 0) break;
  }
  return count;
}
