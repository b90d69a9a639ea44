/**
 * Moving a decrypted message to approved storage. The policy names three kinds of destination
 * (GET /v1/destinations): a folder the companion writes (POST /v1/store with the decrypted MIME
 * and the formats; it renders the PDF and extracts the attachments), a SharePoint/OneDrive library
 * the add-in uploads to through Graph (destinations/drive-upload.ts), and the registrar, to whom
 * the message is forwarded encrypted (destinations/registrar-forward.ts). Each ends in a receipt;
 * only then is deleting the mail offered.
 */
import { KuvertError } from '../../core/errors.js';
import type { StoreFormat } from '../../protocol/index.js';
import { fromBase64, toBase64, type CompanionClient } from '../companion/companion-client.js';

export type Destination =
  | { readonly kind: 'folder'; readonly name: string; readonly formats: readonly StoreFormat[] }
  | { readonly kind: 'graph-drive'; readonly name: string; readonly drive: string; readonly folder: string; readonly formats: readonly StoreFormat[] }
  | { readonly kind: 'registrar'; readonly name: string; readonly address: string; readonly certificate?: Uint8Array };

export interface ReceiptFile {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Where the library shows the file (graph-drive). */
  readonly webUrl?: string;
}

/** Files written (folder) or uploaded (graph-drive): where, and each file with its size and SHA-256. */
export interface StoreReceipt {
  readonly kind?: 'files';
  readonly destination: string;
  readonly path: string;
  readonly files: readonly ReceiptFile[];
}

/** Forwarded to the registrar: to whom, when, and the SHA-256 of the forwarded (decrypted) .eml. */
export interface ForwardReceipt {
  readonly kind: 'forwarded';
  readonly destination: string;
  readonly address: string;
  readonly time: string;
  readonly sha256: string;
  readonly bytes: number;
}

export type StorageReceipt = StoreReceipt | ForwardReceipt;

export const ALL_FORMATS: readonly StoreFormat[] = ['eml', 'pdf', 'attachments'];

export async function listDestinations(client: CompanionClient): Promise<Destination[]> {
  const { destinations } = await client.destinations();
  return destinations.map((d): Destination => {
    if (d.kind === 'graph-drive') return { kind: d.kind, name: d.name, drive: d.drive, folder: d.folder, formats: d.formats ?? ALL_FORMATS };
    if (d.kind === 'registrar') return { kind: d.kind, name: d.name, address: d.address, ...(d.certificate === undefined ? {} : { certificate: fromBase64(d.certificate) }) };
    return { kind: 'folder', name: d.name, formats: d.formats ?? ALL_FORMATS };
  });
}

export interface StoreInput {
  /** A folder destination; the other kinds are refused (DESTINATION_NOT_FOLDER). */
  readonly destination: Destination;
  /** The decrypted message (RFC 5322), as openMessage's `readable`. */
  readonly message: Uint8Array;
  /** Message-ID (or the item id when it has none): names the folder. */
  readonly messageId: string;
  readonly user: string;
  readonly formats?: readonly StoreFormat[];
}

export async function storeMessage(client: CompanionClient, input: StoreInput): Promise<StoreReceipt> {
  const destination = input.destination;
  if (destination.kind !== 'folder') throw new KuvertError('DESTINATION_NOT_FOLDER', `"${destination.name}" is a ${destination.kind} destination`);
  const formats = (input.formats ?? destination.formats).filter((f) => destination.formats.includes(f));
  return client.store({
    destination: destination.name,
    messageId: input.messageId.slice(0, 998),
    user: input.user.slice(0, 256),
    message: toBase64(input.message),
    formats: [...formats],
  });
}
