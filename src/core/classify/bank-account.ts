/**
 * Bank accounts: IBAN (ISO 13616, mod 97 checked) anywhere, and Swedish clearing + account numbers
 * when a word such as "kontonummer" stands just before them (bare digit groups are too ambiguous).
 */
import { windowBefore } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

const IBAN = /[A-Z]{2}\d{2}(?<![A-Za-z\d][A-Z]{2}\d{2})(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?(?![A-Za-z\d])/g;
const SWEDISH_ACCOUNT = /(?<![\d\p{L}])\d{4}(?:[- ,]\d{1,2})?[- ,] ?\d{1,3}(?:[ -]?\d{2,3}){1,3}(?![\d\p{L}])|(?<![\d\p{L}])\d{8,15}(?![\d\p{L}])/gu;
const ACCOUNT_CONTEXT = /(?:kontonummer|kontonr|konto nr|bankkonto|lönekonto|clearingnummer|clearingnr|clearing|account number|account no|bank account|sort code)[^\n]{0,20}$/;

/** Every ACCOUNT_CONTEXT word contains one of these: without them no Swedish account can qualify. */
const ACCOUNT_WORDS = /konto|clearing|account|sort code/;

export function findBankAccounts(text: string, options: DetectorOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    if (ibanValid(m[0].replace(/ /g, ''))) {
      findings.push({ type: 'bank-account', start: m.index, end: m.index + m[0].length, confidence: 0.9, evidence: ['IBAN_MOD97'] });
    }
  }
  if (!ACCOUNT_WORDS.test(options.lower ?? text.toLowerCase())) return findings;
  SWEDISH_ACCOUNT.lastIndex = 0;
  for (let m = SWEDISH_ACCOUNT.exec(text); m !== null; m = SWEDISH_ACCOUNT.exec(text)) {
    if (!ACCOUNT_CONTEXT.test(windowBefore(text, m.index, 40))) continue;
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 16) continue;
    if (findings.some((f) => f.start <= m.index && f.end > m.index)) continue;
    findings.push({ type: 'bank-account', start: m.index, end: m.index + m[0].length, confidence: 0.85, evidence: ['ACCOUNT_CONTEXT'] });
  }
  return findings;
}

/** ISO 13616: move the first four characters to the end, letters → 10..35, remainder mod 97 = 1. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
