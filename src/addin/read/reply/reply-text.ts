/** The secure reply's words, Swedish and English. Error codes are worded by the compose pane's TASKPANE_TEXT. */
import type { Language } from '../../i18n/language.js';

export type ReplyKind = 'reply' | 'reply-all' | 'forward';

export interface ReplyText {
  readonly start: Readonly<Record<ReplyKind, string>>;
  readonly heading: Readonly<Record<ReplyKind, string>>;
  readonly intro: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly body: string;
  readonly attachmentsHeading: string;
  readonly sign: string;
  readonly send: string;
  readonly sending: string;
  readonly cancel: string;
  readonly preparing: string;
  readonly sent: (recipients: string) => string;
  readonly noRecipients: string;
  readonly badAddresses: (addresses: string) => string;
  readonly missingCertificates: (addresses: string) => string;
  readonly noOwnCertificate: string;
  readonly checkingSubject: string;
  /** Outlook's prefixes for the display language. */
  readonly prefix: Readonly<Record<'reply' | 'forward', string>>;
  /** The line above the quote. */
  readonly wrote: (date: string | undefined, sender: string) => string;
  readonly forwardedHeading: string;
  readonly headerNames: Readonly<Record<'from' | 'date' | 'to' | 'cc' | 'subject', string>>;
  /** Intl locale for dates in the quote header. */
  readonly locale: string;
}

const SV: ReplyText = {
  start: { reply: 'Svara säkert', 'reply-all': 'Svara alla säkert', forward: 'Vidarebefordra säkert' },
  heading: { reply: 'Svar (krypteras)', 'reply-all': 'Svar till alla (krypteras)', forward: 'Vidarebefordran (krypteras)' },
  intro: 'Du skriver här i Kuvert, inte i Outlook: inget utkast med det dekrypterade innehållet sparas i brevlådan. Meddelandet krypteras till varje mottagare och till dig.',
  to: 'Till',
  cc: 'Kopia',
  subject: 'Ämne',
  body: 'Meddelande',
  attachmentsHeading: 'Bifogade filer från originalet',
  sign: 'Signera med kortet (PIN-kod)',
  send: 'Skicka krypterat',
  sending: 'Skickar…',
  cancel: 'Avbryt',
  preparing: 'Förbereder…',
  sent: (recipients) => `Skickat krypterat till ${recipients}. En krypterad kopia finns i Skickat.`,
  noRecipients: 'Lägg till minst en mottagare.',
  badAddresses: (addresses) => `Ogiltig adress: ${addresses}.`,
  missingCertificates: (addresses) => `Kan inte skicka: inget giltigt certifikat för ${addresses}. Inget skickas okrypterat.`,
  noOwnCertificate: 'Kuvert hittar inget eget krypteringscertifikat på kortet. Sätt i kortet och anslut Kuvert-tjänsten.',
  checkingSubject: 'Ämnesraden kontrolleras…',
  prefix: { reply: 'SV: ', forward: 'VB: ' },
  wrote: (date, sender) => (date === undefined ? `${sender} skrev:` : `Den ${date} skrev ${sender}:`),
  forwardedHeading: '-------- Vidarebefordrat meddelande --------',
  headerNames: { from: 'Från', date: 'Datum', to: 'Till', cc: 'Kopia', subject: 'Ämne' },
  locale: 'sv-SE',
};

const EN: ReplyText = {
  start: { reply: 'Reply securely', 'reply-all': 'Reply all securely', forward: 'Forward securely' },
  heading: { reply: 'Reply (encrypted)', 'reply-all': 'Reply to all (encrypted)', forward: 'Forward (encrypted)' },
  intro: 'You write here in Kuvert, not in Outlook: no draft with the decrypted content is saved in the mailbox. The message is encrypted to every recipient and to you.',
  to: 'To',
  cc: 'Cc',
  subject: 'Subject',
  body: 'Message',
  attachmentsHeading: 'Attachments from the original',
  sign: 'Sign with the card (PIN)',
  send: 'Send encrypted',
  sending: 'Sending…',
  cancel: 'Cancel',
  preparing: 'Preparing…',
  sent: (recipients) => `Sent encrypted to ${recipients}. An encrypted copy is in Sent Items.`,
  noRecipients: 'Add at least one recipient.',
  badAddresses: (addresses) => `Not a valid address: ${addresses}.`,
  missingCertificates: (addresses) => `Cannot send: no valid certificate for ${addresses}. Nothing is sent unencrypted.`,
  noOwnCertificate: 'Kuvert finds no encryption certificate of yours on the card. Insert your card and connect the Kuvert companion.',
  checkingSubject: 'Checking the subject…',
  prefix: { reply: 'RE: ', forward: 'FW: ' },
  wrote: (date, sender) => (date === undefined ? `${sender} wrote:` : `On ${date}, ${sender} wrote:`),
  forwardedHeading: '-------- Forwarded message --------',
  headerNames: { from: 'From', date: 'Date', to: 'To', cc: 'Cc', subject: 'Subject' },
  locale: 'en-GB',
};

export function replyText(language: Language): ReplyText {
  return language === 'sv' ? SV : EN;
}
