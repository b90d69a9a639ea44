/**
 * Credentials told with who gave them or how they were set (session 5): "lösenord satt till …",
 * "the password you sent me (…)", "koden jag fick var …", "kod vid entrén är …". New sentences
 * (not corpus lines) are reported by the rules alone at 0.60; the same words without a value are not.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';

const now = new Date(Date.UTC(2026, 0, 15));

function credentials(text: string): string[] {
  return classifyText(text, { kind: 'body' }, { now, categories: 'rules' })
    .filter((f) => f.type === 'credentials' && f.confidence >= 0.6)
    .map((f) => text.slice(f.start, f.end));
}

describe('credentials told with who gave them or how they were set', () => {
  it.each([
    ['Kontot är upplåst. Tillfälligt lösenord satt till Vinter2027!ab, byt vid första inloggningen.', 'Vinter2027!ab'],
    ['I tried the password you sent me (Harbour!Fox31) but it says expired.', 'Harbour!Fox31'],
    ['koden jag fick var 771 204, funkar den fortfarande?', '771 204'],
    ['Nyckelskåpets kod vid entrén är 5512.', '5512'],
    ['The temporary password was set to Quartz-88-lamp yesterday.', 'Quartz-88-lamp'],
  ])('reports %j', (text, value) => {
    const found = credentials(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(value);
  });

  it.each([
    'Lösenordet satt fast i minnet, jag fick byta det ändå.',
    'The password you sent me expired.',
    'Tillfälligt lösenord sattes via självservice.',
    'Koden till förrådet vid köket är densamma som förut.',
    'Byt ditt lösenord vid nästa inloggning.',
  ])('does not report %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});
