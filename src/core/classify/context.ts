/**
 * Context windows around a match. Windows are sliced and lower-cased before a regex runs, so the
 * cost is per candidate, never per input byte, and no regex ever sees more than `radius` chars.
 */
export function windowBefore(text: string, start: number, radius: number): string {
  return text.slice(Math.max(0, start - radius), start).toLowerCase();
}

export function windowAfter(text: string, end: number, radius: number): string {
  return text.slice(end, Math.min(text.length, end + radius)).toLowerCase();
}

/** Like windowBefore/windowAfter on text the caller already lower-cased (lowerSameLength): no copy is lowered again. */
export function sliceBefore(lower: string, start: number, radius: number): string {
  return lower.slice(Math.max(0, start - radius), start);
}

export function sliceAfter(lower: string, end: number, radius: number): string {
  return lower.slice(end, Math.min(lower.length, end + radius));
}

/** The text between the previous and the next line break around [start, end) (at most `radius`). */
export function lineAround(text: string, start: number, end: number, radius = 200): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  let a = text.lastIndexOf('\n', start - 1);
  if (a < from) a = from - 1;
  let b = text.indexOf('\n', end);
  if (b === -1 || b > to) b = to;
  return text.slice(a + 1, b).toLowerCase();
}

/**
 * `text` lower-cased with every offset kept. Only U+0130 (İ) grows under toLowerCase (to i + U+0307),
 * so it becomes a plain i first; the one lower-cased copy is then shared by all detectors.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/\u0130/g, 'i').toLowerCase();
}
