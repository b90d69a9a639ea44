/**
 * What a decrypted message shows: its body parts, its inline images and its attachments, chosen
 * from core/mime's parsed entity. Platform-light (no DOM, no React) so it unit-tests in Node.
 *
 * Every body part stays a separate part: the HTML of different MIME parts is never joined, since
 * joining is how EFAIL's direct exfiltration smuggles decrypted text into an attacker's open
 * `<img src="…` from a neighbouring plaintext part.
 */
import type { MimeEntity } from '../../../core/mime/index.js';
import { fileNameForSaving } from './attachment-name.js';

/** One body part to render on its own: HTML (to sanitise) or plain text (shown as text). */
export type BodyPart =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'text'; readonly text: string };

/** An image of the message itself, referred to from HTML as `cid:<contentId>`. */
export interface InlineImage {
  readonly contentId: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface AttachmentItem {
  /** Stable within one message (position among the attachments), for React keys and test ids. */
  readonly id: string;
  /** As the sender wrote it (RFC 2231 / 2047 decoded); undefined when the part had no name. Display only. */
  readonly name: string | undefined;
  /** A plain file name safe to offer for saving (no directories, no control characters). */
  readonly saveName: string;
  /** Decoded size in bytes. */
  readonly size: number;
  readonly contentType: string;
  readonly contentId: string | undefined;
  readonly bytes: Uint8Array;
}

export interface MessageContent {
  readonly bodies: readonly BodyPart[];
  readonly inlineImages: readonly InlineImage[];
  readonly attachments: readonly AttachmentItem[];
}

interface Collected {
  readonly bodies: BodyPart[];
  /** Leaves that are not body text: inline candidates and attachments, in message order. */
  readonly others: MimeEntity[];
}

/** The content of a decrypted message (the MIME entity inside the envelope or signature). */
export function messageContentOf(entity: MimeEntity): MessageContent {
  const collected: Collected = { bodies: [], others: [] };
  collect(entity, collected, true);
  const referenced = new Set(collected.bodies.flatMap((b) => (b.kind === 'html' ? cidReferences(b.html) : [])));
  const inlineImages: InlineImage[] = [];
  const attachmentEntities: MimeEntity[] = [];
  for (const part of collected.others) {
    const cid = part.contentId;
    const image = cid !== undefined && part.contentType.type === 'image';
    if (image) inlineImages.push({ contentId: cid, contentType: part.contentType.mediaType, bytes: part.decodedBody() });
    // A picture shown in the text is not listed again; everything else is (an unused inline
    // image included, so nothing the sender sent is hidden).
    if (!(image && referenced.has(cid) && part.disposition?.type !== 'attachment')) attachmentEntities.push(part);
  }
  const attachments = attachmentEntities.map((part, i) => attachmentOf(part, i));
  return { bodies: collected.bodies, inlineImages, attachments };
}

function attachmentOf(part: MimeEntity, index: number): AttachmentItem {
  const embedded = part.contentType.mediaType === 'message/rfc822';
  const bytes = embedded ? part.bodyRaw : part.decodedBody();
  const subject = embedded ? part.children[0]?.header('subject') : undefined;
  const name = part.filename ?? (subject !== undefined && subject.trim() !== '' ? `${subject.trim()}.eml` : undefined);
  return {
    id: `attachment-${index + 1}`,
    name,
    saveName: fileNameForSaving(name, part.contentType.mediaType, index + 1),
    size: bytes.length,
    contentType: part.contentType.mediaType,
    contentId: part.contentId,
    bytes,
  };
}

function collect(entity: MimeEntity, out: Collected, top: boolean): void {
  const type = entity.contentType;
  if (entity.isMultipart) {
    if (type.subtype === 'alternative') return collectAlternative(entity, out);
    if (type.subtype === 'related') return collectRelated(entity, out);
    if (type.subtype === 'signed') {
      // RFC 1847: the content, then the signature (verified elsewhere; not an attachment to show).
      const signed = entity.children[0];
      if (signed) collect(signed, out, false);
      return;
    }
    for (const child of entity.children) collect(child, out, false);
    return;
  }
  if (type.mediaType === 'message/rfc822' && !top) {
    out.others.push(entity);
    return;
  }
  if (type.mediaType === 'message/rfc822') {
    const inner = entity.children[0];
    if (inner) collect(inner, out, false);
    return;
  }
  if (isBodyText(entity)) {
    out.bodies.push(type.subtype === 'html' ? { kind: 'html', html: entity.text() } : { kind: 'text', text: entity.text() });
    return;
  }
  out.others.push(entity);
}

function isBodyText(entity: MimeEntity): boolean {
  const media = entity.contentType.mediaType;
  return (media === 'text/plain' || media === 'text/html') && !entity.isAttachment;
}

/** multipart/alternative: the richest part we can show — HTML (possibly inside related), else text. */
function collectAlternative(entity: MimeEntity, out: Collected): void {
  const children = entity.children;
  const pick =
    lastWhere(children, (c) => containsHtmlBody(c)) ??
    lastWhere(children, (c) => c.contentType.mediaType === 'text/plain' && !c.isAttachment) ??
    lastWhere(children, (c) => c.isMultipart);
  if (pick) collect(pick, out, false);
  else for (const child of children) collect(child, out, false); // nothing readable: list them
}

/** multipart/related (RFC 2387): the root (by `start`, else the first part) plus its resources. */
function collectRelated(entity: MimeEntity, out: Collected): void {
  const start = entity.contentType.params['start']?.replace(/^\s*<|>\s*$/g, '');
  const children = entity.children;
  const root = (start !== undefined ? children.find((c) => c.contentId === start) : undefined) ?? children[0];
  if (root) collect(root, out, false);
  for (const child of children) {
    if (child === root) continue;
    if (child.isMultipart) collect(child, out, false);
    else out.others.push(child);
  }
}

function containsHtmlBody(entity: MimeEntity): boolean {
  if (!entity.isMultipart) return entity.contentType.mediaType === 'text/html' && !entity.isAttachment;
  if (entity.contentType.subtype === 'related') {
    const first = entity.children[0];
    return first !== undefined && containsHtmlBody(first);
  }
  return entity.children.some((c) => containsHtmlBody(c));
}

function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/**
 * The Content-IDs an HTML body refers to with `cid:` URLs (RFC 2392: the URL is %-encoded, the
 * Content-ID is not).
 */
export function cidReferences(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/cid:([^\s"'<>()]+)/gi)) found.push(decodeCid(m[1]!));
  return found;
}

/** `cid:` URL → Content-ID; a malformed %-escape is taken literally. */
export function decodeCid(url: string): string {
  const body = url.replace(/^cid:/i, '');
  try {
    return decodeURIComponent(body);
  } catch {
    return body;
  }
}
