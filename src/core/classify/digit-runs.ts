/**
 * The one pass over a text's digits that the number detectors share: every maximal run of four or
 * more ASCII digits, left to right. A global `test` finds each run's end without building a match
 * object; the start is found by stepping back over the run (each digit is visited at most twice).
 */
const RUN = /\d{4,}/g;

/** Calls `visit(start, length)` for every maximal run of at least four digits, in order. */
export function forEachDigitRun(text: string, visit: (start: number, length: number) => void): void {
  const run = new RegExp(RUN);
  while (run.test(text)) {
    const end = run.lastIndex;
    let start = end - 4;
    while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
    visit(start, end - start);
  }
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
