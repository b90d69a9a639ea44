/**
 * Which parts of a text the category model reads, and in which pieces. The model scores chunks of
 * about a short e-mail's length (what it was trained on), split at line or sentence ends. For long
 * texts it reads a bounded amount: the first 32 KB, plus windows around the first rule hits after
 * that; rule findings outside what it read stand as the rules decided (category-model.ts).
 */

/** The model reads the first MODEL_HEAD characters of every location. */
export const MODEL_HEAD = 32 * 1024;
/** Characters either side of a rule hit beyond the head. */
export const HIT_WINDOW = 400;
/** At most this many windows around hits beyond the head. */
export const MAX_HIT_WINDOWS = 24;
/** A chunk is at most this long … */
export const CHUNK_MAX = 1500;
/** … and is cut at a line or sentence end no earlier than this. */
const CHUNK_MIN = 600;

/** A half-open range [from, to). */
export type Span = readonly [number, number];

/** The ranges the model reads: the head, then merged windows around hit offsets beyond it (sorted). */
export function modelRegions(length: number, hitStarts: readonly number[]): Span[] {
  const regions: [number, number][] = [[0, Math.min(length, MODEL_HEAD)]];
  let windows = 0;
  for (const at of hitStarts) {
    if (at < MODEL_HEAD) continue;
    if (windows >= MAX_HIT_WINDOWS) break;
    const from = Math.max(0, at - HIT_WINDOW);
    const to = Math.min(length, at + HIT_WINDOW);
    const last = regions[regions.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else {
      regions.push([from, to]);
      windows++;
    }
  }
  return regions;
}

/** Whether `at` lies in one of the sorted `regions`. */
export function covered(regions: readonly Span[], at: number): boolean {
  for (const [from, to] of regions) {
    if (at < from) return false;
    if (at < to) return true;
  }
  return false;
}

/** Splits [from, to) into chunks of at most CHUNK_MAX, preferring a line end, then a sentence end, then a space. */
export function chunksOf(lower: string, from: number, to: number): Span[] {
  const chunks: Span[] = [];
  let start = from;
  while (start < to) {
    let end = Math.min(to, start + CHUNK_MAX);
    if (end < to) end = cutBefore(lower, start + CHUNK_MIN, end);
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/** The best cut in (min, max]: after the last line break, else after the last sentence end, else after the last space, else max. */
function cutBefore(lower: string, min: number, max: number): number {
  let sentence = -1;
  let space = -1;
  for (let i = max - 1; i >= min; i--) {
    const c = lower.charCodeAt(i);
    if (c === 10) return i + 1;
    if (sentence < 0 && (c === 46 || c === 33 || c === 63) && lower.charCodeAt(i + 1) === 32) sentence = i + 1;
    else if (space < 0 && c === 32) space = i + 1;
  }
  return sentence > 0 ? sentence : space > 0 ? space : max;
}
