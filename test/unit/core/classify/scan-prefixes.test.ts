import { foldCode, startPrefixes } from '../../../../src/core/classify/scan-prefixes.js';

const sorted = (source: string): string[] => [...startPrefixes(source)].sort();

describe('startPrefixes', () => {
  it('takes a plain term’s first eight letters', () => {
    expect(startPrefixes('sjukskrivning[a-zåäö]*')).toEqual(['sjukskri']);
    expect(startPrefixes('lvu')).toEqual(['lvu']);
  });

  it('folds digits to 0 and white space to a space, in patterns and in the text', () => {
    expect(sorted('\\d{1,2}[ \n]?kap')).toEqual(['0 kap', '00 kap', '00kap', '0kap']);
    expect(['7', '\n', '\t', '\u00a0', 'a'].map((c) => String.fromCharCode(foldCode(c.charCodeAt(0))))).toEqual(['0', ' ', ' ', ' ', 'a']);
  });

  it('reads through a group inside the prefix (each branch goes on with what follows)', () => {
    // Before, the prefix stopped at "har ", and every "har" in a text ran the regexes.
    expect(sorted('har[ \n](?:\\d{1,3} kr|fått lön)')).toEqual(['har 0 kr', 'har 00 k', 'har 000 ', 'har fått']);
    expect(sorted('(?:en|ett)[ \n](?:sjuk|frisk)dag')).toEqual(['en frisk', 'en sjukd', 'ett fris', 'ett sjuk']);
  });

  it('reads an optional group both ways and stops after one repetition of a repeated group', () => {
    expect(sorted('ab(?:c)?d')).toEqual(['abcd', 'abd']);
    // "ababx": after one "ab" another may follow, so the prefix is only "ab".
    expect(sorted('(?:ab)+x')).toEqual(['ab']);
    expect(sorted('z(?:ab)*x')).toEqual(['zab', 'zx']);
  });

  it('counts a repeated atom up to four times, then stops', () => {
    expect(sorted('a{1,3}b')).toEqual(['aaab', 'aab', 'ab']);
    expect(sorted('a{2,9}b')).toEqual(['aaaa', 'aaab', 'aab']);
    expect(sorted('a*b')).toEqual(['a', 'b']);
  });

  it('keeps single wide characters of a class, and stops at a class that reaches past U+02FF', () => {
    expect(sorted("i['’]m")).toEqual(["i'm", 'i’m']);
    expect(sorted('x[а-я]y')).toEqual(['x']);
    expect(sorted('x[\\s]y')).toEqual(['x']);
    expect(sorted('x[^a]y')).toEqual(['x']);
    expect(sorted('x\\u00e9y')).toEqual(['xéy']);
  });

  it('stops at a lookaround, a dot or a letter escape', () => {
    expect(startPrefixes('sjuk(?!sköt)[a-z]*')).toEqual(['sjuk']);
    expect(startPrefixes('ab(?<=b)c')).toEqual(['ab']);
    expect(startPrefixes('ab.c')).toEqual(['ab']);
    expect(startPrefixes('ab\\bc')).toEqual(['ab']);
  });

  it('drops prefixes that extend another and refuses a branch without a first character', () => {
    expect(sorted('(?:ab|abc|b)x')).toEqual(['abcx', 'abx', 'bx']);
    expect(sorted('(?:a|ab)')).toEqual(['a']);
    expect(() => startPrefixes('(?:a|.)b')).toThrow(/first character/);
    expect(() => startPrefixes('(?:x')).toThrow(/unbalanced/);
  });
});
