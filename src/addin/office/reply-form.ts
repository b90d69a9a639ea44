/**
 * No longer used by the read pane: its Reply securely writes in a composer inside the pane
 * (src/addin/read/reply/, docs/secure-reply.md), which can quote the decrypted text without an
 * Outlook draft. Kept only as the Outlook-form variant; it may be removed with its test.
 *
 * Was "Reply securely": opens Outlook's reply form (Mailbox 1.1 `displayReplyForm`) with an empty body.
 * The decrypted text is deliberately not quoted: Outlook saves a reply as a draft in the mailbox,
 * unencrypted, while it is written. The sender's certificate is in the companion's store (harvested
 * from the verified signature), so the compose pane's Send securely can encrypt the reply to it.
 */
import { AddinError } from '../errors.js';

export interface ReplyableItem {
  displayReplyForm?(formData: string | { htmlBody?: string }): void;
  displayReplyAllForm?(formData: string | { htmlBody?: string }): void;
}

export function canReply(item: ReplyableItem | null | undefined): boolean {
  return typeof item?.displayReplyForm === 'function';
}

export function openSecureReply(item: ReplyableItem | null | undefined, all = false): void {
  const available = all ? 'displayReplyAllForm' in (item ?? {}) : canReply(item);
  if (item === null || item === undefined || !available) {
    throw new AddinError('OFFICE_UNAVAILABLE', 'this Outlook cannot open a reply form');
  }
  try {
    // An empty body: never the decrypted text (see above).
    if (all) item.displayReplyAllForm?.({ htmlBody: '' });
    else item.displayReplyForm?.({ htmlBody: '' });
  } catch (error) {
    throw new AddinError('OFFICE_CALL_FAILED', 'displayReplyForm threw', { cause: error });
  }
}
