/** Everything the read task pane talks to, wired once in start-readpane.tsx (Outlook or the playground). */
import type { CompanionClient } from '../companion/companion-client.js';
import type { DialogHost } from '../companion/pin-dialog.js';
import type { Language } from '../i18n/language.js';
import type { GraphReadOptions, ReadMailbox } from '../office/message-source.js';
import type { RoamingSettings } from '../office/policy-roaming.js';
import type { OfficeUserProfile } from '../office/types.js';

export interface ReadServices {
  readonly language: Language;
  readonly mailbox: ReadMailbox;
  readonly user: OfficeUserProfile;
  /** The companion client; undefined when the host has none configured. */
  readonly companion: CompanionClient | undefined;
  /** Office itself, for the PIN dialog. */
  readonly dialogs: DialogHost;
  /** Where the reminder list lives (ids and received times only). */
  readonly roaming: RoamingSettings | undefined;
  /** Graph, for the $value fallback and the move to Deleted Items; undefined without a token source. */
  readonly graph: GraphReadOptions | undefined;
  /** The user's own encryption certificate (DER), when the host knows it; else the card's is used. */
  readonly senderCertificate?: Uint8Array;
  /** How often the card session is polled while the PIN is typed (ms). */
  readonly pinPollMs?: number;
}
