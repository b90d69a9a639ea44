/**
 * The secure reply's starting point, as Outlook would fill its own form: recipients, the subject
 * with "SV: "/"RE: " or "VB: "/"FW: " (never doubled), the quote header and the original text
 * quoted with "> ", threading fields (RFC 5322 §3.6.4), and for a forward the original header
 * block and attachments. Pure: the composer keeps the result in React state only.
 */
import type { Mailbox } from '../../../core/mime/index.js';
import type { AttachmentItem } from '../content/index.js';
import type { OriginalMessage } from './original-message.js';
import type { ReplyKind, ReplyText } from './reply-text.js';

export interface ReplyPrefill {
  readonly kind: ReplyKind;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  readonly body: string;
  /** The original's Message-ID (replies only). */
  readonly inReplyTo: string | undefined;
  /** The original's References, then its Message-ID. */
  readonly references: readonly string[];
  /** The original's attachments (a forward offers them, each with a checkbox). */
  readonly attachments: readonly AttachmentItem[];
}

export interface PrefillOptions {
  /** The user's own address: never a reply-all recipient. */
  readonly self: string;
  /** For the quote header's date (default the runtime's zone). */
  readonly timeZone?: string;
}

// Prefixes Outlook and other clients write (sv, en, de, da/no); compared without case.
const REPLY_PREFIX = /^\s*(?:re|sv|aw|antw)\s*(?:\[\d{1,3}\])?\s*:\s*/iu;
const FORWARD_PREFIX = /^\s*(?:fw|fwd|vb|wg|vs)\s*(?:\[\d{1,3}\])?\s*:\s*/iu;

/** "SV: Remiss" for a reply to "Remiss", "RE: Remiss" or "Sv: Sv: Remiss"; "SV: VB: Remiss" for one to "VB: Remiss". */
export function prefixedSubject(subject: string, kind: ReplyKind, text: ReplyText): string {
  const pattern = kind === 'forward' ? FORWARD_PREFIX : REPLY_PREFIX;
  let rest = subject.trim();
  for (let i = 0; i < 10 && pattern.test(rest); i++) rest = rest.replace(pattern, '');
  return `${kind === 'forward' ? text.prefix.forward : text.prefix.reply}${rest}`;
}

export function prefillReply(original: OriginalMessage, kind: ReplyKind, text: ReplyText, options: PrefillOptions): ReplyPrefill {
  const self = options.self.toLowerCase();
  const author = original.replyTo.length > 0 ? original.replyTo : original.from;
  let to: Mailbox[] = [];
  let cc: Mailbox[] = [];
  if (kind === 'reply') to = unique(author, []);
  if (kind === 'reply-all') {
    to = unique([...author, ...original.to], []).filter((m) => m.address.toLowerCase() !== self);
    cc = unique(original.cc, to).filter((m) => m.address.toLowerCase() !== self);
  }
  const references = original.messageId === undefined ? [...original.references] : [...original.references.filter((r) => r !== original.messageId), original.messageId];
  return {
    kind,
    to,
    cc,
    subject: prefixedSubject(original.subject, kind, text),
    body: kind === 'forward' ? forwardBody(original, text, options) : replyBody(original, text, options),
    inReplyTo: kind === 'forward' ? undefined : original.messageId,
    references,
    attachments: kind === 'forward' ? original.attachments : [],
  };
}

/** "> " before every line; an empty line becomes ">". */
export function quoteText(body: string): string {
  return body
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function replyBody(original: OriginalMessage, text: ReplyText, options: PrefillOptions): string {
  const sender = original.from[0] ? displayOf(original.from[0]) : '?';
  const header = text.wrote(original.date === undefined ? undefined : formatQuoteDate(original.date, text.locale, options.timeZone), sender);
  return `\n\n${header}\n${quoteText(original.text)}\n`;
}

function forwardBody(original: OriginalMessage, text: ReplyText, options: PrefillOptions): string {
  const names = text.headerNames;
  const lines = [text.forwardedHeading, `${names.from}: ${original.from.map(displayOf).join(', ')}`];
  if (original.date !== undefined) lines.push(`${names.date}: ${formatQuoteDate(original.date, text.locale, options.timeZone)}`);
  if (original.to.length > 0) lines.push(`${names.to}: ${original.to.map(displayOf).join(', ')}`);
  if (original.cc.length > 0) lines.push(`${names.cc}: ${original.cc.map(displayOf).join(', ')}`);
  lines.push(`${names.subject}: ${original.subject}`);
  return `\n\n${quoteText(`${lines.join('\n')}\n\n${original.text}`)}\n`;
}

/** "Anna Andersson <anna@example.se>", or the address alone. */
export function displayOf(mailbox: Mailbox): string {
  return mailbox.name ? `${mailbox.name} <${mailbox.address}>` : mailbox.address;
}

export function formatQuoteDate(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone === undefined ? {} : { timeZone }) }).format(date);
}

/** The addresses as a To/Cc field shows them, for the composer's text inputs. */
export function addressLine(list: readonly Mailbox[]): string {
  // Unicode names as they are (not RFC 2047); quoted when they hold a separator. original-message's parser reads it back.
  return list.map((m) => (m.name ? `${/[",;:<>@()\\]/u.test(m.name) ? `"${m.name.replace(/["\\]/gu, '\\$&')}"` : m.name} <${m.address}>` : m.address)).join(', ');
}

function unique(list: readonly Mailbox[], taken: readonly Mailbox[]): Mailbox[] {
  const seen = new Set(taken.map((m) => m.address.toLowerCase()));
  return list.filter((m) => {
    const key = m.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
