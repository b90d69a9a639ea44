/**
 * What personnummer and samordningsnummer share (Skatteverket SKV 704 and 707): finding candidates,
 * validation, century inference and context scoring. The detectors are personnummer.ts and
 * samordningsnummer.ts; classifyText runs this one pass and gets both types.
 *
 * Forms: YYMMDD-NNNC, YYMMDD+NNNC (`+` = 100 years or older), YYMMDDNNNC, YYYYMMDDNNNC,
 * YYYYMMDD-NNNC, and a space where people write one. C is the Luhn digit over YYMMDDNNN; the date
 * must exist (leap years), lie in the past, and the serial NNN is never 000. A samordningsnummer
 * is the same with day + 60. Organisationsnummer (month ≥ 20) fail the date check by construction.
 *
 * Candidates are the maximal digit runs (digit-runs.ts: one linear pass, no backtracking); all
 * other checks are plain code on that short run, so cost stays linear in the input.
 */
import { forEachDigitRun } from './digit-runs.js';
import { luhnValid } from './luhn.js';
import { lowerSameLength, sliceAfter, sliceBefore } from './context.js';
import type { DetectorOptions, IdentityType, RawFinding } from './types.js';

const SEPARATORS = new Set(['-', '+', ' ', '\u00a0', '\u2013', '\u2011']);
const LETTER = /[\p{L}\p{N}_]/u;

/** Words that say "this is a person's number" (Swedish, English; inflections via prefixes). */
const PERSON_CONTEXT =
  /(?:person(?:nummer|numret|numren|nr)|pers\.?\s?nr|p-?nr|pnr|personnr|födelsenum|födelsenr|samordningsn|saml\.?\s?nr|född|identity number|personal number|civic number|date of birth|\bborn\b|\bssn\b|\bid-?nummer|identitetsnum|elev(?:en|ens|er|erna)?\b|patient|brukare|klient|sökande|den enskilde|vårdnadshavare|barnet|\bhon\b|\bhan\b|\bhen\b|student|pupil|employee)/;
/** Words that say "this is some other number" when they stand just before it. */
const OTHER_NUMBER_CONTEXT =
  /(?:org\.?\s?nr|organisationsn|orgnr|bankgiro|\bbg\b|plusgiro|\bpg\b|\bocr\b|faktura|invoice|order|beställning|ärende|\bdnr\b|diarie|\btel\b|telefon|mobil|\bmob\b|\bfax\b|phone|kundn|customer|referens|\bref\b|reference|konto|account|clearing|iban|avtal|artikel|serie|serial|ticket|case|inc\d*|kvitto|transaktion|momsreg|vat)[^\n]{0,24}$/;

const PLAUSIBLE_MAX_AGE = 130;
/** Characters before a number that hold its own label ("tel ", "Pnr: "). */
const CLOSE_LABEL = 16;
/** A phone-like number this close to a sure identity number is read as one more entry of a list of people. */
const LIST_RADIUS = 200;
export const SAMORDNING_DAY_OFFSET = 60;
/** A number with its serial masked (`080512-XXXX`) still gives away a birth date. */
const MASKED = /(?<![\p{L}\d])(\d{6}|\d{8})[-+ ]?(?:[xX*]{4}|[xX*]{3}\d)(?![\p{L}\d])/uy;

interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Digits only, 10 or 12 of them. */
  readonly digits: string;
  /** The separator written between date and serial, or '' for none. */
  readonly separator: string;
}

/** Finds personnummer and samordningsnummer in `text` in one pass. Never logs: returns offsets and codes. */
export function findIdentityNumbers(text: string, options: DetectorOptions): RawFinding[] {
  const collector = new IdentityCollector(text, options);
  forEachDigitRun(text, (start, length) => collector.add(start, length));
  return collector.findings();
}

/**
 * The identity-number detector fed with the maximal digit runs of a text, in order (classifyText
 * shares one digit pass between this and the payment-card detector). Equals running `\d{6,}`
 * globally: runs shorter than 6 are ignored, and after a candidate the next one starts past it.
 */
export class IdentityCollector {
  private readonly lower: string;
  private readonly found: RawFinding[] = [];
  private readonly maskedAt: number[] = [];
  private resume = 0;

  constructor(
    private readonly text: string,
    private readonly options: DetectorOptions,
  ) {
    this.lower = options.lower ?? lowerSameLength(text);
  }

