/**
 * Bank accounts: IBAN (ISO 13616, mod 97 checked, or any IBAN shape right after "IBAN"/"konto")
 * anywhere, and Swedish clearing + account numbers ("8327-9, 914 235 678-3", "Handelsbanken 6152
 * 473 829 115") when an account word or a bank's name is the nearest label before them (bare digit
 * groups are too ambiguous; bankgiro, plusgiro, OCR, Swish and phone numbers have labels of their own).
 * An organisation's account (kommunens, leverantörens, the company's) is no person's data.
 */
import { lowerSameLength } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';

const IBAN = /[A-Z]{2}\d{2}(?<![A-Za-z\d][A-Z]{2}\d{2})(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?(?![A-Za-z\d])/g;
/** Digit groups joined by single spaces, dashes or ", " (no leading zero: phone numbers start with 0). */
const DIGIT_GROUPS = /(?<![\d\p{L}+-])[1-9]\d{0,9}(?:(?:, ?|[ -])\d{1,10}){0,6}(?![\d\p{L}])/gu;
const BANKS = 'swedbank|nordea|handelsbanken|seb|ica banken|ica-banken|danske bank|länsförsäkringar|skandiabanken|skandia|sbab|sparbanken|nordnet|avanza|ålandsbanken|marginalen|barclays|hsbc';
/** The last label before a number decides: an account word or bank, or a label of some other number. */
const LABELS = new RegExp(
  // "mitt bankgiro", "hennes plusgiro": a person's own giro number (an organisation's is the usual case, and no person's data)
  '(?<giro>(?<![\\p{L}])(?:mitt|min|hans|hennes|my|his|her) (?:privata |eget |egna |private |own )?(?:bankgiro|plusgiro)(?:t|nummer|numret|konto|kontot)?(?![\\p{L}]))|' +
  `(?<account>(?:(?<![\\p{L}])|(?<=löne|person|bank|spar|privat|utbetalnings|betalnings|nytt|vanliga))konto(?:t|n|na|nummer|numret|numren|nr|uppgift|uppgiften|uppgifter)?|konto nr|clearing(?:nummer|numret|nr)?|account(?: number| no)?|acc|iban|personkonto|(?<![\\p{L}])(?:${BANKS}))(?![\\p{L}])|` +
    '(?<other>(?<![\\p{L}])(?:bankgiro|bankgirot|plusgiro|plusgirot|bg|pg|ocr|org|orgnr|organisationsnummer|faktura\\p{L}*|invoice|order|ärende|swish|tel|telefon|mobil|phone|ring|call|personnummer|pnr|referens|reference|ref|box|belopp|amount|kr|sek)(?![\\p{L}]))',
  'gu',
);
const BANK_AFTER = new RegExp(`^[\\s,(]{0,3}(?:hos |i |at |in )?(?:${BANKS})(?![\\p{L}])`, 'u');
/** An organisation's own account: "kommunens konto", "the supplier's IBAN", an invoice. */
const ORGANISATION = /(?<![\p{L}])(?:kommunens|regionens|företagets|bolagets|förvaltningens|föreningens|stiftelsens|organisationens|leverantör\p{L}*|supplier|supplier's|faktura\p{L}*|invoice|vårt|vår|våra|our|company's|municipality's|ab|org\.? ?nr)(?![\p{L}])/u;
/** "enskild firma Hammar Måleri (Leif Hammar)": a sole trader's account is a person's. */
const SOLE_TRADER = /enskild firma|enskild näringsidkare|sole trader/;

/** Every label word contains one of these: without them no Swedish account can qualify. */
const ACCOUNT_WORDS = new RegExp(`konto|clearing|account|acc|iban|giro|${BANKS}`);

export function findBankAccounts(text: string, options: DetectorOptions): RawFinding[] {
  const lower = options.lower ?? lowerSameLength(text);
  const findings: RawFinding[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    const valid = ibanValid(m[0].replace(/ /g, ''));
    // A mistyped or made-up IBAN right after "IBAN"/"konto" still discloses an account.
    const label = nearestLabel(lower, m.index, 24);
    if (!valid && label !== 'account') continue;
    if (organisation(lower, m.index)) continue;
    findings.push({ type: 'bank-account', start: m.index, end: m.index + m[0].length, confidence: valid ? 0.9 : 0.7, evidence: [valid ? 'IBAN_MOD97' : 'IBAN_LABEL'] });
  }
  if (!ACCOUNT_WORDS.test(lower)) return findings;
  const ibans = findings.length;
  let next = 0;
  DIGIT_GROUPS.lastIndex = 0;
  for (let m = DIGIT_GROUPS.exec(text); m !== null; m = DIGIT_GROUPS.exec(text)) {
    const found = m[0];
    const digits = found.replace(/\D/g, '');
    if (digits.length < 5 || digits.length > 16) continue;
    if (!accountShaped(found)) continue;
    const at = m.index;
    // IBAN findings are sorted by start and so are these matches: one pointer, no quadratic search.
    while (next < ibans && (findings[next]?.end ?? 0) <= at) next++;
    const iban = findings[next];
    if (next < ibans && iban !== undefined && iban.start <= at) continue;
    const label = nearestLabel(lower, at, 44);
    // A giro number has 5 to 8 digits; a bank account at least 7.
    if (label === 'giro' ? digits.length > 8 : digits.length < 7) continue;
    if (label !== 'account' && label !== 'giro' && !(label === undefined && BANK_AFTER.test(lower.slice(at + found.length, at + found.length + 24)))) continue;
    if (organisation(lower, at)) continue;
    // Nordea personkonto: clearing 3300 + an identity number; mark the clearing, leave the number to the identity detector.
    const personkonto = /^(\d{4})[ -]\d{6}[-+ ]?\d{4}$/.exec(found);
    const end = at + (personkonto?.[1]?.length ?? found.length);
    findings.push({ type: 'bank-account', start: at, end, confidence: 0.85, evidence: ['ACCOUNT_CONTEXT'] });
  }
  return findings;
}

/** Not a date, a mobile number, an identity or organisation number alone, or a list of four-digit ledger accounts ("1930, 2440"). */
function accountShaped(found: string): boolean {
  if (/^(?:19|20)\d\d-[01]\d-[0-3]\d$/.test(found)) return false;
  if (/^\d{6}[-+]?\d{4}$|^\d{8}-\d{4}$/.test(found)) return false;
  if (/^07\d[- ]?\d{3} ?\d{2} ?\d{2}$/.test(found)) return false; // a mobile number
  return !/^\d{4}(?:, ?\d{4})+$/.test(found);
}

/** Which kind of label stands last in the `radius` characters before `at` (same line or the one before). */
function nearestLabel(lower: string, at: number, radius: number): 'account' | 'giro' | 'other' | undefined {
  const window = lower.slice(Math.max(0, at - radius), at);
  LABELS.lastIndex = 0;
  let last: 'account' | 'giro' | 'other' | undefined;
  for (let m = LABELS.exec(window); m !== null; m = LABELS.exec(window)) {
    last = m.groups?.['giro'] !== undefined ? 'giro' : m.groups?.['account'] !== undefined ? 'account' : 'other';
  }
  return last;
}

function organisation(lower: string, at: number): boolean {
  const window = lower.slice(Math.max(0, at - 50), at);
  return ORGANISATION.test(window) && !SOLE_TRADER.test(lower.slice(Math.max(0, at - 90), at));
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
