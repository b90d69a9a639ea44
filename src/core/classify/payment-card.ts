/**
 * Payment-card numbers: 13–19 digits (in groups of 4 or contiguous) with a valid Luhn digit and a
 * known issuer prefix (Visa 4, Mastercard 51–55/2221–2720, Amex 34/37). Found with a linear regex.
 */
import { luhnValid } from './luhn.js';
import { windowBefore } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

const CARD = /(?<![\d\p{L}+-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{13,19})(?![\d\p{L}]|[ -]\d)/gu;
const CARD_CONTEXT = /(?:kort|card|visa|mastercard|amex|american express|cvc|cvv|giltigt till|expir)/;

export function findPaymentCards(text: string, _options: DetectorOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || !knownIssuer(digits)) continue;
    const context = CARD_CONTEXT.test(windowBefore(text, m.index, 120));
    const evidence = ['LUHN_OK', 'ISSUER_PREFIX'];
    if (context) evidence.push('CONTEXT_WORD');
    findings.push({ type: 'payment-card', start: m.index, end: m.index + m[0].length, confidence: context ? 0.95 : 0.7, evidence });
  }
  return findings;
}

function knownIssuer(d: string): boolean {
  const two = Number(d.slice(0, 2));
  const four = Number(d.slice(0, 4));
  if (d.startsWith('4')) return d.length === 13 || d.length === 16 || d.length === 19;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return d.length === 16;
  if (two === 34 || two === 37) return d.length === 15;
  return false;
}
