/** The read pane's words, Swedish and English: status, signer verdicts, storage, errors by code. */
import type { Language } from '../i18n/language.js';
import type { EncryptedFor } from '../companion/card-decryptor.js';
import type { LayerKind, MessageKind } from './message-layers.js';
import type { RevocationView, SignerView } from './signer-panel.js';

export interface ReadText {
  readonly title: string;
  kind(kind: MessageKind, layers: number): string;
  /** After opening: what the message was, from its layers. */
  opened(layers: readonly LayerKind[]): string;
  readonly decrypt: string;
  readonly decrypting: string;
  readonly pinAsked: string;
  readonly signerHeading: string;
  verdict(view: SignerView): string;
  readonly labels: { readonly name: string; readonly hsaId: string; readonly organization: string; readonly email: string; readonly issuer: string; readonly validity: string; readonly revocation: string };
  revocation(state: RevocationView, revokedAt: string | null): string;
  readonly senderMismatch: string;
  readonly storageHeading: string;
  readonly storageExplain: string;
  readonly save: string;
  readonly saving: string;
  readonly noDestinations: string;
  readonly storageNeedsCompanion: string;
  receipt(path: string): string;
  readonly deleteMail: string;
  readonly deleted: string;
  readonly remindersHeading: string;
  readonly dismiss: string;
  readonly dismissReason: string;
  error(code: string, detail?: { readonly companionCode?: string; readonly encryptedFor?: readonly EncryptedFor[] }): string;
}

