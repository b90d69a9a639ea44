/**
 * Task-pane side of the compose adapter: the draft as Send securely needs it (names, both bodies,
 * attachment bytes, inline images), setting the subject, and closing the draft after a send.
 */
import { decodeBase64 } from '../../core/base64.js';
import type { AttachmentSpec, InlinePartSpec, Mailbox } from '../../core/mime/index.js';
import type { SecureDraft } from '../taskpane/send-securely.js';
import { officeCall } from './office-call.js';
import type { OfficeAttachmentContent, OfficeAttachmentDetails, OfficeEmailAddress, OfficeUserProfile, WritableComposeItem } from './types.js';

export async function readSecureDraft(item: WritableComposeItem, user: OfficeUserProfile): Promise<SecureDraft> {
  const mailboxes = async (field: 'to' | 'cc' | 'bcc'): Promise<Mailbox[]> =>
    (await officeCall<OfficeEmailAddress[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb))).map((r) =>
      r.displayName !== undefined && r.displayName !== r.emailAddress ? { name: r.displayName, address: r.emailAddress } : { address: r.emailAddress },
    );
  const [to, cc, bcc, subject, html, text, details] = await Promise.all([
    mailboxes('to'),
    mailboxes('cc'),
    mailboxes('bcc'),
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    officeCall<string>('body.getAsync(html)', (cb) => item.body.getAsync('html', cb)),
    officeCall<string>('body.getAsync(text)', (cb) => item.body.getAsync('text', cb)),
    officeCall<OfficeAttachmentDetails[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync(cb)),
  ]);
  const inline: InlinePartSpec[] = [];
  const attachments: AttachmentSpec[] = [];
  for (const attachment of details) {
    // Every attachment is read in full: one that cannot be read stops the send (the call throws).
    const content = await officeCall<OfficeAttachmentContent>('getAttachmentContentAsync', (cb) => item.getAttachmentContentAsync(attachment.id, cb));
    if (content.format !== 'base64') throw new Error(`attachment format ${content.format} cannot be sent securely`);
    const bytes = decodeBase64(content.content);
    const contentType = attachment.contentType ?? 'application/octet-stream';
    const cid = attachment.isInline === true ? contentIdFor(html, attachment.name) : undefined;
    if (cid !== undefined) inline.push({ contentId: cid, contentType, content: bytes, filename: attachment.name });
    else attachments.push({ filename: attachment.name, contentType, content: bytes });
  }
  return { from: { name: user.displayName, address: user.emailAddress }, to, cc, bcc, subject, html, text, inline, attachments };
}

/** Outlook's HTML names inline images `cid:<file name>@<id>`; find the one for this file. */
function contentIdFor(html: string, name: string): string | undefined {
  for (const match of html.matchAll(/cid:([^"'\s>]+)/g)) {
    const cid = match[1] ?? '';
    if (cid.toLowerCase().startsWith(`${name.toLowerCase()}@`) || cid.toLowerCase() === name.toLowerCase()) return cid;
  }
  return undefined;
}

export function setSubject(item: WritableComposeItem, subject: string): Promise<void> {
  return officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(subject, cb));
}

export function closeDraft(item: WritableComposeItem): Promise<void> {
  item.close();
  return Promise.resolve();
}
