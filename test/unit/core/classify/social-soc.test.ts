/**
 * "Soc", as people write it (session 6): a person's own contact with social services is a social
 * matter about them; the word in a routine is not. Sentences are invented.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';

const now = new Date(Date.UTC(2025, 5, 15));
const social = (text: string): boolean => classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).some((f) => f.type === 'social' && f.confidence >= 0.6);

describe('social services called "soc"', () => {
  it('finds a person’s money from, case worker at, or report to "soc"', () => {
    expect(social('Vi klarar oss inte på pengarna från soc den här månaden. /Lina')).toBe(true);
    expect(social('Kan inte komma, har tid hos min handläggare på soc om ansökan.')).toBe(true);
    expect(social('Jag ringde till soc om Vilmer i tisdags men har inte hört något.')).toBe(true);
    expect(social('Kort från kuratorn: han sover hos en kompis just nu. Soc är kontaktade.')).toBe(true);
  });

  it('leaves "soc" as a topic or a unit alone', () => {
    expect(social('Soc-nämnden sammanträder på torsdag i rum 3.')).toBe(false);
    expect(social('Ring soc om du är orolig för ett barn, numret står i rutinen.')).toBe(false);
  });
});
