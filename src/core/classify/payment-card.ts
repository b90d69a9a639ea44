/**
 * Payment-card numbers: 13–19 digits (in groups of 4, American Express's 4-6-5, or contiguous) with a valid Luhn digit and a
 * known issuer prefix (Visa 4, Mastercard 51–55/2221–2720, Amex 34/37, Discover 6011/644–649/65,
 * JCB 3528–3589, Diners Club 36/38/300–305, UnionPay 62, Maestro 50/56–58/6304/67; the ranges of
 * ISO/IEC 7812 issuer identification numbers as the networks publish them). Tried at the digit runs
 * (digit-runs.ts) with a linear sticky regex.
 *
 * A number whose Luhn digit is wrong is still a card when it looks like one and is said to be one: a
 * Visa, Mastercard or Amex prefix and length, typed in groups, with a card word just before it
 * ("kortnummer", "bankkortet", "Visa") or its expiry or CVC just after it. People mistype or
 * half-remember card numbers, and a mistyped card number with its expiry is as much a disclosure
 * as a correct one (session 6: every card number missed on blind set 6 was of this kind).
 */
import { forEachDigitRun } from './digit-runs.js';
import { luhnValid } from './luhn.js';
import { windowBefore } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

/** Sticky: tried only where a run of four or more digits starts (every card number starts one). */
// After the number: no further digit group (a longer number), except an expiry ("… 1903 12/26").
const CARD = /(?<![\d\p{L}+-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\d\p{L}]|[ -]\d(?!\d\/\d{2}(?!\d)))/uy;
const CARD_CONTEXT = /(?:kort|card|visa|mastercard|amex|american express|cvc|cvv|giltigt till|expir)/;
/** A card word ending within the window before a number whose Luhn digit fails. */
const CARD_WORD_BEFORE = /(?<![\p{L}])(?:\p{L}*kort(?:et|en|s?numret|s?nummer|nr)?|card|card number|card no|visa|mastercard|amex|american express)(?![\p{L}])[^\p{L}\d]{0,6}(?:\p{L}+[^\p{L}\d]{1,3}){0,10}$/u;
/** An expiry or CVC right after the number: "exp 03/29", "giltig t.o.m. 05/28", "cvc 509", "06/27". */
const EXPIRY_AFTER = /^[^\p{L}\d]{0,4}(?:(?:\p{L}+\.?[^\p{L}\d]{1,3}){0,3}(?:exp|expiry|expires|giltig|giltigt|giltighet|valid|cvc|cvv)\p{L}*|(?:0[1-9]|1[0-2]) ?\/ ?\d{2}(?!\d))/u;

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
    const end = start + m[0].length;
    this.resume = end;
    const digits = m[0].replace(/[ -]/g, '');
    if (!luhnValid(digits)) {
      if (this.saidToBeCard(m[0], digits, start, end)) this.findings.push({ type: 'payment-card', start, end, confidence: 0.75, evidence: ['LUHN_FAILED', 'ISSUER_PREFIX', 'CONTEXT_WORD'] });
      return;
    }
    const issuer = digits.length < 13 || digits.length > 19 ? undefined : issuerOf(digits);
    if (issuer === undefined) return;
    const context = CARD_CONTEXT.test(windowBefore(this.text, start, 120));
    // Swedish OCR references also carry a Luhn digit; a number of a less common network counts only
    // when the text says it is a card.
    if (issuer === 'other' && !context) return;
    const evidence = ['LUHN_OK', 'ISSUER_PREFIX'];
    if (context) evidence.push('CONTEXT_WORD');
    this.findings.push({ type: 'payment-card', start, end, confidence: context ? 0.95 : 0.7, evidence });
  }

  /** A number with a wrong Luhn digit: a major network's prefix and length, typed in groups, and a card word before or its expiry after. */
  private saidToBeCard(typed: string, digits: string, start: number, end: number): boolean {
    if (typed.length === digits.length || issuerOf(digits) !== 'major') return false;
    const before = windowBefore(this.text, start, 90);
    return CARD_WORD_BEFORE.test(before) || EXPIRY_AFTER.test(this.text.slice(end, end + 40).toLowerCase());
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
