/**
 * Building a whole message (RFC 5322 + MIME) as canonical CRLF bytes from a description a
 * composer has: addresses, subject, text and/or HTML, inline images and attachments.
 * Structure: mixed[ alternative[ text, related[ html, images ] ], attachments ], each level only
 * when needed (RFC 2046 §5.1.3–4, RFC 2387).
 */
import { defaultCrypto } from '../crypto-engine.js';
import { KuvertError, assertArgument } from '../errors.js';
import { formatAddressList, type Address, type Mailbox } from './address.js';
import { randomHex, type RandomSource } from './boundary.js';
import { buildEntityWithHeaders, type EntitySpec, type HeaderInput } from './build-entity.js';
import { assertHeaderName, assertNoLineBreak, type HeaderFieldInput } from './header-format.js';

export interface InlinePartSpec {
  /** Referenced from the HTML as `cid:<contentId>`; without angle brackets. */
  readonly contentId: string;
  readonly contentType: string;
  readonly content: Uint8Array;
  readonly filename?: string;
}

export interface AttachmentSpec {
  readonly filename: string;
  /** Default application/octet-stream. */
  readonly contentType?: string;
  readonly content: Uint8Array;
}

export interface MessageSpec {
  readonly from: Mailbox | readonly Mailbox[];
  /** Required by RFC 5322 §3.6.2 when there is more than one From address. */
  readonly sender?: Mailbox;
  readonly to?: readonly Address[];
  readonly cc?: readonly Address[];
  readonly replyTo?: readonly Address[];
  readonly subject?: string;
  /** Default: now. Written in UTC. */
  readonly date?: Date;
  /** Without angle brackets; default: random hex at the From domain. */
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  /** Further fields (e.g. Importance, X-Kuvert-Classification); unstructured, RFC 2047 when needed. */
  readonly headers?: HeaderInput;
  readonly text?: string;
  readonly html?: string;
  readonly inline?: readonly InlinePartSpec[];
  readonly attachments?: readonly AttachmentSpec[];
  /** A ready body entity instead of text/html/inline/attachments (e.g. an S/MIME part). */
  readonly body?: EntitySpec;
}

/** Fields written from the spec; `headers` may not repeat them. Bcc is never written. */
const MANAGED = new Set([
  'from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'mime-version',
]);
const SPEC_KEYS = new Set(['from', 'sender', 'to', 'cc', 'replyTo', 'subject', 'date', 'messageId', 'inReplyTo', 'references',
  'headers', 'text', 'html', 'inline', 'attachments', 'body']);

/** Builds the message: header fields, MIME-Version, the body entity; canonical CRLF throughout. */
export function buildMessage(spec: MessageSpec, random: RandomSource = defaultCrypto()): Uint8Array {
  for (const key of Object.keys(spec)) {
    if (!SPEC_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown message field "${key}"`);
  }
  const from = Array.isArray(spec.from) ? (spec.from as readonly Mailbox[]) : [spec.from as Mailbox];
  assertArgument(from.length > 0, 'a message needs a From address');
  if (from.length > 1 && spec.sender === undefined) throw new KuvertError('INVALID_ARGUMENT', 'several From addresses need a Sender');
  const headers: HeaderFieldInput[] = [];
  const structured = (name: string, value: string): void => void headers.push({ name, value, structured: true });
  structured('Date', formatDate(spec.date ?? new Date()));
  structured('From', formatAddressList(from));
  if (spec.sender) structured('Sender', formatAddressList([spec.sender]));
  if (spec.replyTo?.length) structured('Reply-To', formatAddressList(spec.replyTo));
  if (spec.to?.length) structured('To', formatAddressList(spec.to));
  if (spec.cc?.length) structured('Cc', formatAddressList(spec.cc));
  if (spec.subject !== undefined) headers.push({ name: 'Subject', value: spec.subject });
  const domain = /@([^@>]+)$/.exec(from[0]!.address)?.[1] ?? 'kuvert.invalid';
  structured('Message-ID', msgId(spec.messageId ?? `${randomHex(random, 16)}@${domain}`));
  if (spec.inReplyTo !== undefined) structured('In-Reply-To', msgId(spec.inReplyTo));
  if (spec.references?.length) structured('References', spec.references.map(msgId).join(' '));
  for (const [name, value] of headerEntries(spec.headers)) {
    assertHeaderName(name);
    if (MANAGED.has(name.toLowerCase()) || name.toLowerCase().startsWith('content-')) {
      throw new KuvertError('INVALID_ARGUMENT', `the header ${name} is written by the builder`);
    }
    headers.push({ name, value });
  }
  structured('MIME-Version', '1.0');
  return buildEntityWithHeaders(bodySpec(spec), headers, random);
}

function headerEntries(headers: HeaderInput | undefined): readonly (readonly [string, string])[] {
  if (headers === undefined) return [];
  return Array.isArray(headers) ? (headers as readonly (readonly [string, string])[]) : Object.entries(headers as Readonly<Record<string, string>>);
}

function msgId(id: string): string {
  assertNoLineBreak(id, 'a message id');
  const bare = id.replace(/^<|>$/g, '');
  if (!/^[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x5a\x5e-\x7e]+$/.test(bare)) {
    throw new KuvertError('INVALID_ARGUMENT', `"${bare.slice(0, 80)}" is not a message id`);
  }
  return `<${bare}>`;
}

/** The body entity for the message's text, HTML, inline images and attachments. */
export function bodySpec(spec: MessageSpec): EntitySpec {
  if (spec.body !== undefined) {
    if (spec.text !== undefined || spec.html !== undefined || spec.inline?.length || spec.attachments?.length) {
      throw new KuvertError('INVALID_ARGUMENT', 'give either body or text/html/inline/attachments');
    }
    return spec.body;
  }
  const inline = spec.inline ?? [];
  if (inline.length > 0 && spec.html === undefined) throw new KuvertError('INVALID_ARGUMENT', 'inline parts need an HTML body');
  let htmlPart: EntitySpec | undefined;
  if (spec.html !== undefined) {
    htmlPart = { contentType: 'text/html', body: spec.html };
    if (inline.length > 0) {
      const images: EntitySpec[] = inline.map((part) => ({
        contentType: part.contentType,
        body: part.content,
        contentId: part.contentId,
        disposition: 'inline',
        ...(part.filename === undefined ? {} : { filename: part.filename }),
      }));
      htmlPart = { multipart: 'related', params: { type: 'text/html' }, parts: [htmlPart, ...images] };
    }
  }
  const textPart: EntitySpec | undefined = spec.text === undefined ? undefined : { contentType: 'text/plain', body: spec.text };
  let main: EntitySpec;
  if (textPart && htmlPart) main = { multipart: 'alternative', parts: [textPart, htmlPart] };
  else main = textPart ?? htmlPart ?? { contentType: 'text/plain', body: '' };
  const attachments = spec.attachments ?? [];
  if (attachments.length === 0) return main;
  return {
    multipart: 'mixed',
    parts: [
      main,
      ...attachments.map((a): EntitySpec => ({
        contentType: a.contentType ?? 'application/octet-stream',
        body: a.content,
        filename: a.filename,
        disposition: 'attachment',
      })),
    ],
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 §3.3 date-time in UTC, e.g. "Tue, 04 Mar 2025 09:05:00 +0000". */
export function formatDate(date: Date): string {
  assertArgument(!Number.isNaN(date.getTime()), 'invalid date');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]!}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
