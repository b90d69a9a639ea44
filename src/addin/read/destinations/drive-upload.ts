/**
 * Saving a decrypted message into a SharePoint/OneDrive library: the companion renders the files
 * its folder store would write (POST /v1/render: the .eml, the readable PDF, the attachments, named
 * the same way, and the per-message folder name) without writing them anywhere, and the add-in
 * uploads them through Graph (office/graph-drive.ts). Without a paired companion only the .eml
 * can be uploaded (the PDF and the attachment extraction are the companion's), and the receipt says so.
 */
import { AddinError } from '../../errors.js';
import type { CompanionClient } from '../../companion/companion-client.js';
import { fromBase64, toBase64 } from '../../companion/companion-client.js';
import { uploadToDrive, type DriveFile, type GraphDriveOptions } from '../../office/graph-drive.js';
import type { Destination, StoreReceipt } from '../store-message.js';

export interface DriveUploadInput {
  readonly destination: Destination & { readonly kind: 'graph-drive' };
  readonly message: Uint8Array;
  /** Message-ID (or the item id): names the folder. */
  readonly messageId: string;
  readonly user: string;
}

export interface DriveUploadReceipt extends StoreReceipt {
  readonly kind: 'files';
  readonly webUrl: string;
  /** True when only the .eml went (no companion to render the PDF and attachments). */
  readonly emlOnly: boolean;
}

/** A name any library accepts: no `"*:<>?/\|#%`, control characters, or leading/trailing dots and spaces. */
export function libraryName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f"*:<>?/\\|#%]/gu, '_').replace(/^[.\s]+|[.\s]+$/gu, '').slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

/** As the companion's folder store names a message's folder: its date and Message-ID. */
export function messageFolderName(messageId: string, now: Date): string {
  return `${now.toISOString().slice(0, 10)} ${libraryName(messageId.replace(/^<|>$/gu, '').slice(0, 60), 'meddelande')}`;
}

export async function saveToDrive(input: DriveUploadInput, companion: CompanionClient | undefined, graph: GraphDriveOptions, now = new Date()): Promise<DriveUploadReceipt> {
  let folder: string;
  let files: DriveFile[];
  const emlOnly = companion === undefined || !companion.paired;
  if (!emlOnly) {
    const rendered = await companion.render({
      destination: input.destination.name, messageId: input.messageId.slice(0, 998), user: input.user.slice(0, 256),
      message: toBase64(input.message), formats: [...input.destination.formats],
    });
    folder = libraryName(rendered.folder, messageFolderName(input.messageId, now));
    files = rendered.files.map((f) => ({ name: libraryName(f.name, 'fil'), bytes: fromBase64(f.data) }));
  } else {
    if (!input.destination.formats.includes('eml')) throw new AddinError('COMPANION_NOT_PAIRED', 'only the companion renders the formats this library takes');
    folder = messageFolderName(input.messageId, now);
    files = [{ name: 'meddelande.eml', bytes: input.message }];
  }
  const receipt = await uploadToDrive({ drive: input.destination.drive, folder: input.destination.folder }, folder, files, graph);
  return { kind: 'files', destination: input.destination.name, path: receipt.path, webUrl: receipt.webUrl, files: receipt.files, emlOnly };
}
