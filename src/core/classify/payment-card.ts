/**
 * Payment-card numbers: 13–19 digits (in groups of 4, American Express's 4-6-5, or contiguous) with a valid Luhn digit and a
 * known issuer prefix (Visa 4, Mastercard 51–55/2221–2720, Amex 34/37). Tried at the digit runs
 * (digit-runs.ts) with a linear sticky regex.
 */
import { forEachDigitRun } from './digit-runs.js';
import { luhnValid } from './luhn.js';
import { windowBefore } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

/** Sticky: tried only where a run of four or more digits starts (every card number starts one). */
const CARD = /(?<![\d\p{L}+-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\d\p{L}]|[ -]\d)/uy;
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
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || !knownIssuer(digits)) return;
    const context = CARD_CONTEXT.test(windowBefore(this.text, start, 120));
    const evidence = ['LUHN_OK', 'ISSUER_PREFIX'];
    if (context) evidence.push('CONTEXT_WORD');
    this.findings.push({ type: 'payment-card', start, end: start + m[0].length, confidence: context ? 0.95 : 0.7, evidence });
  }
}

function knownIssuer(d: string): boolean {
  const two = Number(d.slice(0, 2));
  const four = Number(d.slice(0, 4));
  if (d.startsWith('4')) return d.length === 13 || d.length === 16 || d.length === 19;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return d.length === 16;
  if (two === 34 || two === 37) return d.length === 15;
  return false;
}
