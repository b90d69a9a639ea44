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
