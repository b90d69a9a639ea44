/**
 * The playground's read mode (playground.html?mode=read): an emulated Outlook read window for one
 * received message, served by the fake Graph's inbox, with the real read task pane. The item
 * offers getAsFileAsync (Mailbox 1.14) unless the configuration says to test the Graph fallback.
 */
import { decodeBase64 } from '../core/base64.js';
import { decodeEncodedWords, splitHeaderBlock } from '../core/mime/index.js';
import type { OfficeCallback } from '../addin/office/types.js';
import { startReadpane, type ReadpaneOffice } from '../addin/read/start-readpane.js';
import { displayDialogAsync } from './emulated-office.js';

export interface ReadModeConfig {
  readonly graphBaseUrl: string;
  readonly language: string;
  readonly user: { emailAddress: string; displayName: string };
  readonly companionUrl?: string | false;
  readonly read?: { readonly itemId: string; readonly internetMessageId: string; readonly mime: string; readonly received: string; readonly getAsFile?: boolean };
}

export function startReadMode(config: ReadModeConfig, compose: HTMLElement, pane: HTMLElement): void {
  const read = config.read;
  if (read === undefined) throw new Error('the playground has no message to read');
  compose.hidden = true;
  compose.style.display = 'none';
  const roaming = new Map<string, unknown>();
  const item = {
    itemId: read.itemId,
    internetMessageId: read.internetMessageId,
    ...outerSubject(read.mime),
    dateTimeCreated: new Date(read.received),
    ...(read.getAsFile === false
      ? {}
      : { getAsFileAsync: (cb: OfficeCallback<string>) => setTimeout(() => cb({ status: 'succeeded', value: read.mime }), 0) }),
  };
  const office: ReadpaneOffice = {
    onReady: (callback) => Promise.resolve().then(callback),
    context: {
      displayLanguage: config.language,
      ui: { displayDialogAsync },
      roamingSettings: {
        get: (name) => roaming.get(name),
        set: (name, value) => void roaming.set(name, JSON.parse(JSON.stringify(value)) as unknown),
        saveAsync: (cb) => {
          if (cb) setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
        },
      },
      mailbox: { item, userProfile: config.user, convertToRestId: (id) => id },
    },
  };
  (window as unknown as { Office: unknown }).Office = office;
  startReadpane(pane, office, { graphBaseUrl: config.graphBaseUrl, tokens: { token: () => Promise.resolve('playground-token') }, companionUrl: config.companionUrl ?? false });
}

/** The Subject as Outlook shows it for the received message: its outer header, decoded. */
function outerSubject(mime: string): { subject?: string } {
  try {
    const field = splitHeaderBlock(decodeBase64(mime)).fields.find((f) => f.lowerName === 'subject');
    return field === undefined ? {} : { subject: decodeEncodedWords(field.value) };
  } catch {
    return {};
  }
}
