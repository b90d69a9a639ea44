/** The compose task pane's words, Swedish and English; errors are localized by code here too. */
import type { Action } from '../../core/policy/index.js';
import type { Language } from '../i18n/language.js';
import type { CertificateStatus } from './certificate-status.js';
import type { Place } from './verdict-groups.js';
import type { SecureMode } from './send-securely.js';

export interface TaskpaneText {
  readonly title: string;
  readonly checking: string;
  readonly clean: string;
  readonly findingsHeading: string;
  place(place: Place): string;
  count(n: number): string;
  readonly action: Readonly<Record<Action, string>>;
  readonly subjectHeading: string;
  readonly subjectExplain: string;
  readonly applySubject: string;
  readonly recipientsHeading: string;
  readonly status: Readonly<Record<CertificateStatus, string>>;
  readonly importCertificate: string;
  /** Shown when the companion validated the path and revocation. */
  readonly checked: string;
  readonly missingHelp: string;
  readonly modeHeading: string;
  readonly mode: Readonly<Record<SecureMode, string>>;
  readonly sendSecurely: string;
  readonly sending: string;
  readonly sent: string;
  readonly sentNotDiscarded: string;
  error(code: string): string;
  readonly companion: {
    readonly heading: string;
    readonly checking: string;
    readonly unreachable: string;
    readonly noCard: string;
    readonly retry: string;
    ready(token: string, holder: string): string;
    readonly unpaired: string;
    readonly pair: string;
    readonly codeLabel: string;
    readonly codeHint: string;
    readonly confirm: string;
    readonly pairingFailed: string;
  };
  readonly policySource: (source: string) => string;
}

const sv: TaskpaneText = {
  title: 'Kuvert',
  checking: 'Kontrollerar meddelandet …',
  clean: 'Inga känsliga uppgifter hittades.',
  findingsHeading: 'Känsliga uppgifter',
  place: (p) => (p.kind === 'subject' ? 'ämnesraden' : p.kind === 'body' ? 'texten' : `bilaga ${p.position} (${p.name})`),
  count: (n) => (n === 1 ? '1 träff' : `${n} träffar`),
  action: { allow: 'Tillåts', warn: 'Kontrollera innan du skickar', 'require-encryption': 'Måste krypteras', block: 'Får inte skickas' },
  subjectHeading: 'Ämnesraden',
  subjectExplain: 'Ämnesraden krypteras aldrig. Föreslaget neutralt ämne:',
  applySubject: 'Använd föreslaget ämne',
  recipientsHeading: 'Mottagare och certifikat',
  status: {
    missing: 'Certifikat saknas',
    valid: 'Giltigt',
    expiring: 'Går snart ut',
    expired: 'Har gått ut',
    'not-yet-valid': 'Inte giltigt än',
    revoked: 'Spärrat',
    untrusted: 'Inte betrott',
    'wrong-address': 'Fel e-postadress',
    unsuitable: 'Kan inte användas för kryptering',
  },
  importCertificate: 'Importera certifikatfil',
  checked: '(kontrollerat: kedja och spärrstatus)',
  missingHelp: 'Be mottagaren om ett certifikat (.cer/.pem) och importera det, eller ta bort mottagaren.',
  modeHeading: 'Skydd',
  mode: { encrypt: 'Kryptera', sign: 'Signera', 'encrypt-sign': 'Kryptera och signera' },
  sendSecurely: 'Skicka säkert',
  sending: 'Skickar …',
  sent: 'Meddelandet skickades krypterat.',
  sentNotDiscarded: 'Meddelandet skickades krypterat. Utkastet kunde inte stängas: ta bort det själv.',
  error: (code) => SV_ERRORS[code] ?? `Något gick fel (${code}). Inget skickades.`,
  companion: {
    heading: 'Kort och Kuvert-tjänsten',
    checking: 'Söker Kuvert-tjänsten …',
    unreachable: 'Kuvert-tjänsten svarar inte på den här datorn. Starta den (kuvert companion) och försök igen.',
    noCard: 'Inget kort med signeringscertifikat hittades. Sätt i ditt kort och försök igen.',
    retry: 'Försök igen',
    ready: (token, holder) => `Kort: ${token}${holder ? ` (${holder})` : ''}`,
    unpaired: 'Kuvert är inte anslutet till Kuvert-tjänsten på den här datorn.',
    pair: 'Anslut',
    codeLabel: 'Kod från Kuvert-tjänsten',
    codeHint: 'Sex siffror som Kuvert-tjänsten visar.',
    confirm: 'Bekräfta',
    pairingFailed: 'Anslutningen misslyckades. Kontrollera koden eller börja om.',
  },
  policySource: (source) => (source === 'companion' ? 'Organisationens regler (Kuvert-tjänsten)' : source === 'file' ? 'Organisationens regler (policy.json)' : 'Standardregler'),
};

