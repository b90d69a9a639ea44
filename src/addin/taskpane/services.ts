/** Everything the compose task pane talks to, wired once in index.tsx (or by the playground). */
import type { Policy } from '../../core/policy/index.js';
import type { Language } from '../i18n/language.js';
import type { OfficeUserProfile, WritableComposeItem } from '../office/types.js';
import type { CertificateBook } from './certificate-status.js';

export interface TaskpaneServices {
  readonly language: Language;
  readonly item: WritableComposeItem;
  readonly user: OfficeUserProfile;
  readonly policy: Policy;
  readonly certificates: CertificateBook;
  /** The sender's own encryption certificate (DER), so Sent Items stays readable. */
  senderCertificate(): Uint8Array | undefined;
  /** Sends finished MIME (Graph sendMail). */
  sendMime(mime: Uint8Array): Promise<void>;
  /** How often the live verdict is refreshed while the pane is open (ms). */
  readonly pollMs: number;
}
