/**
 * Reads a compose-mode draft through Office.js into core's Draft: subject, body (HTML, whose text
 * core extracts, so hidden text counts too; plain text when HTML cannot be had), recipients and
 * attachment content. An attachment Kuvert cannot fetch stays in the draft without bytes, so core
 * reports it as uninspectable instead of passing it.
 */
import type { AttachmentInput, Draft } from '../../core/classify/index.js';
import { decodeBase64 } from '../../core/base64.js';
import { utf8 } from '../../core/bytes.js';
import { officeCall } from './office-call.js';
import type { ComposeItem, OfficeAttachmentContent, OfficeAttachmentDetails, OfficeEmailAddress } from './types.js';

export interface ReadDraftOptions {
  /** Attachments above this size (bytes, as Outlook reports it) are not fetched. */
  readonly maxAttachmentBytes: number;
  /**
   * Attachment contents already read, by id, name and size: the task pane keeps them while Outlook
   * reports no AttachmentsChanged, so polling re-reads only subject, body and recipients.
   */
  readonly attachmentCache?: Map<string, AttachmentInput>;
}

export async function readComposeDraft(item: ComposeItem, options: ReadDraftOptions): Promise<Draft> {
  const [subject, body, recipients, attachments] = await Promise.all([
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    readBody(item),
    readRecipients(item),
    officeCall<OfficeAttachmentDetails[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync(cb)),
  ]);
  const inputs: AttachmentInput[] = [];
  const cache = options.attachmentCache;
  const seen = new Set<string>();
  for (const attachment of attachments) {
    const key = `${attachment.id}\u0000${attachment.name}\u0000${attachment.size}`;
    seen.add(key);
    const input = cache?.get(key) ?? (await readAttachment(item, attachment, options));
    // Only content actually read is kept: an unreadable one is tried again next time.
    if (cache !== undefined && input.bytes !== undefined) cache.set(key, input);
    inputs.push(input);
  }
  if (cache !== undefined) for (const key of [...cache.keys()]) if (!seen.has(key)) cache.delete(key);
  return { subject, body: body.text, bodyType: body.type, recipients, attachments: inputs };
}

async function readBody(item: ComposeItem): Promise<{ text: string; type: 'html' | 'text' }> {
  try {
    return { text: await officeCall<string>('body.getAsync(html)', (cb) => item.body.getAsync('html', cb)), type: 'html' };
  } catch {
    return { text: await officeCall<string>('body.getAsync(text)', (cb) => item.body.getAsync('text', cb)), type: 'text' };
  }
}

/** To, Cc and Bcc addresses, lower-cased (the policy's internal-domain rule compares domains). */
export async function readRecipients(item: ComposeItem): Promise<string[]> {
  const lists = await Promise.all(
    (['to', 'cc', 'bcc'] as const).map((field) => officeCall<OfficeEmailAddress[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb))),
  );
  return lists.flat().map((r) => r.emailAddress.toLowerCase());
}

async function readAttachment(item: ComposeItem, details: OfficeAttachmentDetails, options: ReadDraftOptions): Promise<AttachmentInput> {
  const base = { name: details.name, ...(details.contentType === undefined ? {} : { contentType: details.contentType }) };
  if (details.size > options.maxAttachmentBytes) return base;
  try {
    return attachmentInput(base, await officeCall('getAttachmentContentAsync', (cb) => item.getAttachmentContentAsync(details.id, cb)));
  } catch {
    return base; // unreadable content: core reports it as uninspectable and the policy decides
  }
}

function attachmentInput(base: AttachmentInput, content: OfficeAttachmentContent): AttachmentInput {
  switch (content.format) {
    case 'base64':
      return { ...base, bytes: decodeBase64(content.content) };
    case 'eml':
      return { ...base, contentType: 'message/rfc822', bytes: utf8(content.content) };
    case 'iCalendar':
      return { ...base, contentType: 'text/calendar', bytes: utf8(content.content) };
    default:
      // A cloud link ("url"): the file is not in the mail and Kuvert cannot read it.
      return base;
  }
}