  add(start: number, length: number): void {
    if (length < 6 || start < this.resume) return;
    const text = this.text;
    // A masked number is a run of exactly 6 or 8 digits too: try it here rather than in a second pass.
    if (length === 6 || length === 8) this.maskedAt.push(start);
    const candidate = toCandidate(text, start, length);
    if (candidate === undefined) return;
    this.resume = candidate.end;
    const value = validateIdentityNumber(candidate.digits, candidate.separator, this.options.now);
    if (value !== undefined) this.found.push(score(this.lower, candidate, value));
  }

  findings(): RawFinding[] {
    const { text, lower, found, options } = this;
    for (const at of this.maskedAt) {
      MASKED.lastIndex = at;
      const m = MASKED.exec(text);
      if (m === null) continue;
      const date = m[1] ?? '';
      const short = date.length === 8 ? date.slice(2) : date;
      // Reuse the full validation with a serial that passes Luhn, so only the date is judged.
      const probe = validateIdentityNumber(withValidSerial(short), '-', options.now);
      if (probe === undefined) continue;
      const confidence = PERSON_CONTEXT.test(sliceBefore(lower, m.index, 300)) ? 0.9 : 0.6;
      found.push({ type: probe.type, start: m.index, end: m.index + m[0].length, confidence, evidence: ['MASKED_SERIAL', 'DATE_OK'] });
    }
    this.maskedAt.length = 0;
    listContext(found);
    return found;
  }
}

function toCandidate(text: string, start: number, length: number): Candidate | undefined {
  let end = start + length;
  let digits: string;
  let separator = '';
  if (length === 6 || length === 8) {
    const sep = text.charAt(end);
    if (!SEPARATORS.has(sep)) return undefined;
    if (length === 8 && sep === '+') return undefined;
    for (let i = end + 1; i < end + 5; i++) if (!isDigit(text.charCodeAt(i))) return undefined;
    if (isDigit(text.charCodeAt(end + 5))) return undefined;
    digits = text.slice(start, end) + text.slice(end + 1, end + 5);
    separator = sep === '-' || sep === '+' ? sep : sep === '\u2013' || sep === '\u2011' ? '-' : ' ';
    end += 5;
  } else if (length === 10 || length === 12) {
    digits = text.slice(start, end);
  } else {
    return undefined;
  }
  if (!standsAlone(text, start, end, separator === '-' || separator === '+')) return undefined;
  return { start, end, digits, separator };
}

/**
 * A match that is glued to letters or continues a longer number (phone, IBAN, OCR in groups) is not
 * a personnummer. A neighbouring group joined by a space counts only when it is short: a list of
 * numbers separated by spaces is still a list.
 */
function standsAlone(text: string, start: number, end: number, dashed: boolean): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before !== '' && LETTER.test(before)) return false;
  if (after !== '' && LETTER.test(after)) return false;
  if ('-+./:,'.includes(before) && before !== '' && isDigit(text.charCodeAt(start - 2))) return false;
  if ('-+/'.includes(after) && after !== '' && isDigit(text.charCodeAt(end + 1))) return false;
  if ((after === '.' || after === ',') && isDigit(text.charCodeAt(end + 1))) return false;
  if (!dashed) {
    if ((before === ' ' || before === '\u00a0') && shortGroupBefore(text, start - 1)) return false;
    if ((after === ' ' || after === '\u00a0') && shortGroupAfter(text, end + 1)) return false;
  }
  return true;
}

function shortGroupBefore(text: string, sepIndex: number): boolean {
  let i = sepIndex - 1;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  const length = sepIndex - 1 - i;
  return length > 0 && length < 6;
}

