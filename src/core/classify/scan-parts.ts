/**
 * V8 stops optimising a regex whose source exceeds 20 KB (RegExp::kRegExpTooLargeToOptimize): its
 * exec then runs some 30 times slower. The word-start scanner cuts each first character's bucket into
 * parts below that and tries them in order; the first part that matches decides, which is what the
 * one alternation would have done (its alternatives are tried in the same order).
 */
export const MAX_REGEX_SOURCE = 16 * 1024;

/** Neighbouring patterns with one tag and no groups of their own, joined into one capturing group. */
export interface Run<T> {
  readonly tag: T;
  readonly sources: string[];
  readonly inner: number;
}

/** Cuts a bucket's runs (in order) into parts whose sources stay below MAX_REGEX_SOURCE; a long run is cut too. */
export function splitRuns<T>(runs: readonly Run<T>[], max = MAX_REGEX_SOURCE): Run<T>[][] {
  const parts: Run<T>[][] = [];
  let part: Run<T>[] = [];
  let size = 0;
  for (const run of runs) {
    let piece: Run<T> | undefined;
    for (const source of run.sources) {
      if (size > 0 && size + source.length > max) {
        parts.push(part);
        part = [];
        size = 0;
        piece = undefined;
      }
      if (piece === undefined) {
        piece = { tag: run.tag, sources: [], inner: run.inner };
        part.push(piece);
      }
      piece.sources.push(source);
      size += source.length + 8;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