const SV_ERRORS: Record<string, string> = {
  NO_RECIPIENT_CERTIFICATE: 'Alla mottagare har inte ett giltigt certifikat. Inget skickades.',
  BCC_UNSUPPORTED: 'Hemlig kopia (Bcc) kan inte skickas säkert än. Flytta mottagaren till Till eller Kopia. Inget skickades.',
  SIGNING_UNAVAILABLE: 'Signering kräver Kuvert-tjänsten med ditt kort, som inte är ansluten. Välj Kryptera. Inget skickades.',
  NO_SENDER_CERTIFICATE: 'Kuvert hittar inget eget krypteringscertifikat (kort eller inställning), så du kan inte läsa meddelandet i Skickat. Sätt i kortet och anslut Kuvert-tjänsten. Inget skickades.',
  CARD_LOGIN_FAILED: 'Inloggningen på kortet blev inte klar (PIN-fönstret stängdes, PIN låst eller kortet uttaget). Inget skickades.',
  PIN_DIALOG_FAILED: 'PIN-fönstret kunde inte öppnas. Inget skickades.',
  COMPANION_UNREACHABLE: 'Kuvert-tjänsten svarar inte. Inget skickades.',
  COMPANION_NOT_PAIRED: 'Kuvert är inte anslutet till Kuvert-tjänsten. Anslut och försök igen. Inget skickades.',
  NO_CARD: 'Inget kort med signeringscertifikat. Inget skickades.',
  GRAPH_UPLOAD_FAILED: 'Det stora meddelandet kunde inte laddas upp. Inget skickades; utkastet finns kvar.',
  GRAPH_AUTH_FAILED: 'Kuvert fick ingen behörighet att skicka e-post. Inget skickades.',
  GRAPH_SEND_FAILED: 'Outlook tog inte emot meddelandet. Inget skickades; utkastet finns kvar.',
  GRAPH_MESSAGE_TOO_LARGE: 'Meddelandet är för stort för att skickas säkert (högst 150 MB krypterat). Inget skickades.',
  SUBJECT_FORBIDDEN: 'Ämnesraden innehåller känsliga uppgifter. Ändra ämnet först.',
  POLICY_INVALID: 'Organisationens regler är felaktiga; Kuverts standardregler används. Kontakta IT.',
};

