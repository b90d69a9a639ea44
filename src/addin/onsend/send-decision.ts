/**
 * Turns core's verdict into the Smart Alerts answer: allow at once, or hold the mail with a short
 * message (≤ 500 characters) naming what kind of data was found and where, never the data itself.
 */
import { classifyText, type Finding, type FindingType, type Location } from '../../core/classify/index.js';
import type { Action, Verdict } from '../../core/policy/index.js';
import { FINDING_LABELS } from '../i18n/finding-labels.js';
import type { Language } from '../i18n/language.js';
import type { SendEventCompletion } from '../office/types.js';
import { ONSEND_TEXT, type OnSendText } from './onsend-text.js';

/** The compose button's id in manifest.xml: the Smart Alert's action button opens this task pane. */
export const TASKPANE_COMMAND_ID = 'Kuvert.Compose.Open';
export const MAX_MESSAGE_LENGTH = 500;
const MAX_NAME_LENGTH = 40;

export interface ClientFeatures {
  /** Mailbox 1.14: commandId, cancelLabel and sendModeOverride. */
  readonly mailbox114: boolean;
}

export function sendDecision(verdict: Verdict, language: Language, features: ClientFeatures): SendEventCompletion {
  const text = ONSEND_TEXT[language];
  if (verdict.action === 'allow') return { allowEvent: true };
  if (verdict.reasons.some((r) => r.code === 'CLASSIFY_FAILED')) return failure(verdict.action, language, features);
  const subjectTypes = [...new Set(verdict.subject.findings.map((f) => f.type))];
  if (subjectTypes.length > 0) {
    const kinds = listOf(subjectTypes.map((t) => FINDING_LABELS[language][t]), text.and);
    return hold(text.subject(kinds), text.fixSubjectLabel, features);
  }
  const summary = describeFindings(verdict.findings, verdict.reasons.filter((r) => r.action !== 'allow').map((r) => r.type), language);
  switch (verdict.action) {
    case 'warn':
      // Mailbox 1.14 lets the sender choose "Send anyway"; without it a warning must not stop the mail.
      if (!features.mailbox114) return { allowEvent: true };
      return { allowEvent: false, errorMessage: fit(text.warn(summary)), sendModeOverride: 'promptUser' };
    case 'require-encryption':
      return hold(text.encrypt(summary), text.encryptLabel, features);
    case 'block':
      return hold(text.block(summary), text.openLabel, features);
  }
}

/** The answer when reading or classifying the draft failed: the policy's onClassificationFailure. */
export function failure(action: Action, language: Language, features: ClientFeatures): SendEventCompletion {
  const text = ONSEND_TEXT[language];
  switch (action) {
    case 'allow':
      return { allowEvent: true };
    case 'warn':
      if (!features.mailbox114) return { allowEvent: true };
      return { allowEvent: false, errorMessage: fit(text.failedWarn), sendModeOverride: 'promptUser' };
    case 'require-encryption':
    case 'block':
      return hold(text.failedBlock, text.encryptLabel, features);
  }
}

function hold(message: string, label: string, features: ClientFeatures): SendEventCompletion {
  const base = { allowEvent: false, errorMessage: fit(message) };
  return features.mailbox114 ? { ...base, commandId: TASKPANE_COMMAND_ID, cancelLabel: label } : base;
}

/** "personnummer (i texten och i bilagan "lista.xlsx") och hälsouppgifter (i texten)". */
export function describeFindings(findings: readonly Finding[], types: readonly (FindingType | undefined)[], language: Language): string {
  const text = ONSEND_TEXT[language];
  const wanted = new Set(types.filter((t): t is FindingType => t !== undefined));
  const byType = new Map<FindingType, string[]>();
  for (const finding of findings) {
    if (!wanted.has(finding.type)) continue;
    const places = byType.get(finding.type) ?? [];
    const place = placeOf(finding.location, text);
    if (!places.includes(place)) places.push(place);
    byType.set(finding.type, places);
  }
  const parts = [...byType].map(([type, places]) => `${FINDING_LABELS[language][type]} (${listOf(places, text.and)})`);
  // Keep the message short: name at most four kinds, then "more".
  const shown = parts.length > 4 ? [...parts.slice(0, 4), text.more] : parts;
  return listOf(shown, text.and);
}

function placeOf(location: Location, text: OnSendText): string {
  switch (location.kind) {
    case 'subject':
      return text.inSubject;
    case 'body':
      return text.inBody;
    case 'attachment':
      return text.inAttachment(safeName(location), (location.index ?? 0) + 1);
  }
}

/** An attachment's name when it is short and itself free of findings; else undefined (use its number). */
function safeName(location: Location): string | undefined {
  const name = location.name;
  if (name === undefined || name.length > MAX_NAME_LENGTH || /["\r\n]/.test(name)) return undefined;
  return classifyText(name, location).length === 0 ? name : undefined;
}

function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

function fit(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
