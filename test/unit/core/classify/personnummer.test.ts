import { luhnCheckDigit } from '../../../../src/core/classify/luhn.js';
import { validateIdentityNumber } from '../../../../src/core/classify/identity-number.js';
import { findPersonnummer } from '../../../../src/core/classify/personnummer.js';
import { findSamordningsnummer } from '../../../../src/core/classify/samordningsnummer.js';

const now = new Date(Date.UTC(2025, 5, 15));
const opts = { now };

/** A synthetic number with a test serial (988–999) and its Luhn digit. */
function pnr(yymmdd: string, serial = '988'): string {
  return yymmdd + serial + luhnCheckDigit(yymmdd + serial);
}

describe('validateIdentityNumber', () => {
  it('accepts a valid number and infers the century', () => {
    expect(validateIdentityNumber(pnr('800101'), '-', now)).toEqual({ type: 'personnummer', normalized: '19' + pnr('800101') });
    expect(validateIdentityNumber(pnr('080512'), '-', now)?.normalized).toBe('20' + pnr('080512'));
  });
  it('applies + as 100 years or older', () => {
    expect(validateIdentityNumber(pnr('080512'), '+', now)?.normalized).toBe('19' + pnr('080512'));
    expect(validateIdentityNumber(pnr('200101'), '+', now)?.normalized).toBe('19' + pnr('200101'));
    expect(validateIdentityNumber(pnr('800101'), '+', now)).toBeUndefined(); // 1880: older than anyone alive
  });
  it('rejects a wrong Luhn digit, impossible dates, serial 000 and the future', () => {
    const good = pnr('800101');
    const bad = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);
    expect(validateIdentityNumber(bad, '-', now)).toBeUndefined();
    expect(validateIdentityNumber(pnr('810229'), '-', now)).toBeUndefined();
    expect(validateIdentityNumber(pnr('800229'), '-', now)?.normalized).toBe('19' + pnr('800229'));
    expect(validateIdentityNumber(pnr('800101', '000'), '-', now)).toBeUndefined();
    expect(validateIdentityNumber('20' + pnr('300101'), '', now)).toBeUndefined();
    expect(validateIdentityNumber(pnr('250616'), '', now)?.normalized).toBe('19' + pnr('250616'));
  });
  it('recognises samordningsnummer (day + 60) and rejects organisationsnummer (month ≥ 20)', () => {
    expect(validateIdentityNumber(pnr('800161'), '-', now)?.type).toBe('samordningsnummer');
    expect(validateIdentityNumber(pnr('802101'), '-', now)).toBeUndefined();
    expect(validateIdentityNumber(pnr('556036'), '-', now)).toBeUndefined();
  });
  it('knows 2000 was a leap year and 1900 was not', () => {
    expect(validateIdentityNumber('20' + pnr('000229'), '', now)).toBeDefined();
    expect(validateIdentityNumber('19' + pnr('000229'), '', now)).toBeUndefined();
  });
});

describe('findPersonnummer', () => {
  const n = pnr('800101');
  const forms = [`${n.slice(0, 6)}-${n.slice(6)}`, `${pnr('200101').slice(0, 6)}+${pnr('200101').slice(6)}`, n, `19${n}`, `19${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)} ${n.slice(6)}`];
  it.each(forms)('finds the form %s', (form) => {
    const found = findPersonnummer(`Personnummer: ${form}.`, opts);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(14);
    expect(found[0]!.end).toBe(14 + form.length);
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('rejects longer digit runs, glued letters and grouped numbers', () => {
    expect(findPersonnummer(`1${n}`, opts)).toHaveLength(0);
    expect(findPersonnummer(`AB${n}`, opts)).toHaveLength(0);
    expect(findPersonnummer(`12 ${n}`, opts)).toHaveLength(0);
    expect(findPersonnummer(`${n.slice(0, 6)}-${n.slice(6)}-1`, opts)).toHaveLength(0);
  });
  it('finds every number in a list', () => {
    const m = pnr('920315', '991');
    expect(findPersonnummer(`${n.slice(0, 6)}-${n.slice(6)} ${m.slice(0, 6)}-${m.slice(6)}, ${m}`, opts)).toHaveLength(3);
  });
  it('lowers confidence after words for other numbers', () => {
    expect(findPersonnummer(`OCR: ${n}`, opts)[0]!.confidence).toBeLessThan(0.5);
    expect(findPersonnummer(`Fakturanummer ${n}`, opts)[0]!.confidence).toBeLessThan(0.5);
  });
});

describe('findSamordningsnummer', () => {
  const s = pnr('800161');
  it('finds a samordningsnummer (day + 60) and leaves it out of findPersonnummer', () => {
    const text = `Samordningsnummer ${s.slice(0, 6)}-${s.slice(6)}, personnummer ${pnr('800101')}.`;
    const found = findSamordningsnummer(text, opts);
    expect(found).toEqual([expect.objectContaining({ type: 'samordningsnummer', start: 18, normalized: `19${s}` })]);
    expect(findPersonnummer(text, opts).map((f) => f.type)).toEqual(['personnummer']);
  });
  it('rejects a day beyond 60 + the days of the month', () => {
    expect(findSamordningsnummer(`Samordningsnummer ${pnr('800292')}`, opts)).toHaveLength(0);
  });
});
