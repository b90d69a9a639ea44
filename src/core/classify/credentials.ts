/**
 * Disclosed credentials: a password, API key, PIN, one-time code, door or alarm code, or login details
 * written out ("Lösenord: Vår2025!", "engångskod 482913", "koden till dörren är 4711", "admin / Tr0ll-9").
 * A word alone ("byt ditt lösenord") is not a disclosure; a value after it is. Codes must be digits,
 * and a bare "kod"/"code" of a course, ledger, invoice, postcode or card (CVC) is no credential.
 */
import { lowerSameLength } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';
import { WordStartScanner, type ScanChannel, type ScanPattern } from './word-start-scan.js';

// Bounded, linear patterns: label, optional short filler, a separator, then a token without spaces.
// They run on the shared lower-cased copy (same offsets) through the word-start scan, each in its own
// channel so each finds what its own global regex would.
/** Labels of secrets written as words: passwords, keys, tokens, recovery codes. */
const LABEL = 'lösenord(?:et|en)?|lösen|password|passwd|pwd|pw|passphrase|lösenfras(?:en)?|api[-_ ]?key|client[-_ ]?secret|secret[-_ ]?key|access[-_ ]?token|api-?nyckel(?:n)?|token|recovery codes?|återställningskoder(?:na)?';
/** Labels of numeric codes: PINs, one-time codes, door and alarm codes ("portkoden till Storgatan 3 är 1290"). */
const CODE_LABEL = [
  'pin(?:-?kod(?:en)?)?', 'puk(?:-?kod(?:en)?)?', 'engångskod(?:en)?', 'engångslösenord(?:et)?', 'verifieringskod(?:en)?', 'sms-kod(?:en)?', 'säkerhetskod(?:en)?',
  'aktiveringskod(?:en)?', 'lösenkod(?:en)?', 'kombination(?:en)?', 'combination', 'bankid-kod(?:en)?', ...['port', 'dörr', 'larm', 'grind', 'entré', 'kodlås', 'passer'].map((w) => `${w}-?kod(?:en)?`), 'kod(?:en)?',
  'one-time code', 'otp', 'passcode',
  ...['door', 'alarm', 'gate', 'entry', 'access', 'security', 'verification', 'reset', 'mfa', 'login', 'lock', 'backup', 'pin', 'sms', 'key box', 'key safe'].map((w) => `${w}[ -](?:reset |backup )?codes?`),
  'codes?',
].join('|');
/** "till den delade brevlådan", "som du fick på sms", "for the shared phone at reception": a preposition (or "som") and up to eight words, none a verb. */
// A filler word is never the code itself ("koden till personalingången, 4096*, som byts …": the greedy filler would
// otherwise run past the code and take a later word for the value).
const FILLER_WORD = "(?: (?!(?:är|blir|var|is|are|was|has|har|ändras|ändrad)(?![\\p{L}]))(?!\\d{4})[^\\s:=]{1,30})";
/** …or who gave it: "koden jag fick var 583 920", "the password you sent me (…)" (no further word needed). */
const FILLER = ` (?:(?:till|för|på|i|åt|hos|från|mot|vid|sedan|står på|som|to|for|on|at|of|in|from|by|since)${FILLER_WORD}{1,8}|(?:du fick|jag fick|vi fick|du skickade|du gav mig|you got|you received|you sent(?: me)?|you gave me|i got|we got)${FILLER_WORD}{0,7}?)`;
/** "är", "är nu", "har ändrats till", "has been changed to", "=". */
const VERB = ' (?:är|blir|var|=|is|are|was|har|has|ändras|ändrades|satt|sattes|set)(?: (?:nu|now|been|ändrats|ändrad|bytts|changed|set|till|to)){0,3}';
const VALUE_START = '(?<![^\\s:="\'«»”(])';
/** A code: 4–8 digits, single spaces or dashes between them allowed ("1 9 3 7", "771-302"), a trailing # or *. */
const CODE_TAIL = `[:=,]?[ \\t]{0,3}(?:it's |it is |den är |det är )?(?<![\\p{L}\\d])(?<code>\\d(?:[ -]?\\d){3,7}[#*]?)(?![ -]?\\d)`;
const SECRET_TAIL = `(?:[:=,]|är|is)?[ \\t]{0,3}(?<quote>["'«»”]?)\\(?${VALUE_START}(?<value>[^\\s"'«»”]{4,64}|\\d{3} \\d{3}(?![\\d]))\\k<quote>`;
// One leading label group (the scan reads its first characters); the tail decides code or secret.
const CREDENTIAL = `(?<label>${CODE_LABEL}|${LABEL})(?:${FILLER})?(?:${VERB})?[ \\t]{0,3}(?:${CODE_TAIL}|${SECRET_TAIL})`;
const IS_CODE_LABEL = new RegExp(`^(?:${CODE_LABEL})$`);
/** "användarnamn: x", and a login given as "user / password" after a word for an account or login. */
const USERNAME =
  '(?<ulabel>användarnamn|anvnamn|username|user name|login|inloggning(?:en)?|inlogg|account|konto(?:t)?)' +
  '(?:(?: [^\\s/]{1,30}){0,7}[ :]{1,2}(?<user>[\\p{L}\\d._@-]{2,40}) ?/ ?(?<pw>[^\\s/]{4,64})|[ \\t]{0,3}[:=][ \\t]{0,3}\\S{3,64})';
