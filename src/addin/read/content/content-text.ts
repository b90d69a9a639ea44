/** The words of the decrypted-message view, Swedish and English. */
import type { Language } from '../../i18n/language.js';

export interface ContentText {
  readonly region: string;
  readonly htmlFrameTitle: (n: number) => string;
  readonly textPartLabel: (n: number) => string;
  readonly blocked: (n: number) => string;
  readonly empty: string;
  readonly linksHeading: string;
  readonly linksHelp: string;
  readonly openLink: string;
  readonly confirmLinkTitle: string;
  readonly confirmLinkBody: string;
  readonly confirmOpen: string;
  readonly cancel: string;
  readonly attachmentsHeading: (n: number) => string;
  readonly unnamed: string;
  readonly open: string;
  readonly save: string;
  readonly openLabel: (name: string) => string;
  readonly saveLabel: (name: string) => string;
  readonly saveAs: (name: string) => string;
}

const sv: ContentText = {
  region: 'Meddelandets innehåll',
  htmlFrameTitle: (n) => `Meddelandetext, del ${n}`,
  textPartLabel: (n) => `Meddelandetext, del ${n}`,
  blocked: (n) => (n === 1 ? '1 extern resurs blockerades så att ingen kan se att du läser meddelandet.' : `${n} externa resurser blockerades så att ingen kan se att du läser meddelandet.`),
  empty: 'Meddelandet har ingen text.',
  linksHeading: 'Länkar i meddelandet',
  linksHelp: 'Länkar öppnas bara när du väljer dem här. Kontrollera adressen först.',
  openLink: 'Öppna länk',
  confirmLinkTitle: 'Öppna länken?',
  confirmLinkBody: 'Länken går till den här adressen. Öppna den bara om du litar på avsändaren och adressen:',
  confirmOpen: 'Öppna i nytt fönster',
  cancel: 'Avbryt',
  attachmentsHeading: (n) => (n === 1 ? '1 bilaga' : `${n} bilagor`),
  unnamed: 'Namnlös bilaga',
  open: 'Öppna',
  save: 'Spara',
  openLabel: (name) => `Öppna ${name}`,
  saveLabel: (name) => `Spara ${name}`,
  saveAs: (name) => `sparas som ${name}`,
};

const en: ContentText = {
  region: 'Message content',
  htmlFrameTitle: (n) => `Message text, part ${n}`,
  textPartLabel: (n) => `Message text, part ${n}`,
  blocked: (n) => (n === 1 ? '1 external resource was blocked so that nobody can see you read this message.' : `${n} external resources were blocked so that nobody can see you read this message.`),
  empty: 'The message has no text.',
  linksHeading: 'Links in the message',
  linksHelp: 'Links open only when you choose them here. Check the address first.',
  openLink: 'Open link',
  confirmLinkTitle: 'Open the link?',
  confirmLinkBody: 'The link goes to this address. Open it only if you trust the sender and the address:',
  confirmOpen: 'Open in new window',
  cancel: 'Cancel',
  attachmentsHeading: (n) => (n === 1 ? '1 attachment' : `${n} attachments`),
  unnamed: 'Unnamed attachment',
  open: 'Open',
  save: 'Save',
  openLabel: (name) => `Open ${name}`,
  saveLabel: (name) => `Save ${name}`,
  saveAs: (name) => `saved as ${name}`,
};

export const CONTENT_TEXT: Readonly<Record<Language, ContentText>> = { sv, en };
