/**
 * Probes for the session-4 changes (helper lex3) to credentials, bank-account, secrecy and
 * protected-identity: new sentences (not corpus lines) that disclose such data about someone are
 * reported by the rules alone at 0.60 (the level the training report uses), and hard negatives with
 * the same vocabulary (policies, forms, an organisation's bankgiro, other kinds of codes) are not.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import type { FindingType } from '../../../../src/core/classify/types.js';

const now = new Date(Date.UTC(2026, 0, 15));
const RULE_LEVEL = 0.6;

function ruleTypes(text: string): string[] {
  const found = classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= RULE_LEVEL);
  return [...new Set(found.map((f) => f.type))];
}

/** [type, text that discloses it] */
const positives: [FindingType, string][] = [
  // credentials: door, alarm and key-box codes with a filler and a verb, digits with spaces or dashes
  ['credentials', 'Larmkoden till fritidsgården är 2 7 1 9, och sen trycker du på #.'],
  ['credentials', 'Koden till förrådet bakom köket har ändrats till 8840.'],
  ['credentials', 'Portkoden är nu 3131* för alla i hemtjänstgruppen.'],
  ['credentials', 'The gate code for the depot is 5-0-6-2 until Friday.'],
  ['credentials', 'The alarm code to the sports hall is 9081#, please keep it to yourself.'],
  ['credentials', 'Your verification code: 240-718.'],
  ['credentials', 'Nyckelboxen vid entrén har kod 6650.'],
  ['credentials', 'BankID-koden var 441 902, skriv in den innan den går ut.'],
  // credentials: passwords without "Lösenord:", "lösen", API keys, user / password pairs
  ['credentials', 'Mitt nya lösen till intranätet är Fjällripa#42, om du behöver logga in åt mig.'],
  ['credentials', 'Wifi: lösen Regnbåge2027 för gästnätet i matsalen.'],
  ['credentials', 'API-nyckeln till kartjänsten: ak_prod_9Zt4Qw81Lm2Xp6, lägg den i valvet.'],
  ['credentials', 'Inloggningen till bokningssystemet är reception2 / Kaffe!Bryggare9 tills vidare.'],
  ['credentials', 'The login for the shared mailbox is hr.team / Winter#Lake55, change it after the audit.'],
];

/** [type, hard negative: same vocabulary, no disclosure] */
const negatives: [FindingType, string][] = [
  ['credentials', 'Nya regler: lösenordet ska bytas var 90:e dag och innehålla minst 12 tecken.'],
  ['credentials', 'Glöm inte att aldrig skicka ditt lösenord via e-post.'],
  ['credentials', 'Ange SNI-kod 84110 och postnummer i ansökan.'],
  ['credentials', 'Postal code: 41319, Gothenburg.'],
  ['credentials', 'The code of conduct 2024 applies to all staff.'],
  ['credentials', 'Kassaskåpet har ett nytt kodlås, koden delas ut av vaktmästaren på plats.'],
  ['credentials', 'Bankgiro 5050-1055 / 5060-2222 gäller för inbetalningar till kommunen.'],
  ['credentials', 'Kortet 4539 9255 9384 7429, giltigt till 02/29, säkerhetskod 123.'],
  ['credentials', 'UK details: sort code 20-00-00, account number 55779911.'],
];

describe('lex3 probes: reported by the rules alone', () => {
  it.each(positives)('%s: %s', (type, text) => {
    expect(ruleTypes(text)).toContain(type);
  });
});

describe('lex3 hard negatives: not reported for that type', () => {
  it.each(negatives)('not %s: %s', (type, text) => {
    expect(ruleTypes(text)).not.toContain(type);
  });
});
