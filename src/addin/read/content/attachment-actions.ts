/**
 * Opening and saving a decrypted attachment, only when the user asks: a Blob and an object URL
 * that is revoked shortly after use. Nothing is written to browser storage. Only types that cannot
 * run script in the add-in's origin are opened in a window (PDF, raster images, plain text);
 * everything else is offered for saving only.
 */
import type { AttachmentItem } from './message-content.js';

/** Object URLs live this long after use: enough for the browser to start reading them. */
export const REVOKE_AFTER_MS = 60_000;

const OPENABLE = new Map<string, string>([
  ['application/pdf', 'application/pdf'],
  ['image/png', 'image/png'],
  ['image/jpeg', 'image/jpeg'],
  ['image/gif', 'image/gif'],
  ['image/webp', 'image/webp'],
  ['text/plain', 'text/plain;charset=utf-8'],
]);

/** The type to open `item` as, or undefined when it is to be saved only. */
export function openAsType(item: Pick<AttachmentItem, 'contentType'>): string | undefined {
  return OPENABLE.get(item.contentType);
}

function objectUrl(win: Window & typeof globalThis, item: AttachmentItem, type: string): string {
  const url = win.URL.createObjectURL(new win.Blob([item.bytes.slice()], { type }));
  win.setTimeout(() => win.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return url;
}

/** Opens `item` in a new window without opener or referrer; false when its type is save-only. */
export function openAttachment(win: Window & typeof globalThis, item: AttachmentItem): boolean {
  const type = openAsType(item);
  if (type === undefined) return false;
  win.open(objectUrl(win, item, type), '_blank', 'noopener,noreferrer');
  return true;
}

/** Offers `item` for download under its cleaned name (never a path from the message). */
export function saveAttachment(win: Window & typeof globalThis, item: AttachmentItem): void {
  const link = win.document.createElement('a');
  link.href = objectUrl(win, item, 'application/octet-stream');
  link.download = item.saveName;
  link.rel = 'noopener noreferrer';
  link.style.display = 'none';
  win.document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Opens a link target in a new window without opener or referrer. */
export function openLink(win: Window, target: string): void {
  win.open(target, '_blank', 'noopener,noreferrer');
}
