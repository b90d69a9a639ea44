/**
 * The shared digit pass (digit-runs.ts) must find exactly what each number detector's own global
 * regex found before the passes were merged: every maximal run of ≥ 4 digits, and for cards the
 * same matches as the global CARD pattern.
 */
import { forEachDigitRun } from '../../../../src/core/classify/digit-runs.js';
import { luhnCheckDigit, luhnValid } from '../../../../src/core/classify/luhn.js';
import { findPaymentCards } from '../../../../src/core/classify/payment-card.js';

/** Deterministic texts full of digit runs, separators, card numbers and near misses. */
function fuzzTexts(count: number): string[] {
  let x = 4711;
  const r = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const pieces = ['0', '4', '9', ' ', '-', '+', '.', '/', '\n', 'a', 'é', 'kort ', 'SE'];
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    for (let i = 0; i < 5 + r(50); i++) {
      const k = r(20);
      if (k < pieces.length) s += pieces[k] ?? '';
      else if (k < 16) {
        const payload = `4${String(r(1e9)).padStart(9, '0')}${String(r(1e5)).padStart(5, '0')}`;
        const card = payload + luhnCheckDigit(payload);
        s += r(2) === 0 ? card : card.replace(/(\d{4})(?=\d)/g, r(2) === 0 ? '$1 ' : '$1-');
      } else s += String(r(10 ** (1 + r(12))));
    }
    texts.push(s);
  }
  return texts;
}

/** The card detector as it was: one global regex over the whole text. */
function cardsByGlobalRegex(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/(?<![\d\p{L}+-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\d\p{L}]|[ -]\d)/gu)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (luhnValid(digits) && issuerOk(digits)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Visa 4 (13/16/19), Mastercard 51–55 and 2221–2720 (16), Amex 34/37 (15). */
function issuerOk(d: string): boolean {
  const two = Number(d.slice(0, 2));
  const four = Number(d.slice(0, 4));
  if (d.startsWith('4')) return [13, 16, 19].includes(d.length);
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return d.length === 16;
  return (two === 34 || two === 37) && d.length === 15;
}

describe('forEachDigitRun', () => {
  it('visits every maximal run of four or more digits, in order', () => {
    for (const text of fuzzTexts(300)) {
      const runs: [number, number][] = [];
      forEachDigitRun(text, (start, length) => runs.push([start, length]));
      expect(runs).toEqual([...text.matchAll(/(?<!\d)\d{4,}/g)].map((m) => [m.index, m[0].length]));
    }
  });
  it('is linear on a long digit run', () => {
    const runs: number[] = [];
    const start = performance.now();
    forEachDigitRun(`x${'7'.repeat(2_000_000)}y`, (_s, length) => runs.push(length));
    expect(runs).toEqual([2_000_000]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('payment cards through the shared pass', () => {
  it('finds an American Express number grouped 4-6-5 as printed on the card', () => {
    const text = 'Kortet: 3782 822463 10005 (American Express), och 3782-822463-10005.';
    expect(findPaymentCards(text, { now: new Date() }).map((f) => text.slice(f.start, f.end))).toEqual(['3782 822463 10005', '3782-822463-10005']);
  });
  it('finds exactly what the global card pattern finds', () => {
    let total = 0;
    for (const text of fuzzTexts(600)) {
      const found = findPaymentCards(text, { now: new Date() }).map((f) => [f.start, f.end]);
      expect(found).toEqual(cardsByGlobalRegex(text));
      total += found.length;
    }
    expect(total).toBeGreaterThan(100);
  });
});