/** Labels that name a login by themselves ("Användarnamn: kalle"); "Konto: 1930" may be a ledger account. */
const LOGIN_LABEL = /^(?:användarnamn|anvnamn|username|user name|login|inloggning(?:en)?)$/;
const NOT_A_VALUE = /^(?:och|eller|samt|till|för|som|med|att|ditt|din|det|den|inte|ska|kan|måste|finns|står|skickas|kommer|via|hos|from|från|and|the|your|must|should|will|has|have|was|reset|återställ\p{L}*|byt\p{L}*|policy|regler|krav|requirements?)$/iu;
/** Words just before a bare "kod"/"code" that make it some other code (postal code, SNI-kod, rabattkod). */
const OTHER_CODE = /(?:sort|post|zip|postal|area|country|tax|error|status|source|product|discount|rabatt|promo|sni|icd|kvå|atc|ansvar|aktivitet|moms|referens|reference|qr|bar|streck|fel|diagnos)[- ]?$/;
const BOOKKEEPING =
  /(?<![\p{L}])(?:kurs(?:en|er|erna)?s?|course|projekt(?:et)?s?|project|konto(?:t|n)?s?|account|moms(?:en)?|kostnad\p{L}*|ansvar|aktivitet(?:en)?s?|verksamhet(?:en)?s?|artikel(?:n)?s?|produkt(?:en)?s?|faktura\p{L}*|invoice|ladok|bokför\p{L}*|rabatt\p{L}*|discount|kampanj\p{L}*)(?![\p{L}])/u;
const CARD_NEAR = /kort|card|amex|visa|mastercard|giltig|exp/;
/** Prefixes before "-kod(en)" that keep it a credential ("BankID-koden"). */
const CODE_PREFIX = /(?:bankid|pin|sms|puk|mfa|2fa)-$/;

export type CredentialTag = 'CREDENTIAL_VALUE' | 'LOGIN_NAME';

/** Both channels: a label starts where no letter stands before it. */
export const CREDENTIAL_CHANNELS: readonly ScanChannel[] = [{ notAfter: '\\p{L}', flags: 'u' }, { notAfter: '\\p{L}', flags: 'u' }];

/** The scan patterns, in channels `first` (values) and `first + 1` (login names). */
export function credentialPatterns(first = 0): ScanPattern<CredentialTag>[] {
  return [
    { source: CREDENTIAL, tag: 'CREDENTIAL_VALUE', channel: first },
    { source: USERNAME, tag: 'LOGIN_NAME', channel: first + 1 },
  ];
}

