/**
 * Chapter 26 of OSL is the social services' secrecy (session 7): a reference to it is also a weak
 * social signal, which the rules report only with a person nearby and the model reads as a feature.
 * Other chapters give no social signal. Sentences are invented.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';

const now = new Date(Date.UTC(2025, 5, 15));
const socialSignal = (text: string): { confidence: number; evidence: readonly string[] } | undefined =>
  classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).find((f) => f.type === 'social' && (f.evidence ?? []).includes('SOCIAL_SECRECY'));

describe('chapter 26 OSL as a social-services signal', () => {
  it('reads "26 kap.", "chapter 26" and "ch. 26" as a weak social signal beside the secrecy finding', () => {
    for (const text of [
      'Utredningen omfattas av sekretess enligt 26 kap. 1 § OSL.',
      'The assessment is covered by secrecy under chapter 26 section 1 OSL.',
      'Classified under OSL ch. 26 s. 1 until further notice.',
    ]) {
      const found = socialSignal(text);
      expect(found).toBeDefined();
      expect(found?.confidence).toBeLessThan(0.6);
      expect(classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).some((f) => f.type === 'secrecy')).toBe(true);
    }
  });

  it('is raised by a person nearby, as other weak social terms are', () => {
    const found = socialSignal('Anteckningarna från hembesöket hos henne bifogas. Sekretess enligt 26 kap. 1 § OSL.');
    expect(found?.evidence).toContain('PERSON_NEAR');
    expect(found?.confidence).toBeGreaterThan(0.5);
  });

  it('gives no social signal for other chapters or a longer number', () => {
    expect(socialSignal('Journalen omfattas av sekretess enligt 25 kap. 1 § OSL.')).toBeUndefined();
    expect(socialSignal('Uppgiften omfattas av sekretess enligt 126 kap. OSL enligt förslaget.')).toBeUndefined();
  });
});
