import { LEXICONS } from '../../../../src/core/classify/lexicon/index.js';
import { CREDENTIAL_CHANNELS, credentialPatterns } from '../../../../src/core/classify/credentials.js';
import { TAIL_SIZE, tailHash, WordStartScanner, type ScanChannel, type ScanPattern } from '../../../../src/core/classify/word-start-scan.js';
import { LEXICON_CHANNEL, lexiconPatterns } from '../../../../src/core/classify/category-detector.js';
import { lowerSameLength } from '../../../../src/core/classify/context.js';
import { TRAIN_H } from '../../../vectors/classify/train/train-h.js';
import { TRAIN_D } from '../../../vectors/classify/train/train-d.js';

const W = 'a-zåäöéüæø';
const sources = LEXICONS.flatMap((l) => [...l.strong, ...l.weak]).map((t) => (t.endsWith('*') ? `${t.slice(0, -1)}[${W}]*` : t));

/** What the scanner must reproduce: the one big alternation run globally. */
function plain(text: string): [number, number, number][] {
  const regex = new RegExp(`(?<![${W}0-9])(?:${sources.map((s) => `(${s})`).join('|')})(?![${W}])`, 'g');
  const out: [number, number, number][] = [];
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) out.push([m.index, m.index + m[0].length, m.findIndex((g, i) => i > 0 && g !== undefined) - 1]);
  return out;
}

function scanned(text: string): [number, number, number][] {
  const scanner = new WordStartScanner(sources.map((source, tag) => ({ source, tag })), { notAfter: `${W}0-9`, suffix: `(?![${W}])` });
  const out: [number, number, number][] = [];
  scanner.scan(text, (start, end, tag) => out.push([start, end, tag]));
  return out;
}

/** How many capturing groups a pattern source holds. */
function groupCount(source: string, flags = ''): number {
  return (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
}

/** A deterministic mix of lexicon words, their inflections, near misses, digits and punctuation. */
function mixedText(seed: number, words: number): string {
  const pieces = ['sjukskriven', 'sjukskrivningen', 'sjuk', 'sjuksköterska', 'har b i', 'har f i matte', 'f32.1', 'j45.0.', 'u07.1', '26 kap. 1 § osl', '3 kap 2§osl',
    'lönen är 34 500 kr', 'månadslön: 41.000 sek', 'från', 'frånvaro', 'för', 'församlingen', 'omfattas av stark sekretess', 'lvu', 'lvu-placering', 'x', '-', '.', '\n', 'ålder', 'hiv', 'hivtest', 'betyget e', 'närvaron var 45 %'];
  let x = seed;
  let text = '';
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    text += (pieces[x % pieces.length] ?? '') + (x & 0x100 ? ' ' : x & 0x200 ? '' : ', ');
  }
  return text;
}

