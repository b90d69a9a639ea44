/**
 * Named regression: HTML/XML to text was quadratic (and worse) on crafted markup. `<[^>]*>` tried
 * from every `<` of a run without `>`, and `<script…>[^]*?</script>` from every `<script`, so a
 * 1 MB body of `<` took about 15 minutes and a forwarded hostile HTML mail could stall the send
 * check. The hand-written pass in markup.ts is linear; these inputs must finish in bounded time.
 * Also covers the patterns added to the detectors since the first ReDoS suite.
 */
import { classifyDraft } from '../../src/core/classify/classify-draft.js';
import { classifyText } from '../../src/core/classify/classify-text.js';
import { htmlToText, officeXmlToText } from '../../src/core/classify/extract/markup.js';

const MB = 1024 * 1024;
/** Linear code does each of these in well under a second; the old code needed minutes to hours. */
const BOUND_MS = 10_000;

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('markup to text in linear time', () => {
  const hostile: [string, string][] = [
    ['a run of <', '<'.repeat(MB)],
    ['<script without end tags', '<script>'.repeat(MB / 8)],
    ['<script openings without >', '<script'.repeat(MB / 7)],
    ['end-tag look-alikes after a <script>', `<script>${'</script'.repeat(MB / 8)}`],
    ['unterminated comments', '<!--'.repeat(MB / 4)],
    ['comment openers and < mixed', '<!--<'.repeat(MB / 5)],
    ['a start tag that never closes its name', `<${'a'.repeat(MB)}`],
    ['<head> without end, then text', `<head>${'x<'.repeat(MB / 2)}`],
    ['entities without end', '&#x1'.repeat(MB / 4)],
  ];
  it.each(hostile)('htmlToText handles %s', (_name, input) => {
    expect(timed(() => htmlToText(input))).toBeLessThan(BOUND_MS);
  }, 30_000);
  it.each(hostile)('officeXmlToText handles %s', (_name, input) => {
    expect(timed(() => officeXmlToText(input))).toBeLessThan(BOUND_MS);
  }, 30_000);
  it('keeps the text after a stray < that has no >', () => {
    expect(htmlToText('<p>Pnr</p> 3 < 4 och sjukskriven')).toBe('\nPnr\n 3 < 4 och sjukskriven');
  });
  it('classifies an HTML draft body of hostile markup in bounded time', async () => {
    const start = performance.now();
    await classifyDraft({ subject: 'Fwd: nyhetsbrev', body: `<p>Hej</p>${'<'.repeat(MB)}`, bodyType: 'html' });
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }, 30_000);
});

describe('newer detector patterns in linear time', () => {
  const hostile: [string, string][] = [
    ['a salary word before many short words', `lönen ${'ab '.repeat(MB / 3)}`],
    ['salary words before long amounts', 'lön för anna till 1 000 000'.repeat(MB / 28)],
    ['an account word before clearing-like groups', `kontonummer ${'8327-9, '.repeat(MB / 8)}`],
    ['church membership prefixes', 'medlem i '.repeat(MB / 9)],
    ['a personnummer and a phone label repeated', 'personnummer 800101-9887, mobil '.repeat(MB / 32)],
  ];
  it.each(hostile)('handles %s', (_name, input) => {
    expect(timed(() => classifyText(input, { kind: 'body' }))).toBeLessThan(BOUND_MS);
  }, 30_000);
});
