/**
 * Starts the read task pane: wires services once (the open message, the companion, Graph through
 * nested app authentication, roaming settings for reminders). Used by index.tsx in Outlook and by
 * the playground.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { CompanionClient } from '../companion/companion-client.js';
import type { DialogHost } from '../companion/pin-dialog.js';
import { localTokenStore } from '../companion/token-store.js';
import { languageOf } from '../i18n/language.js';
import type { ReadMailbox } from '../office/message-source.js';
import { naaTokenSource } from '../office/naa-token.js';
import type { RoamingSettings } from '../office/policy-roaming.js';
import type { OfficeUserProfile } from '../office/types.js';
import type { KuvertHostConfig } from '../taskpane/start-taskpane.js';
import { ReadView } from './ReadView.js';
import type { ReadServices } from './services.js';

export interface ReadpaneOffice extends DialogHost {
  onReady(callback: () => void): unknown;
  readonly context: DialogHost['context'] & {
    readonly displayLanguage?: string;
    readonly roamingSettings?: RoamingSettings;
    readonly mailbox: ReadMailbox & { readonly userProfile: OfficeUserProfile };
  };
}

export function readServices(office: ReadpaneOffice, host: KuvertHostConfig = {}): ReadServices {
  const tokens = host.tokens ?? naaTokenSource({ clientId: host.clientId ?? '00000000-0000-0000-0000-000000000000', ...(host.authority === undefined ? {} : { authority: host.authority }) });
  const companionUrl = host.companionUrl === false ? undefined : (host.companionUrl ?? 'https://127.0.0.1:47111');
  return {
    language: languageOf(office.context.displayLanguage),
    mailbox: office.context.mailbox,
    user: office.context.mailbox.userProfile,
    companion: companionUrl === undefined ? undefined : new CompanionClient({ baseUrl: companionUrl, tokens: localTokenStore(companionUrl) }),
    dialogs: office,
    roaming: office.context.roamingSettings,
    graph: { tokens, ...(host.graphBaseUrl === undefined ? {} : { baseUrl: host.graphBaseUrl }) },
    ...(host.senderCertificate === undefined ? {} : { senderCertificate: host.senderCertificate }),
  };
}

export function startReadpane(root: HTMLElement, office: ReadpaneOffice, host: KuvertHostConfig = {}): void {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <ReadView services={readServices(office, host)} />
    </FluentProvider>,
  );
}
