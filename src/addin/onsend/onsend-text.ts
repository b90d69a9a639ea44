/** The on-send messages in Swedish and English. Labels fit Smart Alerts' 20-character limit. */
import type { Language } from '../i18n/language.js';

export interface OnSendText {
  readonly and: string;
  readonly more: string;
  readonly inSubject: string;
  readonly inBody: string;
  inAttachment(name: string | undefined, position: number): string;
  subject(kinds: string): string;
  encrypt(summary: string): string;
  block(summary: string): string;
  warn(summary: string): string;
  readonly failedBlock: string;
  readonly failedWarn: string;
  readonly encryptLabel: string;
  readonly fixSubjectLabel: string;
  readonly openLabel: string;
}

export const ONSEND_TEXT: Readonly<Record<Language, OnSendText>> = {
  sv: {
    and: 'och',
    more: 'fler uppgifter',
    inSubject: 'i ämnesraden',
    inBody: 'i texten',
    inAttachment: (name, position) => (name === undefined ? `i bilaga ${position}` : `i bilagan "${name}"`),
    subject: (kinds) => `Ämnesraden innehåller ${kinds}. Ämnesraden krypteras aldrig, så uppgiften måste bort därifrån. Välj Åtgärda ämne så föreslår Kuvert ett neutralt ämne.`,
    encrypt: (summary) => `Meddelandet innehåller ${summary} och får inte skickas okrypterat. Välj Kryptera för att skicka det säkert med Kuvert.`,
    block: (summary) => `Meddelandet innehåller ${summary}. Organisationens regler tillåter inte att det skickas. Ta bort uppgifterna och försök igen.`,
    warn: (summary) => `Meddelandet verkar innehålla ${summary}. Kontrollera att det får skickas så här innan du skickar.`,
    failedBlock: 'Kuvert kunde inte kontrollera meddelandet, och organisationens regler stoppar det då. Välj Kryptera för att skicka det säkert med Kuvert, eller försök igen.',
    failedWarn: 'Kuvert kunde inte kontrollera meddelandet. Kontrollera själv att det inte innehåller känsliga uppgifter innan du skickar.',
    encryptLabel: 'Kryptera',
    fixSubjectLabel: 'Åtgärda ämne',
    openLabel: 'Öppna Kuvert',
  },
  en: {
    and: 'and',
    more: 'more',
    inSubject: 'in the subject',
    inBody: 'in the body',
    inAttachment: (name, position) => (name === undefined ? `in attachment ${position}` : `in the attachment "${name}"`),
    subject: (kinds) => `The subject contains ${kinds}. Subjects are never encrypted, so this must be removed from it. Choose Fix subject and Kuvert suggests a neutral one.`,
    encrypt: (summary) => `This message contains ${summary} and must not be sent unencrypted. Choose Encrypt to send it securely with Kuvert.`,
    block: (summary) => `This message contains ${summary}. Your organisation's rules do not allow sending it. Remove that data and try again.`,
    warn: (summary) => `This message seems to contain ${summary}. Check that it may be sent like this before you send it.`,
    failedBlock: "Kuvert could not check this message, and your organisation's rules then stop it. Choose Encrypt to send it securely with Kuvert, or try again.",
    failedWarn: 'Kuvert could not check this message. Make sure yourself that it contains no sensitive data before you send it.',
    encryptLabel: 'Encrypt',
    fixSubjectLabel: 'Fix subject',
    openLabel: 'Open Kuvert',
  },
};
