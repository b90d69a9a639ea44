/**
 * Starts the compose task pane: wires services once (Office's item, the policy, the certificate
 * book, Graph through nested app authentication). Used by index.tsx in Outlook and by the playground.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { DEFAULT_POLICY } from '../../core/policy/index.js';
import { languageOf } from '../i18n/language.js';
import { sendMimeMessage, type TokenSource } from '../office/graph-mail.js';
import { naaTokenSource } from '../office/naa-token.js';
import type { OfficeUserProfile, WritableComposeItem } from '../office/types.js';
import { CertificateBook } from './certificate-status.js';
import { ComposeView } from './ComposeView.js';
import type { TaskpaneServices } from './services.js';

export interface TaskpaneOffice {
  onReady(callback: () => void): unknown;
  readonly context: { readonly displayLanguage?: string; readonly mailbox: { readonly item: WritableComposeItem; readonly userProfile: OfficeUserProfile } };
}

/** Host settings: in Outlook the Entra client id; in the playground a fake Graph, a token source and a store. */
export interface KuvertHostConfig {
  readonly graphBaseUrl?: string;
  readonly tokens?: TokenSource;
  readonly senderCertificate?: Uint8Array;
  readonly clientId?: string;
  /** Certificates already in the local store (DER). */
  readonly storeCertificates?: readonly Uint8Array[];
}

export function startTaskpane(root: HTMLElement, office: TaskpaneOffice, host: KuvertHostConfig = {}): void {
  const certificates = new CertificateBook();
  for (const der of host.storeCertificates ?? []) certificates.add(der, 'store');
  const tokens = host.tokens ?? naaTokenSource({ clientId: host.clientId ?? '00000000-0000-0000-0000-000000000000' });
  const services: TaskpaneServices = {
    language: languageOf(office.context.displayLanguage),
    item: office.context.mailbox.item,
    user: office.context.mailbox.userProfile,
    policy: DEFAULT_POLICY,
    certificates,
    senderCertificate: () => host.senderCertificate,
    sendMime: (mime) => sendMimeMessage(mime, { tokens, ...(host.graphBaseUrl === undefined ? {} : { baseUrl: host.graphBaseUrl }) }),
    pollMs: 3000,
  };
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <ComposeView services={services} />
    </FluentProvider>,
  );
}
