/**
 * What a reply needs from the decrypted message: the outer header fields (From, Reply-To, To, Cc,
 * Subject, Date, Message-ID, References) and the body as plain text. Held in memory only.
 *
 * Plain text comes from the text parts, else from the HTML part through core's linear tag
 * stripper (markup.ts), never through a DOM: nothing of the HTML is parsed or run by the browser.
 */
import { addressParser } from 'postal-mime';
import { htmlToText } from '../../../core/classify/extract/markup.js';
import { decodeEncodedWords, splitHeaderBlock, type Mailbox } from '../../../core/mime/index.js';
import type { AttachmentItem, MessageContent } from '../content/index.js';

export interface OriginalMessage {
  readonly from: readonly Mailbox[];
  readonly replyTo: readonly Mailbox[];
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  readonly date: Date | undefined;
  /** Without angle brackets; undefined when absent or not a valid msg-id. */
  readonly messageId: string | undefined;
  readonly references: readonly string[];
  readonly text: string;
  readonly attachments: readonly AttachmentItem[];
}

/** RFC 5322 §3.6.4 msg-id (id-left "@" id-right), the form core/mime's builder accepts. */
const MSG_ID = /^[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x5a\x5e-\x7e]+$/u;
const ADDR_SPEC = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$/u;
const MAX_REFERENCES = 20;

/**
 * `readable` is the decrypted message with its outer header fields (OpenedMessage.readable);
 * `fallbackMessageId` is Outlook's internetMessageId, used when the header has none.
 */
export function originalMessage(readable: Uint8Array, content: MessageContent, fallbackMessageId?: string): OriginalMessage {
  const fields = splitHeaderBlock(readable).fields;
  const field = (name: string): string | undefined => fields.find((f) => f.lowerName === name)?.value;
  const date = field('date');
  const parsedDate = date === undefined ? Number.NaN : Date.parse(date);
  const messageId = messageIds(field('message-id'))[0] ?? messageIds(fallbackMessageId)[0];
  return {
    from: mailboxes(field('from')),
    replyTo: mailboxes(field('reply-to')),
    to: mailboxes(field('to')),
    cc: mailboxes(field('cc')),
    subject: decodeEncodedWords(field('subject') ?? '').trim(),
    date: Number.isNaN(parsedDate) ? undefined : new Date(parsedDate),
    messageId,
    references: messageIds(field('references')).slice(-MAX_REFERENCES),
    text: plainTextOf(content),
    attachments: content.attachments,
  };
}

/** An address field as mailboxes (groups flattened); entries that are not a plain addr-spec are left out. */
export function mailboxes(value: string | undefined): Mailbox[] {
  if (value === undefined || value.trim() === '') return [];
  return addressParser(value, { flatten: true }).flatMap((entry) => {
    const address = 'address' in entry && typeof entry.address === 'string' ? entry.address.trim() : '';
    if (!ADDR_SPEC.test(address)) return [];
    const name = entry.name.trim();
    return [name === '' || name === address ? { address } : { name, address }];
  });
}

/** What the user typed in To or Cc: the mailboxes, and each entry that is not an address (to name it). */
export function addressInput(value: string): { readonly mailboxes: Mailbox[]; readonly bad: string[] } {
  if (value.trim() === '') return { mailboxes: [], bad: [] };
  const parsed = addressParser(value, { flatten: true });
  const bad = parsed.filter((e) => !ADDR_SPEC.test((e.address ?? '').trim())).map((e) => (e.address ?? e.name).trim() || e.name);
  return { mailboxes: mailboxes(value), bad: bad.filter((b) => b !== '') };
}

/** The msg-ids in a Message-ID, In-Reply-To or References value, without angle brackets. */
export function messageIds(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = [...value.matchAll(/<([^<>\s]+)>/gu)].map((m) => m[1]!);
  const bare = value.trim();
  if (ids.length === 0 && MSG_ID.test(bare)) ids.push(bare);
  return ids.filter((id) => MSG_ID.test(id));
}

/** Every body part as plain text, in order: text as it is, HTML through the tag stripper. */
export function plainTextOf(content: MessageContent): string {
  const parts = content.bodies.map((part) => (part.kind === 'text' ? part.text : htmlAsText(part.html)));
  return tidyLines(parts.join('\n\n'));
}

/** Source line breaks and indentation of HTML mean nothing: collapsed first; block ends make the lines. */
function htmlAsText(html: string): string {
  return htmlToText(html.replace(/\s+/gu, ' '))
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');
}

/** LF line ends, no trailing blanks, at most one empty line in a row, none at either end. Linear. */
function tidyLines(text: string): string {
  const out: string[] = [];
  let empty = 0;
  for (const raw of text.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = trimEnd(raw);
    if (line.trim() === '') {
      empty += 1;
      continue;
    }
    if (out.length > 0 && empty > 0) out.push('');
    empty = 0;
    out.push(line);
  }
  return out.join('\n');
}

function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\u00a0')) end -= 1;
  return line.slice(0, end);
}