/** The finding for one scan match, or undefined when the "value" is no disclosure. */
export function credentialFinding(start: number, end: number, tag: CredentialTag, m: RegExpExecArray): RawFinding | undefined {
  const groups = m.groups ?? {};
  if (tag === 'LOGIN_NAME') {
    const pw = groups['pw'];
    if (pw === undefined) return LOGIN_LABEL.test(groups['ulabel'] ?? '') ? { type: 'credentials', start, end, confidence: 0.6, evidence: ['LOGIN_NAME'] } : undefined;
    // "admin / Tr0ll-Berg-2024": the part after the slash must look like a password, not a word or a path.
    return looksLikePassword(pw) ? { type: 'credentials', start, end, confidence: 0.85, evidence: ['LOGIN_NAME', 'CREDENTIAL_VALUE'] } : undefined;
  }
  const label = groups['label'] ?? '';
  const isCode = IS_CODE_LABEL.test(label);
  if (groups['code'] !== undefined && isCode) {
    // Words between the label and the code need a separator or a verb ("koden till porten är 4711", "…, 4096*"):
    // "The code of conduct 2024" is a year.
    const between = m[0].slice(label.length, m[0].length - (groups['code'] ?? '').length);
    if (/\p{L}{2}/u.test(between) && !/[:=,]|(?:^| )(?:är|blir|var|is|are|was|har|has|satt|sattes|set|it's|it is)(?: |$)/u.test(between)) return undefined;
    // "säkerhetskod 7731" next to a card number is its CVC (payment-card), not a login.
    if (/^(?:säkerhetskod|security)/.test(label) && CARD_NEAR.test(m.input.slice(Math.max(0, start - 80), start))) return undefined;
    if (/^(?:kod|code)/.test(label)) {
      const before = m.input.slice(Math.max(0, start - 12), start);
      if (before.endsWith('-') ? !CODE_PREFIX.test(before) : OTHER_CODE.test(before)) return undefined;
      // "koden för kursen är 4711", "kod 5460 på fakturan": a code of a course, a ledger or an invoice.
      if (BOOKKEEPING.test(m.input.slice(Math.max(0, start - 24), end + 40))) return undefined;
    }
    return { type: 'credentials', start, end, confidence: 0.9, evidence: ['CREDENTIAL_VALUE'] };
  }
  const tail = groups['value'] ?? groups['code'] ?? '';
  const hasSeparator = /[:=]/.test(m[0].slice(label.length, m[0].length - tail.length));
  // One-time codes and PINs are digits: a code label before a word is no disclosure.
  if (isCode) return undefined;
  // "Lösenordet för mötet är 998877": digits only need a separator or a verb.
  if (groups['code'] !== undefined) return hasSeparator || / (?:är|blir|is|was)(?: |$)/.test(m[0].slice(label.length)) ? { type: 'credentials', start, end, confidence: 0.9, evidence: ['CREDENTIAL_VALUE'] } : undefined;
  const value = (groups['value'] ?? '').replace(/[.,;:!?)]+$/, '');
  if (value.length < 4 || NOT_A_VALUE.test(value)) return undefined;
  // A password without "Lösenord:" must look like one: mixed classes, not a plain word.
  if (!hasSeparator && !looksLikePassword(value)) return undefined;
  return { type: 'credentials', start, end, confidence: hasSeparator ? 0.9 : 0.7, evidence: ['CREDENTIAL_VALUE'] };
}

/** Letters and digits, or a character other than a letter or digit: no plain word. */
function looksLikePassword(value: string): boolean {
  const v = value.replace(/[.,;:!?)]+$/, '');
  // "e-post", "90:e" (var 90:e dag) are words; "Hundar&Katter", "Tr0ll-Berg" are passwords.
  return v.length >= 4 && /\p{L}/u.test(v) && !/^\d{1,3}:[ea]$/.test(v) && (/(?=.*\d)(?=.*\p{L})/u.test(v) || /[^\p{L}\d.'’-]/u.test(v));
}

let scanner: WordStartScanner<CredentialTag> | undefined;

/** Finds disclosed credentials in `text` on its own (classifyText shares one scan with other detectors). */
export function findCredentials(text: string, options: DetectorOptions): RawFinding[] {
  scanner ??= new WordStartScanner(credentialPatterns(), CREDENTIAL_CHANNELS);
  const values: RawFinding[] = [];
  const logins: RawFinding[] = [];
  scanner.scan(options.lower ?? lowerSameLength(text), (start, end, tag, m) => {
    const finding = credentialFinding(start, end, tag, m);
    if (finding !== undefined) (tag === 'LOGIN_NAME' ? logins : values).push(finding);
  });
  return [...values, ...logins];
}
