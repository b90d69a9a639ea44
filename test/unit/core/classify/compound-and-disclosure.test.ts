/**
 * The two generalising mechanisms of the category detector: compound heads (a strong stem at the
 * end of a longer Swedish word, with its guards) and disclosure patterns (a person + a disclosure
 * verb + a term), each checked on its own and through classifyText.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { CompoundTails } from '../../../../src/core/classify/compound-tails.js';
import { disclosedBefore } from '../../../../src/core/classify/disclosure.js';
import { findCategories } from '../../../../src/core/classify/category-detector.js';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';

const ENDINGS = ['', 'en', 'er', 'erna', 'n'];
const tails = new CompoundTails<string>([
  { stem: 'fraktur', endings: ENDINGS, tag: 'fracture' },
  { stem: 'cancer', endings: ENDINGS, tag: 'cancer' },
  { stem: 'lungcancer', endings: ENDINGS, tag: 'lung' },
  { stem: 'missbruk', endings: ['', 'et'], tag: 'abuse', notAfter: ['makt', 'förtroende'] },
]);

function head(word: string): string | undefined {
  const m = tails.match(word, 0, word.length);
  return m === undefined ? undefined : `${word.slice(0, m.at)}|${word.slice(m.at)}:${m.tag}`;
}

describe('compound heads', () => {
  it('finds a head with its inflection after a modifier', () => {
    expect(head('höftfrakturen')).toBe('höft|frakturen:fracture');
    expect(head('alkoholmissbruket')).toBe('alkohol|missbruket:abuse');
  });
  it('prefers the longest listed head', () => {
    expect(head('småcellslungcancern')).toBe('småcells|lungcancern:lung');
  });
  it('needs a modifier of at least three letters (the word alone is the word-start scan’s)', () => {
    expect(head('cancer')).toBeUndefined();
    expect(head('xcancer')).toBeUndefined();
    expect(head('hudcancer')).toBe('hud|cancer:cancer');
  });
  it('skips modifiers that change the meaning', () => {
    expect(head('maktmissbruk')).toBeUndefined();
    expect(head('förtroendemissbruket')).toBeUndefined();
  });
  it('ignores words that only end in similar letters', () => {
    expect(head('protokollet')).toBeUndefined();
    expect(head('kanceller')).toBeUndefined();
  });
});

describe('disclosure patterns', () => {
  const at = (text: string, term: string): ReturnType<typeof disclosedBefore> => {
    const lower = text.toLowerCase();
    return disclosedBefore(text, lower, lower.indexOf(term));
  };
  it('ties a term to a pronoun, a person noun or a name', () => {
    expect(at('Hon lider av migrän sedan länge.', 'migrän')).toBe('SPECIFIC');
    expect(at('Pojken har astma.', 'astma')).toBe('GENERIC');
    expect(at('Lars har fått besked om prostatacancer.', 'prostatacancer')).toBe('GENERIC');
    expect(at('Jag tillhör Vårdförbundet.', 'vårdförbundet')).toBe('SPECIFIC');
    expect(at('She was diagnosed with asthma.', 'asthma')).toBe('SPECIFIC');
  });
  it('does not count a subject that is no person, or a sentence boundary in between', () => {
    expect(at('Vi har en vision.', 'vision')).toBe('NONE');
    expect(at('Det är diabetes som är temat.', 'diabetes')).toBe('NONE');
    expect(at('Hon har bil. Diabetes är temat.', 'diabetes')).toBe('NONE');
    expect(at('Kursen om diabetes.', 'diabetes')).toBe('NONE');
  });
  it('stays bounded on long runs before a hit', () => {
    const text = `${'har '.repeat(50_000)}astma`;
    const t = performance.now();
    disclosedBefore(text, text, text.length - 5);
    expect(performance.now() - t).toBeLessThan(50);
  });
});

describe('through the detector', () => {
  const min = (type: string): number => DEFAULT_POLICY.rules[type as keyof typeof DEFAULT_POLICY.rules]?.minConfidence ?? 0.6;
  const reported = (text: string): string[] =>
    [...new Set(classifyText(text, { kind: 'body' }).filter((f) => f.confidence >= min(f.type)).map((f) => f.type))].sort();

  it('reports compounds and disclosed weak terms', () => {
    expect(reported('Sture har en höftfraktur och opereras på fredag.')).toEqual(['health']);
    expect(reported('Hennes son har ett omfattande alkoholmissbruk.')).toEqual(['social']);
    expect(reported('Yusuf är praktiserande muslim.')).toEqual(['religion']);
    expect(reported('Föräldrarna flydde från Syrien 2015.')).toEqual(['ethnic-origin']);
    expect(reported('Jag tillhör Vårdförbundet och vill ha stöd.')).toEqual(['trade-union']);
  });
  it('does not report the hard negatives of the new mechanisms', () => {
    expect(reported('Kaffebryggaren har fått en vattenskada.')).toEqual([]);
    expect(reported('Styrelsen diskuterade risken för maktmissbruk.')).toEqual([]);
    expect(reported('Hon har en vision om en mer hållbar kommunal förvaltning.')).toEqual([]);
    expect(reported('Hon är i Grekland på semester.')).toEqual([]);
    expect(reported('Hon är läkare på vårdcentralen.')).toEqual([]);
  });
  it('marks how a hit was found in its evidence', () => {
    const [hit] = findCategories('Karl har ryggsmärtor sedan i våras.');
    expect(hit?.evidence).toEqual(expect.arrayContaining(['COMPOUND_HEAD', 'DISCLOSED']));
  });
});
