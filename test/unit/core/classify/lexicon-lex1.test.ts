/**
 * Probes for the lexicon terms added in session 4 (helper lex1) for political-opinion, sex-life,
 * criminal-record, religion, ethnic-origin and trade-union: new sentences (not corpus lines) that
 * disclose such data about someone are reported by the rules alone at 0.60 (the level the training
 * report uses), and hard negatives with the same vocabulary (party motions, council minutes, job
 * titles, courses, statistics, events, organisations) are not reported for that category.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import type { CategoryType } from '../../../../src/core/classify/types.js';

const now = new Date(Date.UTC(2026, 0, 15));
const RULE_LEVEL = 0.6;

function ruleCategories(text: string): string[] {
  const found = classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= RULE_LEVEL);
  return [...new Set(found.map((f) => f.type))];
}

/** [category, text that discloses it about someone] */
const positives: [CategoryType, string][] = [
  // political-opinion: offices, campaigning and votes for a named party, party letters, English phrasings
  ['political-opinion', 'Jonas sitter i kommunstyrelsen för Moderaterna och har svårt att komma på fredagar.'],
  ['political-opinion', 'Min granne Eva har engagerat sig i Kristdemokraterna inför valet.'],
  ['political-opinion', 'Han röstade SD i förra valet, sa han på fikat.'],
  ['political-opinion', 'Hon är ordförande i Centerpartiets kvinnoförbund i länet.'],
  ['political-opinion', 'Petra är S-medlem sedan länge och vill ha ledigt för partikongressen.'],
  ['political-opinion', 'Vaktmästaren delar ut flygblad för Liberalerna vid torget varje lördag.'],
  ['political-opinion', 'Our new caretaker is a lifelong Labour voter and likes to talk about it.'],
  ['political-opinion', 'She joined the Green Party last spring and now campaigns for the Greens on weekends.'],
  ['political-opinion', 'The new clerk is a known Sweden Democrat councillor in the next town.'],
];

/** [category that must NOT be reported, text that only mentions the topic] */
const negatives: [CategoryType, string][] = [
  ['political-opinion', 'Vi har fått en motion från Moderaterna om fler lärare.'],
  ['political-opinion', 'Partierna i fullmäktige är överens om budgeten för 2027.'],
  ['political-opinion', 'Han är moderat i sin bedömning av risken.'],
  ['political-opinion', 'Hon är liberal i sina åsikter om arbetstider.'],
  ['political-opinion', 'Utbildning för förtroendevalda: alla ledamöter i fullmäktige för samtliga partier bjuds in.'],
  ['political-opinion', 'The council voted for the proposal with support from the Greens.'],
  ['political-opinion', 'The Social Democrats won the election in the municipality.'],
  ['political-opinion', 'Valsedlar från Vänsterpartiet har tagit slut i vallokalen.'],
];

describe('lex1 lexicon additions: disclosures are reported by the rules', () => {
  it.each(positives)('reports %s in: %s', (want, text) => {
    expect(ruleCategories(text)).toContain(want);
  });
});

describe('lex1 lexicon additions: mere mentions are not', () => {
  it.each(negatives)('does not report %s for: %s', (unwanted, text) => {
    expect(ruleCategories(text)).not.toContain(unwanted);
  });
});
