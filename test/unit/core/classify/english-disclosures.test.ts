/**
 * Disclosures that international staff write in English (session 6): a party named without "for the",
 * "he's a Social Democrat", a board seat in a party branch, and a face or fingerprint enrolled in a
 * system. Sentences are invented.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';

const now = new Date(Date.UTC(2025, 5, 15));
const rules = (text: string): string[] => [...new Set(classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= 0.6).map((f) => f.type))];

describe('English disclosures', () => {
  it('finds a party vote or membership said without "for the"', () => {
    expect(rules('She told me she votes Green Party and asked me to keep it to myself.')).toContain('political-opinion');
    expect(rules("During the break Nils said he's a Social Democrat and always has been.")).toContain('political-opinion');
    expect(rules('Between us: Mats is on the board of the local Sweden Democrats branch.')).toContain('political-opinion');
  });

  it('does not read the parties as a topic as someone’s opinion', () => {
    expect(rules('The Social Democrats and the Moderates both voted for the budget in the council.')).not.toContain('political-opinion');
  });

  it('finds a face or fingerprint enrolled for someone, not the system itself', () => {
    expect(rules('Hi Henrik, your face has been enrolled in the new access system, so the side entrance works from Monday.')).toContain('biometric');
    expect(rules('Logg: mall för fingeravtryck registrerad för anställd 5521, höger pekfinger.')).toContain('biometric');
    expect(rules('The new access system can enrol faces; we have not decided whether to use it.')).not.toContain('biometric');
  });
});