function shortGroupAfter(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const length = i - from;
  return length > 0 && length < 6;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export interface IdentityValue {
  readonly type: IdentityType;
  /** YYYYMMDDNNNC (a samordningsnummer keeps its day + 60). */
  readonly normalized: string;
}

/**
 * Validates 10 or 12 digits as a personnummer or samordningsnummer, inferring the century for the
 * 10-digit form as Skatteverket does: the most recent year not in the future; `+` adds 100 years.
 */
export function validateIdentityNumber(digits: string, separator: string, now: Date): IdentityValue | undefined {
  // Plain arithmetic on character codes: this runs for every candidate, so no slices or regexes.
  const length = digits.length;
  if (length !== 10 && length !== 12) return undefined;
  for (let i = 0; i < length; i++) if (!isDigit(digits.charCodeAt(i))) return undefined;
  const at = length - 10; // where YYMMDD starts
  const digit = (i: number): number => digits.charCodeAt(at + i) - 48;
  // Luhn over YYMMDDNNNC: weights 2,1,2,… from the left of these ten digits.
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = i % 2 === 0 ? digit(i) * 2 : digit(i);
    sum += d > 9 ? d - 9 : d;
  }
  if (sum % 10 !== 0) return undefined;
  if (digit(6) === 0 && digit(7) === 0 && digit(8) === 0) return undefined; // serial 000 is never issued
  const yy = digit(0) * 10 + digit(1);
  const month = digit(2) * 10 + digit(3);
  let day = digit(4) * 10 + digit(5);
  let type: IdentityType = 'personnummer';
  if (day > SAMORDNING_DAY_OFFSET) {
    // SKV 707: a samordningsnummer is written with the birth day + 60.
    type = 'samordningsnummer';
    day -= SAMORDNING_DAY_OFFSET;
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  const today = { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
  let year: number;
  if (length === 12) {
    year = (digits.charCodeAt(0) - 48) * 1000 + (digits.charCodeAt(1) - 48) * 100 + yy;
  } else {
    year = today.y - ((today.y - yy) % 100 + 100) % 100;
    if (isAfter(year, month, day, today)) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (day > daysInMonth(year, month)) return undefined;
  if (isAfter(year, month, day, today) || today.y - year > PLAUSIBLE_MAX_AGE) return undefined;
  return { type, normalized: String(year).padStart(4, '0') + digits.slice(at + 2) };
}

/**
 * "410309-9984 Anna / 0709219885 Bertil": a bare 070… number among sure identity numbers is one
 * more person in the list, not a phone number.
 */
function listContext(found: RawFinding[]): void {
  // Offsets in ascending order (numbers are found left to right): a binary search per candidate.
  const sure = found.filter((f) => f.confidence >= 0.85 && f.normalized !== undefined).map((f) => f.start);
  if (sure.length === 0) return;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f === undefined || !f.evidence.includes('PHONE_LIKE') || !withinRadius(sure, f.start, LIST_RADIUS)) continue;
    found[i] = { ...f, confidence: 0.75, evidence: [...f.evidence, 'LIST_CONTEXT'] };
  }
}

/** Whether some offset in the ascending `offsets` lies within `radius` of `at` (either side). */
function withinRadius(offsets: readonly number[], at: number, radius: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] ?? 0) < at - radius) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && (offsets[lo] ?? 0) <= at + radius;
}

function withValidSerial(yymmdd: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${yymmdd}123${c}`)) return `${yymmdd}123${c}`;
  return `${yymmdd}1230`;
}

function isAfter(y: number, m: number, d: number, t: { y: number; m: number; d: number }): boolean {
  return y > t.y || (y === t.y && (m > t.m || (m === t.m && d > t.d)));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Structure-valid numbers start at 0.75 (as Purview does); context moves them up or down. */
function score(lower: string, c: Candidate, value: IdentityValue): RawFinding {
  const evidence = ['LUHN_OK', 'DATE_OK'];
  let confidence = 0.75;
  if (c.separator === '-' || c.separator === '+') {
    confidence = 0.85;
    evidence.push('CANONICAL_FORM');
  }
  const near = sliceBefore(lower, c.start, 40);
  const positiveNear = PERSON_CONTEXT.test(near);
  // The closest label wins: in "personnummer 800101-…, mobil 0701234567" the phone number's own
  // label stands right before it, the person word further back belongs to the number before.
  const close = sliceBefore(lower, c.start, CLOSE_LABEL);
  const negative = OTHER_NUMBER_CONTEXT.test(near) && (!positiveNear || (OTHER_NUMBER_CONTEXT.test(close) && !PERSON_CONTEXT.test(close)));
  // The wide windows only matter when the near one settles nothing (each regex runs at most once).
  const positive = !negative && (positiveNear || PERSON_CONTEXT.test(sliceBefore(lower, c.start, 300)) || PERSON_CONTEXT.test(sliceAfter(lower, c.end, 40)));
  if (negative) {
    confidence = 0.2;
    evidence.push('OTHER_NUMBER_CONTEXT');
  } else if (positive) {
    confidence = 0.95;
    evidence.push('CONTEXT_WORD');
  } else if (c.separator === '' && c.digits.startsWith('070')) {
    // Bare 070… is as likely a Swedish mobile number as the number of a child born in 2007.
    confidence = 0.45;
    evidence.push('PHONE_LIKE');
  }
  return { type: value.type, start: c.start, end: c.end, confidence, normalized: value.normalized, evidence };
}
