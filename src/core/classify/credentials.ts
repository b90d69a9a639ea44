/**
 * Disclosed credentials: a password, one-time code or login details written out ("Lösenord: Vår2025!",
 * "engångskod 482913"). A word alone ("byt ditt lösenord") is not a disclosure; a value after it is.
 */
import { lowerSameLength } from './context.js';
import type { DetectorOptions, RawFinding } from './types.js';
import { WordStartScanner, type ScanChannel, type ScanPattern } from './word-start-scan.js';

// Bounded, linear patterns: label, optional short filler, a separator, then a token without spaces.
// They run on the shared lower-cased copy (same offsets) through the word-start scan, each in its own
// channel so each finds what its own global regex would.
const LABEL = 'lösenord(?:et)?|password|passwd|pwd|pin(?:-?kod(?:en)?)?|engångskod(?:en)?|verifieringskod(?:en)?|sms-kod(?:en)?|one-time code|otp|passphrase|api[- ]?key|token';
// "Lösenordet till routern är …": an optional "till/för/for/to <what>" before the separator.
const CREDENTIAL = `(?<label>${LABEL})(?: (?:till|för|for|to) [\\p{L}\\d.-]{1,30})?(?: (?:är|blir|is|till|=))?[ \\t]{0,3}(?:[:=]|är|is)?[ \\t]{0,3}(?<quote>["'«»”]?)(?<value>[^\\s"'«»”]{4,64}|\\d{3} \\d{3}(?![\\d]))\\k<quote>`;
const USERNAME = '(?:användarnamn|username|user name|login|inloggning)[ \\t]{0,3}[:=][ \\t]{0,3}\\S{3,64}';
const NOT_A_VALUE = /^(?:och|eller|samt|till|för|som|med|att|ditt|din|det|den|inte|ska|kan|måste|and|the|your|must|should|will|has|have|was|reset|återställ\p{L}*|byt\p{L}*|policy|regler|krav)$/iu;

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
  if (tag === 'LOGIN_NAME') return { type: 'credentials', start, end, confidence: 0.6, evidence: ['LOGIN_NAME'] };
  const value = m.groups?.['value'] ?? '';
  const label = m.groups?.['label'] ?? '';
  if (NOT_A_VALUE.test(value.replace(/[.,;!?]+$/, ''))) return undefined;
  const isCode = /^(?:pin|engångskod|verifieringskod|sms-kod|one-time|otp)/.test(label);
  // One-time codes: 4–8 digits, or two groups of three as apps show them ("734 219").
  if (isCode && !/^(?:\d{4,8}|\d{3} \d{3})[.,]?$/.test(value)) return undefined;
  const hasSeparator = /[:=]/.test(m[0].slice(label.length));
  // A password without "Lösenord:" must look like one: mixed classes, not a plain word.
  if (!isCode && !hasSeparator && !/(?=.*\d)(?=.*\p{L})|[^\p{L}\d]/u.test(value.replace(/[.,;!?]+$/, ''))) return undefined;
  return { type: 'credentials', start, end, confidence: hasSeparator || isCode ? 0.9 : 0.7, evidence: ['CREDENTIAL_VALUE'] };
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
