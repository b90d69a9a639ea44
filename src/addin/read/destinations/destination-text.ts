/** The storage banner's words for the destination kinds (Swedish and English), and the registrar note. */
import type { Language } from '../../i18n/language.js';
import type { Destination } from '../store-message.js';

export interface DestinationText {
  /** One line under the chosen destination: what Save will do. */
  describe(destination: Destination): string;
  readonly forward: string;
  readonly forwarding: string;
  /** The receipt of a forward. */
  forwarded(address: string, time: string): string;
  /** The receipt of an upload. */
  uploaded(path: string): string;
  readonly emlOnly: string;
  readonly openLibrary: string;
}

const when = (iso: string, language: Language): string => new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

const SV: DestinationText = {
  describe: (d) =>
    d.kind === 'folder' ? 'Sparas i en godkänd mapp av Kuvert-tjänsten: meddelandet (.eml), en läsbar PDF och bilagorna.'
      : d.kind === 'graph-drive' ? `Laddas upp till dokumentbiblioteket (SharePoint/OneDrive), mappen ${d.folder}: meddelandet (.eml), en läsbar PDF och bilagorna.`
        : `Vidarebefordras till registratorn (${d.address}), krypterat till registratorns certifikat och ditt eget, signerat med ditt kort om det kan signera.`,
  forward: 'Vidarebefordra',
  forwarding: 'Vidarebefordrar…',
  forwarded: (address, time) => `Vidarebefordrat krypterat till ${address} ${when(time, 'sv')}. Kontrollsumma för det vidarebefordrade meddelandet (.eml):`,
  uploaded: (path) => `Uppladdat till dokumentbiblioteket, mappen ${path}:`,
  emlOnly: 'Kuvert-tjänsten var inte ansluten, så bara meddelandet (.eml) laddades upp: PDF och bilagor tas fram av tjänsten.',
  openLibrary: 'Mappen i dokumentbiblioteket:',
};

const EN: DestinationText = {
  describe: (d) =>
    d.kind === 'folder' ? 'Saved in an approved folder by the Kuvert companion: the message (.eml), a readable PDF and the attachments.'
      : d.kind === 'graph-drive' ? `Uploaded to the document library (SharePoint/OneDrive), folder ${d.folder}: the message (.eml), a readable PDF and the attachments.`
        : `Forwarded to the registrar (${d.address}), encrypted to the registrar's certificate and your own, signed with your card if it can sign.`,
  forward: 'Forward',
  forwarding: 'Forwarding…',
  forwarded: (address, time) => `Forwarded encrypted to ${address} at ${when(time, 'en')}. Checksum of the forwarded message (.eml):`,
  uploaded: (path) => `Uploaded to the document library, folder ${path}:`,
  emlOnly: 'The Kuvert companion was not connected, so only the message (.eml) was uploaded: the PDF and the attachments come from the companion.',
  openLibrary: 'The folder in the document library:',
};

export function destinationText(language: Language): DestinationText {
  return language === 'sv' ? SV : EN;
}

/** The forward's body: who forwards, and why, in both languages (the registrar may read either). */
export function registrarNote(name: string | undefined): string {
  const who = name?.trim() ? name.trim() : 'Kuvert';
  return [
    `Vidarebefordrat till registratorn för diarieföring av ${who}.`,
    'Det ursprungliga, dekrypterade meddelandet är bifogat (meddelande.eml).',
    '',
    `Forwarded to the registrar for registration by ${who}.`,
    'The original, decrypted message is attached (meddelande.eml).',
    '',
  ].join('\n');
}
