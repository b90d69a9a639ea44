/**
 * The one adapter between the classifier and the MIME parser: an .eml becomes its subject, its text
 * body parts and its attachments. Switching MIME parsers means changing only this file.
 */
import { parseMessage, type MimeEntity } from '../../mime/index.js';
import { htmlToText } from './markup.js';

export interface MessageAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface MessageParts {
  readonly subject: string;
  /** Decoded text of each text body part (HTML converted), labelled by media type. */
  readonly bodies: readonly { readonly label: string; readonly text: string }[];
  readonly attachments: readonly MessageAttachment[];
}

export function splitMessage(bytes: Uint8Array): MessageParts {
  const root = parseMessage(bytes, { lenient: true });
  const bodies: { label: string; text: string }[] = [];
  const attachments: MessageAttachment[] = [];
  walk(root, bodies, attachments);
  return { subject: root.header('subject') ?? '', bodies, attachments };
}

function walk(entity: MimeEntity, bodies: { label: string; text: string }[], attachments: MessageAttachment[]): void {
  const { mediaType, type } = entity.contentType;
  if (entity.isMultipart) {
    for (const child of entity.children) walk(child, bodies, attachments);
    return;
  }
  if (!entity.isAttachment && (mediaType === 'text/plain' || mediaType === 'text/html')) {
    const text = entity.text();
    bodies.push({ label: mediaType, text: mediaType === 'text/html' ? htmlToText(text) : text });
    return;
  }
  const name = entity.filename ?? (type === 'message' ? 'message.eml' : `part-${attachments.length + 1}`);
  attachments.push({ name, contentType: mediaType, bytes: type === 'message' && entity.children[0] !== undefined ? entity.children[0].raw : entity.decodedBody() });
}