const en: TaskpaneText = {
  title: 'Kuvert',
  checking: 'Checking the message …',
  clean: 'No sensitive data found.',
  findingsHeading: 'Sensitive data',
  place: (p) => (p.kind === 'subject' ? 'subject' : p.kind === 'body' ? 'body' : `attachment ${p.position} (${p.name})`),
  count: (n) => (n === 1 ? '1 match' : `${n} matches`),
  action: { allow: 'Allowed', warn: 'Check before sending', 'require-encryption': 'Must be encrypted', block: 'Must not be sent' },
  subjectHeading: 'Subject',
  subjectExplain: 'Subjects are never encrypted. Suggested neutral subject:',
  applySubject: 'Use suggested subject',
  recipientsHeading: 'Recipients and certificates',
  status: {
    missing: 'No certificate',
    valid: 'Valid',
    expiring: 'Expires soon',
    expired: 'Expired',
    'not-yet-valid': 'Not yet valid',
    revoked: 'Revoked',
    untrusted: 'Not trusted',
    'wrong-address': 'Wrong e-mail address',
    unsuitable: 'Cannot be used for encryption',
  },
  importCertificate: 'Import certificate file',
  checked: '(checked: chain and revocation)',
  missingHelp: 'Ask the recipient for a certificate (.cer/.pem) and import it, or remove the recipient.',
  modeHeading: 'Protection',
  mode: { encrypt: 'Encrypt', sign: 'Sign', 'encrypt-sign': 'Encrypt and sign' },
  sendSecurely: 'Send securely',
  sending: 'Sending …',
  sent: 'The message was sent encrypted.',
  sentNotDiscarded: 'The message was sent encrypted. The draft could not be closed: delete it yourself.',
  error: (code) => EN_ERRORS[code] ?? `Something went wrong (${code}). Nothing was sent.`,
  companion: {
    heading: 'Card and Kuvert companion',
    checking: 'Looking for the Kuvert companion …',
    unreachable: 'The Kuvert companion does not answer on this computer. Start it (kuvert companion) and try again.',
    noCard: 'No card with a signing certificate was found. Insert your card and try again.',
    retry: 'Try again',
    ready: (token, holder) => `Card: ${token}${holder ? ` (${holder})` : ''}`,
    unpaired: 'Kuvert is not connected to the Kuvert companion on this computer.',
    pair: 'Connect',
    codeLabel: 'Code from the Kuvert companion',
    codeHint: 'Six digits the Kuvert companion shows.',
    confirm: 'Confirm',
    pairingFailed: 'Connecting failed. Check the code or start again.',
  },
  policySource: (source) => (source === 'companion' ? 'Organisation rules (Kuvert companion)' : source === 'file' ? 'Organisation rules (policy.json)' : 'Default rules'),
};

const EN_ERRORS: Record<string, string> = {
  NO_RECIPIENT_CERTIFICATE: 'Not every recipient has a valid certificate. Nothing was sent.',
  BCC_UNSUPPORTED: 'Bcc cannot be sent securely yet. Move the recipient to To or Cc. Nothing was sent.',
  SIGNING_UNAVAILABLE: 'Signing needs the Kuvert companion with your card, which is not connected. Choose Encrypt. Nothing was sent.',
  NO_SENDER_CERTIFICATE: 'Kuvert has no encryption certificate of yours (card or configuration), so you could not read the message in Sent Items. Insert your card and connect the Kuvert companion. Nothing was sent.',
  CARD_LOGIN_FAILED: 'The card login did not finish (PIN window closed, PIN locked or card removed). Nothing was sent.',
  PIN_DIALOG_FAILED: 'The PIN window could not be opened. Nothing was sent.',
  COMPANION_UNREACHABLE: 'The Kuvert companion does not answer. Nothing was sent.',
  COMPANION_NOT_PAIRED: 'Kuvert is not connected to the Kuvert companion. Connect and try again. Nothing was sent.',
  NO_CARD: 'No card with a signing certificate. Nothing was sent.',
  GRAPH_UPLOAD_FAILED: 'The large message could not be uploaded. Nothing was sent; the draft is unchanged.',
  GRAPH_AUTH_FAILED: 'Kuvert got no permission to send mail. Nothing was sent.',
  GRAPH_SEND_FAILED: 'Outlook did not accept the message. Nothing was sent; the draft is unchanged.',
  GRAPH_MESSAGE_TOO_LARGE: 'The message is too large to send securely (150 MB encrypted at most). Nothing was sent.',
  SUBJECT_FORBIDDEN: 'The subject contains sensitive data. Change it first.',
  POLICY_INVALID: 'The organisation rules are invalid; Kuvert’s default rules are used. Contact IT.',
};

export const TASKPANE_TEXT: Readonly<Record<Language, TaskpaneText>> = { sv, en };
