/** Everything the compose task pane talks to, wired once in start-taskpane.tsx (Outlook or the playground). */
import type { ExtractionLimits } from '../../core/classify/index.js';
import type { ExtractionRunner } from '../../core/classify/extract/runner.js';
import type { Policy } from '../../core/policy/index.js';
import type { CompanionClient } from '../companion/companion-client.js';
import type { DialogHost } from '../companion/pin-dialog.js';
import type { LoadedPolicy } from '../companion/policy-source.js';
import type { Language } from '../i18n/language.js';
import type { MailEnvelope } from '../office/graph-mail.js';
import type { EventfulItem, Requirements } from '../office/item-events.js';
import type { RoamingSettings } from '../office/policy-roaming.js';
import type { OfficeUserProfile, WritableComposeItem } from '../office/types.js';
import type { CertificateBook } from './certificate-status.js';

export interface TaskpaneServices {
  readonly language: Language;
  readonly item: WritableComposeItem & EventfulItem;
  readonly user: OfficeUserProfile;
  /** The policy until loadPolicy answered (the bundled default). */
  readonly policy: Policy;
  /** Companion, policy.json, else the bundled default (companion/policy-source.ts). */
  loadPolicy(): Promise<LoadedPolicy>;
  readonly certificates: CertificateBook;
  /** The companion client; undefined when the host has none configured. */
  readonly companion: CompanionClient | undefined;
  /** Office itself, for the PIN dialog. */
  readonly dialogs: DialogHost;
  readonly requirements: Requirements | undefined;
  /** Where the validated organisation policy is left for the on-send handler. */
  readonly roaming: RoamingSettings | undefined;
  /** The sender's own encryption certificate (DER) from the host configuration, if any. */
  senderCertificate(): Uint8Array | undefined;
  /** Sends finished MIME through Graph (sendMail, or the upload route when large). */
  sendMime(mime: Uint8Array, envelope: MailEnvelope): Promise<unknown>;
  /** Where PDF and OOXML/ODF attachments are parsed (a Web Worker, terminated at the time limit). */
  readonly extraction: ExtractionRunner;
  readonly extractionLimits: ExtractionLimits;
  /** How often subject and body are re-read while the pane is open (ms). */
  readonly pollMs: number;
}
