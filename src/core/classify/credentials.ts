/**
 * Disclosed credentials: a password, one-time code or login details written out ("Lösenord: Vår2025!",
 * "engångskod 482913"). A word alone ("byt ditt lösenord") is not a disclosure; a value after it is.
 */
import type { DetectorOptions, RawFinding } from './types.js';

// One bounded, linear pattern: label, optional short filler, a separator, then a token without spaces.
const CREDENTIAL =
  /(?<![\p{L}])(lösenord(?:et)?|password|passwd|pwd|pin(?:-?kod(?:en)?)?|engångskod(?:en)?|verifieringskod(?:en)?|sms-kod(?:en)?|one-time code|otp|passphrase|api[- ]?key|token)(?: (?:är|blir|is|till|=|för [\p{L}\d.-]{1,30}))?[ \t]{0,3}(?:[:=]|är|is)?[ \t]{0,3}(["'«»”]?)([^\s"'«»”]{4,64})\2/giu;
const NOT_A_VALUE = /^(?:och|eller|samt|till|för|som|med|att|ditt|din|det|den|inte|ska|kan|måste|and|the|your|must|should|will|has|have|was|reset|återställ\p{L}*|byt\p{L}*|policy|regler|krav)$/iu;
const USERNAME = /(?<![\p{L}])(?:användarnamn|username|user name|login|inloggning)[ \t]{0,3}[:=][ \t]{0,3}\S{3,64}/giu;

export function findCredentials(text: string, _options: DetectorOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  CREDENTIAL.lastIndex = 0;
  for (let m = CREDENTIAL.exec(text); m !== null; m = CREDENTIAL.exec(text)) {
    const value = m[3] ?? '';
    const label = (m[1] ?? '').toLowerCase();
    if (NOT_A_VALUE.test(value.replace(/[.,;!?]+$/, ''))) continue;
    const isCode = /^(?:pin|engångskod|verifieringskod|sms-kod|one-time|otp)/.test(label);
    if (isCode && !/^\d{4,8}[.,]?$/.test(value)) continue;
    const hasSeparator = /[:=]/.test(m[0].slice(label.length));
    // A password without "Lösenord:" must look like one: mixed classes, not a plain word.
    if (!isCode && !hasSeparator && !/(?=.*\d)(?=.*\p{L})|[^\p{L}\d]/u.test(value.replace(/[.,;!?]+$/, ''))) continue;
    findings.push({ type: 'credentials', start: m.index, end: m.index + m[0].length, confidence: hasSeparator || isCode ? 0.9 : 0.7, evidence: ['CREDENTIAL_VALUE'] });
  }
  USERNAME.lastIndex = 0;
  for (let m = USERNAME.exec(text); m !== null; m = USERNAME.exec(text)) {
    findings.push({ type: 'credentials', start: m.index, end: m.index + m[0].length, confidence: 0.6, evidence: ['LOGIN_NAME'] });
  }
  return findings;
}
