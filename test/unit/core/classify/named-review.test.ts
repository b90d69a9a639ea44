/**
 * An appraisal or grade named with whose it is (session 6): the bare word is a topic, "… med Leila" or
 * "Ahmeds provanställning" is that person's. Sentences are invented.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { namedReview } from '../../../../src/core/classify/named-review.js';

const now = new Date(Date.UTC(2025, 5, 15));
const rules = (text: string): string[] => [...new Set(classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= 0.6).map((f) => f.type))];
const at = (text: string, word: string): boolean => {
  const start = text.toLowerCase().indexOf(word);
  return namedReview(text, text.toLowerCase(), start, start + word.length, 'hr-assessment');
};

describe('an assessment named with whose it is', () => {
  it('ties the word to a name after it (with a connector, a dash, a colon or a date) or to a possessive before it', () => {
    expect(at('Sammanfattning av medarbetarsamtalet med Leila: trivs bra.', 'medarbetarsamtal')).toBe(true);
    expect(at('Utvärdering av Farid efter första halvåret.', 'utvärdering')).toBe(true);
    expect(at('Kort feedback på Ahmeds provanställning: god kontakt med brukarna.', 'provanställning')).toBe(true);
    expect(at('Performance note – Ana Costa: late with reports.', 'performance note')).toBe(true);
    expect(at('Vi bokar medarbetarsamtalet med henne nästa vecka.', 'medarbetarsamtal')).toBe(true);
  });

  it('does not tie it to an organisation, a system, everyone, or a pupil', () => {
    expect(at('Medarbetarsamtal med alla i gruppen bokas i Heroma.', 'medarbetarsamtal')).toBe(false);
    expect(at('Kommunens provanställning är sex månader.', 'provanställning')).toBe(false);
    expect(at('Medarbetarsamtalen för HR: mallen finns på intranätet.', 'medarbetarsamtal')).toBe(false);
    expect(at('Inför utvecklingssamtalet med Aron (7C) på torsdag: svenska går bra.', 'utvecklingssamtal')).toBe(false);
  });

  it('lets the rules report a short appraisal note, but not the same word as a topic', () => {
    const note = 'Sammanfattning av medarbetarsamtalet med Leila: trivs bra men dokumentationen brister.';
    expect(rules(note)).toContain('hr-assessment');
    expect(classifyText(note, { kind: 'body' }, { now, categories: 'rules' }).find((f) => f.type === 'hr-assessment')?.evidence).toContain('NAMED');
    expect(rules('Påminnelse: medarbetarsamtalen ska vara klara före 1 juni, mallen finns i Heroma.')).not.toContain('hr-assessment');
  });
});

describe('a grade named with whose it is', () => {
  it('ties "betyg i <subject> för" and "omdöme till" to the pupil', () => {
    const grade = (text: string, word: string): boolean => {
      const start = text.toLowerCase().indexOf(word);
      return namedReview(text, text.toLowerCase(), start, start + word.length, 'grades');
    };
    expect(grade('Betyg i engelska för Wilma: B, muntligt mycket starkt.', 'betyg')).toBe(true);
    expect(grade('Omdöme till Ella i SO: når kunskapskraven med marginal.', 'omdöme')).toBe(true);
    expect(grade('Betyg i engelska för åk 9 sätts vecka 22.', 'betyg')).toBe(false);
  });
});
