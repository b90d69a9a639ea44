import { lexiconPatterns, LEXICON_CHANNEL } from '../../../../src/core/classify/category-detector.js';
import type { FirstCharBuckets } from '../../../../src/core/classify/scan-buckets.js';
import { MAX_REGEX_SOURCE, splitRuns } from '../../../../src/core/classify/scan-parts.js';
import { WordStartScanner } from '../../../../src/core/classify/word-start-scan.js';

describe('splitRuns', () => {
  it('keeps every source in order, cuts long runs and keeps each part under the limit', () => {
    const runs = [
      { tag: 'a', sources: ['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)], inner: 0 },
      { tag: 'b', sources: ['(w)'.repeat(5)], inner: 5 },
    ];
    const parts = splitRuns(runs, 70);
    expect(parts.flatMap((p) => p.flatMap((r) => r.sources))).toEqual([...runs[0]!.sources, ...runs[1]!.sources]);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.reduce((n, r) => n + r.sources.join('').length, 0)).toBeLessThanOrEqual(70);
    expect(parts.flat().map((r) => r.tag)).toEqual(['a', 'a', 'b']);
  });

  it('keeps every regex of the lexicon scanner below the size where V8 stops optimising (20 KB)', () => {
    const scanner = new WordStartScanner(lexiconPatterns(), LEXICON_CHANNEL) as unknown as { channels: { low: (FirstCharBuckets<unknown> | undefined)[] }[] };
    const sizes = scanner.channels.flatMap((c) => c.low.flatMap((first) => (first?.allBuckets() ?? []).flatMap((bucket) => bucket.map((part) => part.regex.source.length))));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(20 * 1024);
    expect(MAX_REGEX_SOURCE).toBeLessThan(20 * 1024);
  });
});