describe('WordStartScanner', () => {
  it('merges neighbours with the same tag into one group and still finds what the plain alternation finds', () => {
    // One tag object per lexicon, shared by all its terms (as the category detector does).
    const owners = LEXICONS.flatMap((l, i) => [...l.strong, ...l.weak].map(() => i));
    const tags = LEXICONS.map((l) => ({ type: l.type }));
    const scanner = new WordStartScanner(
      sources.map((source, i) => ({ source, tag: tags[owners[i] ?? 0] ?? { type: 'health' } })),
      { notAfter: `${W}0-9`, suffix: `(?![${W}])` },
    );
    for (let seed = 1; seed <= 10; seed++) {
      const text = mixedText(seed, 400);
      const out: [number, number, string][] = [];
      scanner.scan(text, (start, end, tag) => out.push([start, end, tag.type]));
      expect(out).toEqual(plain(text).map(([start, end, i]) => [start, end, LEXICONS[owners[i] ?? 0]?.type]));
    }
  });
  it('hands every long word whose tail passes the filter to the words visitor, and no other', () => {
    const scanner = new WordStartScanner([{ source: 'zzz', tag: 0 }], { notAfter: W });
    const tails = new Uint8Array(TAIL_SIZE);
    tails[tailHash('fraktur', 7)] = 1;
    const text = 'höftfraktur, fraktur och protokollet; benfraktur';
    const seen: string[] = [];
    scanner.scan(text, () => undefined, { minLength: 8, tails, visit: (start, end) => seen.push(text.slice(start, end)) });
    expect(seen).toEqual(['höftfraktur', 'benfraktur']);
  });
  it('finds exactly what the plain global alternation finds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = mixedText(seed, 400);
      expect(scanned(text)).toEqual(plain(text));
    }
  });
  it('runs channels independently, each as its own global regex would', () => {
    const patterns = credentialPatterns();
    const scanner = new WordStartScanner(patterns, CREDENTIAL_CHANNELS);
    const text = 'lösenord: hemligt1 användarnamn: kalle. 2lösenord är xyz9, pin-kod 1234 login=användarnamn: x1y2 token "abc def" otp 99 passwordpassword: aa11'.repeat(3);
    const found: [number, number, string][] = [];
    scanner.scan(text, (start, end, tag) => found.push([start, end, tag]));
    const expected: [number, number, string][] = [];
    for (const [index, p] of patterns.entries()) {
      const regex = new RegExp(`(?<![\\p{L}])(?:${p.source})`, 'gu');
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) expected.push([m.index, m.index + m[0].length, index === 0 ? 'CREDENTIAL_VALUE' : 'LOGIN_NAME']);
    }
    const order = (a: [number, number, string], b: [number, number, string]): number => a[0] - b[0] || a[2].localeCompare(b[2]);
    expect(found.sort(order)).toEqual(expected.sort(order));
    expect(found.length).toBeGreaterThan(6);
  });
  it('keeps the alternatives in order when several match at one place', () => {
    const scanner = new WordStartScanner([{ source: 'ab', tag: 'short' }, { source: 'abc', tag: 'long' }], { notAfter: 'a-z' });
    const tags: string[] = [];
    scanner.scan('abc ab', (_s, _e, tag) => tags.push(tag));
    expect(tags).toEqual(['short', 'short']);
  });
  it('finds, on real mail text with wrapped lines, tabs, no-break spaces and other digits, what each channel’s plain regex finds', () => {
    // The lexicons and credential labels exactly as analyse-text.ts runs them (folded prefixes, groups read through).
    const patterns: ScanPattern<string>[] = [...lexiconPatterns(0), ...credentialPatterns(1)].map((p, i) => ({ source: p.source, channel: p.channel ?? 0, tag: String(i) }));
    const channels: ScanChannel[] = [LEXICON_CHANNEL, ...CREDENTIAL_CHANNELS];
    const scanner = new WordStartScanner(patterns, channels);
    const swaps = ['\n', '\t', '\u00a0', ' ', ' '];
    const text = lowerSameLength(
      [...TRAIN_H.slice(0, 60), ...TRAIN_D.slice(0, 60)]
        .map((d) => d.text)
        .join('\n\n')
        .replace(/ /g, (_m, at: number) => swaps[at % swaps.length] ?? ' ')
        .replace(/\d/g, (d, at: number) => (at % 3 === 0 ? String((Number(d) + 7) % 10) : d)),
    );
    const found: string[] = [];
    scanner.scan(text, (start, end, tag) => found.push(`${String(start)}-${String(end)}:${tag}`));
    const expected: string[] = [];
    channels.forEach((channel, k) => {
      const own = patterns.filter((p) => p.channel === k);
      const regex = new RegExp(`(?<![${channel.notAfter}])(?:${own.map((p) => `(${p.source})`).join('|')})${channel.suffix ?? ''}`, `g${channel.flags ?? ''}`);
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        // The pattern's own group is the first defined one among the wrapping groups (named groups inside are counted too).
        let group = 1;
        let index = 0;
        while (m[group] === undefined) {
          group += 1 + groupCount(own[index]?.source ?? '', channel.flags);
          index++;
        }
        expected.push(`${String(m.index)}-${String(m.index + m[0].length)}:${own[index]?.tag ?? '?'}`);
        if (m[0].length === 0) regex.lastIndex++;
      }
    });
    const byStart = (a: string, b: string): number => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
    expect(found.sort(byStart)).toEqual(expected.sort(byStart));
    expect(found.length).toBeGreaterThan(100);
  });

  it('refuses a pattern whose first character cannot be known', () => {
    expect(() => new WordStartScanner([{ source: '.x', tag: 0 }], { notAfter: 'a-z' })).toThrow(/first character/);
  });
});
