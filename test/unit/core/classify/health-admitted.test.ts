/**
 * "Inlagd" and "lagts in" (session 7): admitted to hospital is health data; entered into a system
 * ("betygen ska vara inlagda senast fredag", "har lagts in i kamerasystemet") is not. Sentences are
 * invented.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';

const now = new Date(Date.UTC(2025, 5, 15));
const health = (text: string): boolean => classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).some((f) => f.type === 'health' && f.confidence >= 0.6);

describe('admitted to hospital, not entered into a system', () => {
  it('finds a person admitted to a ward or hospital', () => {
    expect(health('Vilma är inlagd på barnavdelningen sedan i går.')).toBe(true);
    expect(health('Han har varit inlagd för lunginflammation i en vecka.')).toBe(true);
    expect(health('Mamman lades in på psykiatrisk avdelning i helgen.')).toBe(true);
    expect(health('Pappa har lagts in akut igen, jag är på sjukhuset.')).toBe(true);
  });

  it('leaves grades, passes, payments and raises entered into a system alone', () => {
    expect(health('Betygen ska vara inlagda i systemet senast fredag.')).toBe(false);
    expect(health('Betygen ska vara inlagda senast 5 juni kl. 16.')).toBe(false);
    expect(health('Alla i kansliet är nu inlagda förutom Karin.')).toBe(false);
    expect(health('Följande namn är inlagda: Amina, Lars och Kim.')).toBe(false);
    expect(health('Utbetalningen är inlagd i ekonomisystemet till den 14:e.')).toBe(false);
    expect(health('Höjningen har inte lagts in i lönesystemet än.')).toBe(false);
  });
});
