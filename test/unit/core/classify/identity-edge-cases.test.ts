/**
 * Identity-number edge cases from issue 5 that the corpus does not pin one by one: the closest label
 * decides between a phone number and a personnummer, a bare 070… number in a list of people, and
 * every kind of "other number" the issue names stays below the policy's threshold.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { findIdentityNumbers, validateIdentityNumber } from '../../../../src/core/classify/identity-number.js';
import { luhnCheckDigit } from '../../../../src/core/classify/luhn.js';

const now = new Date(Date.UTC(2025, 5, 15));
const opts = { now };
/** Ten digits with a test serial (988–999) and a valid Luhn digit. */
const ten = (yymmdd: string, serial = '988'): string => yymmdd + serial + luhnCheckDigit(yymmdd + serial);
const dashed = (t: string): string => `${t.slice(0, 6)}-${t.slice(6)}`;
const THRESHOLD = 0.5;
const identities = (text: string): { start: number; confidence: number; evidence: readonly string[] }[] =>
  findIdentityNumbers(text, opts).filter((f) => f.normalized !== undefined);

describe('which label a number belongs to', () => {
  it('reads a 070… number after "mobil" as a phone number even when a personnummer stands just before', () => {
    const phone = ten('070121'); // 2007-01-21, a valid structure and a plausible mobile number
    const text = `Personnummer ${dashed(ten('800101'))}, mobil ${phone}`;
    const [person, mobile] = identities(text);
    expect(person?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(mobile?.start).toBe(text.indexOf(phone));
    expect(mobile?.confidence).toBeLessThan(THRESHOLD);
    expect(mobile?.evidence).toContain('OTHER_NUMBER_CONTEXT');
  });
  it('keeps a number whose own label is a person word after an other-number word', () => {
    const text = `Faktura 123, personnummer ${ten('800101')}`;
    expect(identities(text)[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('reads a bare 070… number in a list of people as a personnummer', () => {
    const text = `Bifogar listan:\n${dashed(ten('410309'))} Anna\n${ten('070921')} Bertil\nMvh Handläggare`;
    const found = identities(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(found[1]?.evidence).toContain('LIST_CONTEXT');
  });
  it('leaves a lone bare 070… number below the threshold (as likely a phone number)', () => {
    expect(identities(`Ring mig på ${ten('070921')} i eftermiddag.`)[0]?.confidence).toBeLessThan(THRESHOLD);
  });
  it('stays linear on a long list of numbers and phone-like numbers', () => {
    const text = `${dashed(ten('800101'))} Anna\n${ten('070921')} Bertil\n`.repeat(100_000);
    const start = performance.now();
    expect(identities(text)).toHaveLength(200_000);
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 30_000);
});

describe('other numbers the issue names', () => {
  const pnr = ten('800101');
  const negatives: [string, string][] = [
    ['organisationsnummer', 'Org.nr 556036-0793, Kuvert AB'],
    ['organisationsnummer (month ≥ 20)', `Leverantör ${dashed(ten('552101'))}`],
    ['phone with spaces', 'Ring 070-123 45 67 eller 08-123 456 78'],
    ['international phone', 'Tel +46 70 123 45 67, +46701234567'],
    ['bankgiro', 'Betala till bankgiro 5050-1055'],
    ['plusgiro', 'Plusgiro 4 12 34 56-7'],
    ['OCR', `OCR: ${pnr}`],
    ['invoice', `Fakturanummer ${pnr}`],
    ['order', `Ordernummer ${dashed(pnr)}`],
    ['case number', `Ärende ${pnr} är avslutat`],
    ['diarienummer', `Dnr ${pnr}`],
    ['dates', 'Mötet 2025-05-12 kl 10:00, svar senast 12/05/2025 eller 20250512.'],
    ['postcodes', 'Adress: Storgatan 1, 114 55 Stockholm och 41319 Göteborg'],
    ['IBAN', 'IBAN SE45 5000 0000 0583 9825 7466'],
    ['longer digit run', `Referens 1${pnr}7`],
    ['serial 000', `Personnummer ${dashed(ten('800101', '000'))}`],
    ['future date', `Personnummer 20${ten('300101')}`],
    ['day 30 of February', `Personnummer ${dashed(ten('800230'))}`],
    ['samordningsnummer beyond the month', `Samordningsnummer ${dashed(ten('800292'))}`],
  ];
  it.each(negatives)('does not report %s as an identity number', (_kind, text) => {
    const found = classifyText(text, { kind: 'body' }, opts).filter((f) => (f.type === 'personnummer' || f.type === 'samordningsnummer') && f.confidence >= THRESHOLD);
    expect(found).toEqual([]);
  });
});

describe('validateIdentityNumber input checks', () => {
  it('refuses anything but 10 or 12 ASCII digits (a century of letters gave "NaN…" before)', () => {
    const t = ten('800101');
    expect(validateIdentityNumber(`19${t}`, '', now)?.normalized).toBe(`19${t}`);
    expect(validateIdentityNumber(`ab${t}`, '', now)).toBeUndefined();
    expect(validateIdentityNumber(`${t.slice(0, 9)}x`, '', now)).toBeUndefined();
    expect(validateIdentityNumber(t.slice(1), '', now)).toBeUndefined();
    expect(validateIdentityNumber(`1${t}`, '', now)).toBeUndefined();
  });
});

describe('context words raise confidence', () => {
  const words = ['personnummer', 'Personnumret', 'pnr', 'P-nr', 'pers.nr', 'Pers. nr', 'personnr', 'födelsenummer', 'samordningsnr', 'samordningsnummer', 'född', 'personal identity number', 'civic number', 'date of birth'];
  it.each(words)('"%s" before a bare number lifts it from 0.75 to at least 0.9', (word) => {
    const t = ten('800101');
    expect(identities(`Uppgifter: ${t}`)[0]?.confidence).toBe(0.75);
    expect(identities(`${word}: ${t}`)[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
