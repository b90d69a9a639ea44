/**
 * A decrypted message as a person reads it: the header fields shown on paper (From, To, Cc, Date,
 * Subject), the text body (HTML turned into text when there is no plain part) and the
 * attachments, found with core/mime. Attachments are not descended into: an attached message is
 * one attachment (its `.eml`), as the user saw it.
 */
import { htmlToText } from '../../core/classify/extract/markup.js';
import { parseMessage, type MimeEntity } from '../../core/mime/index.js';

export interface MessageAttachment {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface ReadableMessage {
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly subject: string | undefined;
  readonly body: string;
  readonly attachments: readonly MessageAttachment[];
}

const SHOWN_HEADERS = ['From', 'To', 'Cc', 'Date', 'Subject'] as const;

interface Collected {
  plain: string[];
  html: string[];
  attachments: MessageAttachment[];
}

function defaultName(entity: MimeEntity, index: number): string {
  if (entity.contentType.mediaType === 'message/rfc822') return `bifogat-meddelande-${index}.eml`;
  const subtype = /^[a-z0-9]{1,10}$/u.test(entity.contentType.subtype) ? entity.contentType.subtype : 'bin';
  return `bilaga-${index}.${subtype}`;
}

function collect(entity: MimeEntity, into: Collected): void {
  if (entity.isAttachment || entity.contentType.mediaType === 'message/rfc822') {
    into.attachments.push({ name: entity.filename ?? defaultName(entity, into.attachments.length + 1), mediaType: entity.contentType.mediaType, bytes: entity.decodedBody() });
    return;
  }
  if (entity.isMultipart) {
    // multipart/signed (RFC 1847): the first part is the message; the second is the signature
    // (smime.p7s), which is no attachment of the sender's and is kept whole in the .eml.
    if (entity.contentType.subtype === 'signed') {
      const content = entity.children[0];
      if (content) collect(content, into);
      return;
    }
    // multipart/alternative: the plain text when there is one, else the richest (last) part.
    if (entity.contentType.subtype === 'alternative') {
      const plain = entity.children.find((child) => child.contentType.mediaType === 'text/plain');
      const chosen = plain ?? entity.children.at(-1);
      if (chosen) collect(chosen, into);
      return;
    }
    for (const child of entity.children) collect(child, into);
    return;
  }
  if (entity.contentType.mediaType === 'text/plain') into.plain.push(entity.text());
  else if (entity.contentType.mediaType === 'text/html') into.html.push(htmlToText(entity.text()));
  else if (entity.contentType.type !== 'multipart') into.attachments.push({ name: entity.filename ?? defaultName(entity, into.attachments.length + 1), mediaType: entity.contentType.mediaType, bytes: entity.decodedBody() });
}

export function readMessage(mime: Uint8Array): ReadableMessage {
  const root = parseMessage(mime);
  const collected: Collected = { plain: [], html: [], attachments: [] };
  collect(root, collected);
  const headers = SHOWN_HEADERS.flatMap((name) => {
    const value = root.header(name);
    return value === undefined ? [] : [{ name, value: value.replace(/\s+/gu, ' ').trim() }];
  });
  const texts = collected.plain.length > 0 ? collected.plain : collected.html;
  const body = texts.join('\n\n').replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n').trim();
  return { headers, subject: root.header('Subject')?.trim(), body, attachments: collected.attachments };
}
