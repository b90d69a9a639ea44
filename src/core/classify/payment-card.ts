/**
 * Payment-card numbers: 13–19 digits (in groups of 4, American Express's 4-6-5, or contiguous) with a valid Luhn digit and a
 * known issuer prefix (Visa 4, Mastercard 51–55/2221–2720, Amex 34/37, Discover 6011/644–649/65,
 * JCB 3528–3589, Diners Club 36/38/300–305, UnionPay 62, Maestro 50/56–58/6304/67; the ranges of
 * ISO/IEC 7812 issuer identification numbers as the networks publish them). Tried at the digit runs
 * (digit-runs.ts) with a linear sticky regex.
 */
import { forEachDigitRun } from './digit-runs.js';
import { luhnValid } from './luhn.js';
import { windowBefore } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

/** Sticky: tried only where a run of four or more digits starts (every card number starts one). */
// After the number: no further digit group (a longer number), except an expiry ("… 1903 12/26").
const CARD = /(?<![\d\p{L}+-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\d\p{L}]|[ -]\d(?!\d\/\d{2}(?!\d)))/uy;
const CARD_CONTEXT = /(?:kort|card|visa|mastercard|amex|american express|cvc|cvv|giltigt till|expir)/;

export function findPaymentCards(text: string, _options: DetectorOptions): RawFinding[] {
  const collector = new CardCollector(text);
  forEachDigitRun(text, (start, length) => collector.add(start, length));
  return collector.findings;
}

/**
 * The card detector fed with the digit runs of a text, in order. Equals running the CARD pattern
 * globally: a card number cannot follow a digit, so it starts where a run of four or more begins,
 * and after a match the next one is looked for past its end.
 */
export class CardCollector {
  readonly findings: RawFinding[] = [];
  private resume = 0;

  constructor(private readonly text: string) {}

  add(start: number, length: number): void {
    if (start < this.resume || (length !== 4 && length < 13)) return;
    CARD.lastIndex = start;
    const m = CARD.exec(this.text);
    if (m === null) return;
    this.resume = start + m[0].length;
    const digits = m[0].replace(/[ -]/g, '');
    const issuer = digits.length < 13 || digits.length > 19 || !luhnValid(digits) ? undefined : issuerOf(digits);
    if (issuer === undefined) return;
    const context = CARD_CONTEXT.test(windowBefore(this.text, start, 120));
    // Swedish OCR references also carry a Luhn digit; a number of a less common network counts only
    // when the text says it is a card.
    if (issuer === 'other' && !context) return;
    const evidence = ['LUHN_OK', 'ISSUER_PREFIX'];
    if (context) evidence.push('CONTEXT_WORD');
    this.findings.push({ type: 'payment-card', start, end: start + m[0].length, confidence: context ? 0.95 : 0.7, evidence });
  }
}

/** `major`: Visa, Mastercard, Amex (as before); `other`: the other networks, reported only with a card word near. */
function issuerOf(d: string): 'major' | 'other' | undefined {
  const two = Number(d.slice(0, 2));
  const three = Number(d.slice(0, 3));
  const four = Number(d.slice(0, 4));
  if (d.startsWith('4')) return d.length === 13 || d.length === 16 || d.length === 19 ? 'major' : undefined;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return d.length === 16 ? 'major' : undefined;
  if (two === 34 || two === 37) return d.length === 15 ? 'major' : undefined;
  const other =
    ((four === 6011 || (three >= 644 && three <= 649) || two === 65 || two === 62 || (four >= 3528 && four <= 3589)) && d.length >= 16) ||
    ((two === 36 || two === 38 || (three >= 300 && three <= 305)) && d.length >= 14 && d.length <= 16) ||
    (two === 50 || (two >= 56 && two <= 58) || four === 6304 || two === 67);
  return other ? 'other' : undefined;
}
