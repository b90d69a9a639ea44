/**
 * The files one decrypted message becomes in approved storage, in the formats asked for: the
 * `.eml` exactly as given, a readable PDF, and each attachment (its name is neutralised later,
 * when it is written). Named after the subject, so a folder reads well in a file browser.
 */
import type { StoreFormat } from '../../protocol/index.js';
import { messagePdf } from './message-pdf.js';
import { readMessage } from './readable-message.js';
import { safeFileName } from './safe-file-name.js';
import type { StoredFile } from './approved-storage.js';

export const ALL_FORMATS: readonly StoreFormat[] = ['eml', 'pdf', 'attachments'];

export async function filesOfMessage(mime: Uint8Array, formats: readonly StoreFormat[], now: Date): Promise<StoredFile[]> {
  const message = readMessage(mime);
  const base = safeFileName((message.subject ?? '').slice(0, 80), 'meddelande');
  const files: StoredFile[] = [];
  if (formats.includes('eml')) files.push({ name: `${base}.eml`, bytes: mime });
  if (formats.includes('pdf')) files.push({ name: `${base}.pdf`, bytes: await messagePdf(message, now) });
  if (formats.includes('attachments')) files.push(...message.attachments.map((attachment) => ({ name: attachment.name, bytes: attachment.bytes })));
  return files;
}
