/**
 * Starts the compose task pane: wires services once (Office's item, the companion, the policy, the
 * certificate book, Graph through nested app authentication). Used by index.tsx in Outlook and by
 * the playground.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { DEFAULT_EXTRACTION_LIMITS } from '../../core/classify/index.js';
import { DEFAULT_POLICY } from '../../core/policy/index.js';
import { CompanionClient } from '../companion/companion-client.js';
import type { DialogHost } from '../companion/pin-dialog.js';
import { loadPolicy } from '../companion/policy-source.js';
import { localTokenStore } from '../companion/token-store.js';
import { rememberingRunner, webWorkerRunner } from '../extraction/web-worker-runner.js';
import { languageOf } from '../i18n/language.js';
import { sendMimeMessage, type TokenSource } from '../office/graph-mail.js';
import type { EventfulItem, Requirements } from '../office/item-events.js';
import type { RoamingSettings } from '../office/policy-roaming.js';
import { naaTokenSource } from '../office/naa-token.js';
import type { OfficeUserProfile, WritableComposeItem } from '../office/types.js';
import { CertificateBook } from './certificate-status.js';
import { ComposeView } from './ComposeView.js';
import type { TaskpaneServices } from './services.js';

export interface TaskpaneOffice extends DialogHost {
  onReady(callback: () => void): unknown;
  readonly context: DialogHost['context'] & {
    readonly displayLanguage?: string;
    readonly requirements?: Requirements;
    readonly roamingSettings?: RoamingSettings;
    readonly mailbox: { readonly item: WritableComposeItem & EventfulItem; readonly userProfile: OfficeUserProfile };
  };
}

/** Host settings: in Outlook the Entra client id; in the playground a fake Graph, a token source and a store. */
export interface KuvertHostConfig {
  readonly graphBaseUrl?: string;
  readonly tokens?: TokenSource;
  readonly senderCertificate?: Uint8Array;
  readonly clientId?: string;
  /** Entra authority for NAA (default https://login.microsoftonline.com/common). */
  readonly authority?: string;
  /** Certificates already in the local store (DER). */
  readonly storeCertificates?: readonly Uint8Array[];
  /** The companion's address (default https://127.0.0.1:47111); `false` runs without it. */
  readonly companionUrl?: string | false;
  /** Where policy.json is looked for (default next to the task pane). */
  readonly policyUrl?: string;
  /** Force Graph's upload route above this many base64 characters (tests). */
  readonly maxSendMailBytes?: number;
  /** Time limit for one PDF/Office attachment (ms; default core's 10 s). */
  readonly extractionTimeoutMs?: number;
}

export function startTaskpane(root: HTMLElement, office: TaskpaneOffice, host: KuvertHostConfig = {}): void {
  const certificates = new CertificateBook();
  for (const der of host.storeCertificates ?? []) certificates.add(der, 'store');
  const tokens = host.tokens ?? naaTokenSource({ clientId: host.clientId ?? '00000000-0000-0000-0000-000000000000', ...(host.authority === undefined ? {} : { authority: host.authority }) });
  const companionUrl = host.companionUrl === false ? undefined : (host.companionUrl ?? 'https://127.0.0.1:47111');
  const companion = companionUrl === undefined ? undefined : new CompanionClient({ baseUrl: companionUrl, tokens: localTokenStore(companionUrl) });
  const services: TaskpaneServices = {
    language: languageOf(office.context.displayLanguage),
    item: office.context.mailbox.item,
    user: office.context.mailbox.userProfile,
    policy: DEFAULT_POLICY,
    loadPolicy: () => loadPolicy({ companion, policyUrl: host.policyUrl }),
    certificates,
    companion,
    dialogs: office,
    requirements: office.context.requirements,
    roaming: office.context.roamingSettings,
    senderCertificate: () => host.senderCertificate,
    sendMime: (mime, envelope) =>
      sendMimeMessage(mime, envelope, {
        tokens,
        ...(host.graphBaseUrl === undefined ? {} : { baseUrl: host.graphBaseUrl }),
        ...(host.maxSendMailBytes === undefined ? {} : { maxSendMailBytes: host.maxSendMailBytes }),
      }),
    extraction: rememberingRunner(webWorkerRunner()),
    extractionLimits: { ...DEFAULT_EXTRACTION_LIMITS, ...(host.extractionTimeoutMs === undefined ? {} : { timeoutMs: host.extractionTimeoutMs }) },
    pollMs: 3000,
  };
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <ComposeView services={services} />
    </FluentProvider>,
  );
}