function when(iso: string | null, language: Language): string {
  if (iso === null) return '?';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

const who = (view: SignerView): string => [view.name ?? view.email ?? '?', view.hsaId ? `(${view.hsaId})` : ''].filter(Boolean).join(' ');

const certificateSv = (e: EncryptedFor): string =>
  e.issuer !== undefined ? `certifikatet från utfärdaren ${e.issuer} med serienummer ${e.serialNumber ?? '?'}` : `certifikatet med nyckel-id ${e.subjectKeyIdentifier ?? '?'}`;
const certificateEn = (e: EncryptedFor): string =>
  e.issuer !== undefined ? `the certificate from issuer ${e.issuer} with serial number ${e.serialNumber ?? '?'}` : `the certificate with key id ${e.subjectKeyIdentifier ?? '?'}`;

const SV_ERRORS: Record<string, string> = {
  COMPANION_UNREACHABLE: 'Kuvert-tjänsten svarar inte på den här datorn. Starta den och försök igen.',
  COMPANION_NOT_PAIRED: 'Kuvert är inte anslutet till Kuvert-tjänsten. Anslut med koden som tjänsten visar.',
  NO_DECRYPTION_CARD: 'Inget kort är isatt. Sätt i ditt kort och försök igen.',
  NO_CARD: 'Inget kort är isatt. Sätt i ditt kort och försök igen.',
  CARD_LOCKED: 'Kortet är låst efter för många felaktiga PIN-försök. Kontakta din korthandläggare.',
  CARD_SESSION_CLOSED: 'Kortsessionen stängdes (tidsgräns, kortet togs ut eller utloggning). Dekryptera igen.',
  CARD_LOGIN_FAILED: 'Inloggningen på kortet blev inte klar (PIN-fönstret stängdes eller tiden gick ut).',
  PIN_DIALOG_FAILED: 'PIN-fönstret kunde inte öppnas.',
  MESSAGE_UNAVAILABLE: 'Meddelandet kunde inte läsas från brevlådan.',
  DECRYPT_FAILED: 'Meddelandet kunde inte dekrypteras: det är skadat eller ändrat.',
  GRAPH_DELETE_FAILED: 'Meddelandet kunde inte flyttas till Borttaget.',
  GRAPH_AUTH_FAILED: 'Ingen inloggning till Microsoft 365 kunde göras.',
  COMPANION_REFUSED: 'Kuvert-tjänsten nekade begäran.',
  // destinations (issue 8)
  GRAPH_DRIVE_DENIED: 'Microsoft 365 nekade åtkomst till dokumentbiblioteket. Kontakta din administratör.',
  GRAPH_DRIVE_CONFLICT: 'Det finns redan en fil eller mapp med samma namn i dokumentbiblioteket. Inget skrevs över.',
  GRAPH_DRIVE_UPLOAD_FAILED: 'Uppladdningen till dokumentbiblioteket misslyckades. Försök igen.',
  REGISTRAR_CERTIFICATE_UNAVAILABLE: 'Inget giltigt certifikat för registratorn hittades, så inget vidarebefordrades. Kontakta din administratör.',
  NO_SENDER_CERTIFICATE: 'Ditt kort har inget krypteringscertifikat, så inget vidarebefordrades.',
  GRAPH_SEND_FAILED: 'Microsoft 365 tog inte emot meddelandet. Inget skickades.',
  GRAPH_UPLOAD_FAILED: 'Microsoft 365 tog inte emot meddelandet. Inget skickades.',
  DESTINATION_NOT_FOLDER: 'Den lagringsplatsen är ingen mapp som Kuvert-tjänsten skriver till.',
  ENCRYPT_FAILED: 'Meddelandet kunde inte krypteras. Inget skickades.',
};

const EN_ERRORS: Record<string, string> = {
  COMPANION_UNREACHABLE: 'The Kuvert companion does not answer on this computer. Start it and try again.',
  COMPANION_NOT_PAIRED: 'Kuvert is not connected to the Kuvert companion. Connect with the code the companion shows.',
  NO_DECRYPTION_CARD: 'No card is inserted. Insert your card and try again.',
  NO_CARD: 'No card is inserted. Insert your card and try again.',
  CARD_LOCKED: 'The card is locked after too many wrong PINs. Contact your card administrator.',
  CARD_SESSION_CLOSED: 'The card session closed (timed out, card removed or logged out). Decrypt again.',
  CARD_LOGIN_FAILED: 'The card login did not finish (the PIN window was closed or time ran out).',
  PIN_DIALOG_FAILED: 'The PIN window could not be opened.',
  MESSAGE_UNAVAILABLE: 'The message could not be read from the mailbox.',
  DECRYPT_FAILED: 'The message could not be decrypted: it is damaged or was changed.',
  GRAPH_DELETE_FAILED: 'The message could not be moved to Deleted Items.',
  GRAPH_AUTH_FAILED: 'No Microsoft 365 sign-in could be made.',
  COMPANION_REFUSED: 'The Kuvert companion refused the request.',
  // destinations (issue 8)
  GRAPH_DRIVE_DENIED: 'Microsoft 365 refused access to the document library. Contact your administrator.',
  GRAPH_DRIVE_CONFLICT: 'A file or folder of that name already exists in the document library. Nothing was overwritten.',
  GRAPH_DRIVE_UPLOAD_FAILED: 'The upload to the document library failed. Try again.',
  REGISTRAR_CERTIFICATE_UNAVAILABLE: "No valid certificate of the registrar was found, so nothing was forwarded. Contact your administrator.",
  NO_SENDER_CERTIFICATE: 'Your card has no encryption certificate, so nothing was forwarded.',
  GRAPH_SEND_FAILED: 'Microsoft 365 did not accept the message. Nothing was sent.',
  GRAPH_UPLOAD_FAILED: 'Microsoft 365 did not accept the message. Nothing was sent.',
  DESTINATION_NOT_FOLDER: 'That destination is not a folder the Kuvert companion writes to.',
  ENCRYPT_FAILED: 'The message could not be encrypted. Nothing was sent.',
};

const SV: ReadText = {
  title: 'Kuvert – läs säkert',
  kind: (kind, layers) =>
    ({
      encrypted: layers > 1 ? 'Meddelandet är krypterat (och kan vara signerat inuti).' : 'Meddelandet är krypterat.',
      'signed-detached': 'Meddelandet är signerat.',
      'signed-opaque': 'Meddelandet är signerat.',
      none: 'Meddelandet är varken krypterat eller signerat.',
    })[kind],
  opened: (layers) => {
    const encrypted = layers.includes('encrypted');
    const signed = layers.some((l) => l !== 'encrypted');
    if (encrypted) return signed ? 'Meddelandet var krypterat och signerat.' : 'Meddelandet var krypterat men inte signerat.';
    return signed ? 'Meddelandet är signerat.' : 'Meddelandet är varken krypterat eller signerat.';
  },
  decrypt: 'Dekryptera med kort',
  decrypting: 'Dekrypterar…',
  pinAsked: 'Skriv din PIN-kod i Kuvert-tjänstens fönster.',
  signerHeading: 'Undertecknare',
  verdict: (view) => {
    switch (view.verdict) {
      case 'valid':
        return `Signerat av ${who(view)} den ${when(view.signingTime, 'sv')}.`;
      case 'valid-unchecked':
        return `Signerat av ${who(view)} den ${when(view.signingTime, 'sv')}. Certifikatkedja och spärrstatus är inte kontrollerade (Kuvert-tjänsten är inte ansluten).`;
      case 'changed':
        return 'Signaturen är ogiltig: meddelandet har ändrats.';
      case 'unknown-issuer':
        return 'Okänd utfärdare: certifikatet kommer inte från en betrodd utfärdare.';
      case 'revoked':
        return 'Undertecknarens certifikat är spärrat.';
      case 'expired':
        return 'Undertecknarens certifikat var inte giltigt när meddelandet signerades.';
      case 'untrusted':
        return `Signaturen kan inte godtas (${view.code ?? '?'}).`;
      case 'unknown-signer':
        return 'Undertecknarens certifikat finns inte i meddelandet.';
    }
  },
  labels: { name: 'Namn', hsaId: 'HSA-id', organization: 'Organisation', email: 'E-post', issuer: 'Utfärdare', validity: 'Giltigt', revocation: 'Spärrstatus' },
  revocation: (state, revokedAt) =>
    ({
      good: 'inte spärrat (kontrollerat)',
      revoked: `spärrat${revokedAt ? ` sedan ${when(revokedAt, 'sv')}` : ''}`,
      unknown: 'okänt för utfärdaren',
      'not-checked': 'inte kontrollerat',
      unavailable: 'kunde inte kontrolleras (spärrtjänsten svarade inte)',
      'not-checked-no-companion': 'inte kontrollerat (Kuvert-tjänsten är inte ansluten)',
    })[state],
  senderMismatch: 'Avsändaradressen stämmer inte med certifikatets e-postadress.',
  storageHeading: 'Flytta till godkänd lagring',
  storageExplain: 'Kryptering skyddar bara överföringen. Spara innehållet i en godkänd lagring och radera sedan mejlet ur brevlådan.',
  save: 'Spara',
  saving: 'Sparar…',
  noDestinations: 'Ingen godkänd lagring är inställd. Kontakta din administratör.',
  storageNeedsCompanion: 'Anslut Kuvert-tjänsten ovan för att kunna spara i godkänd lagring.',
  receipt: (path) => `Sparat i ${path}:`,
  deleteMail: 'Radera mejlet ur brevlådan',
  deleted: 'Mejlet är flyttat till Borttaget.',
  remindersHeading: 'Dekrypterade men inte flyttade',
  dismiss: 'Ta bort från listan',
  dismissReason: 'Skäl',
  error: (code, detail) => {
    if (code === 'WRONG_CARD') {
      const list = (detail?.encryptedFor ?? []).map(certificateSv).join('; ');
      return `Fel kort: meddelandet är inte krypterat till något certifikat på ditt kort. Det är krypterat till: ${list || 'okänt'}.`;
    }
    if (code === 'COMPANION_REFUSED' && detail?.companionCode === 'KEY_OPERATION_FAILED') return 'Ditt kort kan inte dekryptera meddelandet: det stöder inte nyckelalgoritmen som avsändaren använde.';
    if (code === 'CARD_LOGIN_FAILED' && detail?.companionCode === 'PIN_FINAL_TRY') return 'Fel PIN-kod. Ett försök återstår innan kortet låses.';
    if (code === 'CARD_LOGIN_FAILED' && detail?.companionCode === 'PIN_COUNT_LOW') return 'Fel PIN-kod. Få försök återstår innan kortet låses.';
    return SV_ERRORS[code] ?? `Något gick fel (${code}).`;
  },
};

const EN: ReadText = {
  title: 'Kuvert – read securely',
  kind: (kind, layers) =>
    ({
      encrypted: layers > 1 ? 'The message is encrypted (and may be signed inside).' : 'The message is encrypted.',
      'signed-detached': 'The message is signed.',
      'signed-opaque': 'The message is signed.',
      none: 'The message is neither encrypted nor signed.',
    })[kind],
  opened: (layers) => {
    const encrypted = layers.includes('encrypted');
    const signed = layers.some((l) => l !== 'encrypted');
    if (encrypted) return signed ? 'The message was encrypted and signed.' : 'The message was encrypted but not signed.';
    return signed ? 'The message is signed.' : 'The message is neither encrypted nor signed.';
  },
  decrypt: 'Decrypt with card',
  decrypting: 'Decrypting…',
  pinAsked: 'Type your PIN in the Kuvert companion window.',
  signerHeading: 'Signer',
  verdict: (view) => {
    switch (view.verdict) {
      case 'valid':
        return `Signed by ${who(view)} at ${when(view.signingTime, 'en')}.`;
      case 'valid-unchecked':
        return `Signed by ${who(view)} at ${when(view.signingTime, 'en')}. The certificate chain and revocation were not checked (the Kuvert companion is not connected).`;
      case 'changed':
        return 'Signature invalid: the message was changed.';
      case 'unknown-issuer':
        return 'Unknown issuer: the certificate does not come from a trusted issuer.';
      case 'revoked':
        return "The signer's certificate is revoked.";
      case 'expired':
        return "The signer's certificate was not valid when the message was signed.";
      case 'untrusted':
        return `The signature cannot be accepted (${view.code ?? '?'}).`;
      case 'unknown-signer':
        return "The signer's certificate is not in the message.";
    }
  },
  labels: { name: 'Name', hsaId: 'HSA-id', organization: 'Organisation', email: 'E-mail', issuer: 'Issuer', validity: 'Valid', revocation: 'Revocation' },
  revocation: (state, revokedAt) =>
    ({
      good: 'not revoked (checked)',
      revoked: `revoked${revokedAt ? ` since ${when(revokedAt, 'en')}` : ''}`,
      unknown: 'unknown to the issuer',
      'not-checked': 'not checked',
      unavailable: 'could not be checked (the revocation service did not answer)',
      'not-checked-no-companion': 'not checked (the Kuvert companion is not connected)',
    })[state],
  senderMismatch: "The sender's address does not match the certificate's e-mail address.",
  storageHeading: 'Move to approved storage',
  storageExplain: 'Encryption only protects the transfer. Save the content to approved storage, then delete the mail from the mailbox.',
  save: 'Save',
  saving: 'Saving…',
  noDestinations: 'No approved storage is configured. Contact your administrator.',
  storageNeedsCompanion: 'Connect the Kuvert companion above to save to approved storage.',
  receipt: (path) => `Saved in ${path}:`,
  deleteMail: 'Delete the mail from the mailbox',
  deleted: 'The mail was moved to Deleted Items.',
  remindersHeading: 'Decrypted but not moved',
  dismiss: 'Remove from the list',
  dismissReason: 'Reason',
  error: (code, detail) => {
    if (code === 'WRONG_CARD') {
      const list = (detail?.encryptedFor ?? []).map(certificateEn).join('; ');
      return `Wrong card: the message is not encrypted for any certificate on your card. It is encrypted for: ${list || 'unknown'}.`;
    }
    if (code === 'COMPANION_REFUSED' && detail?.companionCode === 'KEY_OPERATION_FAILED') return 'Your card cannot decrypt this message: it does not support the key algorithm the sender used.';
    if (code === 'CARD_LOGIN_FAILED' && detail?.companionCode === 'PIN_FINAL_TRY') return 'Wrong PIN. One try is left before the card locks.';
    if (code === 'CARD_LOGIN_FAILED' && detail?.companionCode === 'PIN_COUNT_LOW') return 'Wrong PIN. Few tries are left before the card locks.';
    return EN_ERRORS[code] ?? `Something went wrong (${code}).`;
  },
};

export function readText(language: Language): ReadText {
  return language === 'sv' ? SV : EN;
}

/** The error's text with the details the typed errors carry (wrong card's certificates, PIN tries). */
export function errorText(text: ReadText, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'INTERNAL';
  const companionCode = typeof error === 'object' && error !== null && 'companionCode' in error && typeof error.companionCode === 'string' ? error.companionCode : undefined;
  const encryptedFor = typeof error === 'object' && error !== null && 'encryptedFor' in error && Array.isArray(error.encryptedFor) ? (error.encryptedFor as EncryptedFor[]) : undefined;
  return text.error(code, { ...(companionCode === undefined ? {} : { companionCode }), ...(encryptedFor === undefined ? {} : { encryptedFor }) });
}
