/**
 * Moving a decrypted message to approved storage: the companion writes it (POST /v1/store with
 * the decrypted MIME and the formats; it renders the PDF and extracts the attachments) and answers
 * a receipt naming every file with its size and SHA-256. Only then is deleting the mail offered.
 */
import type { StoreFormat } from '../../protocol/index.js';
import { toBase64, type CompanionClient } from '../companion/companion-client.js';

export interface Destination {
  readonly name: string;
  readonly formats: readonly StoreFormat[];
}

export interface StoreReceipt {
  readonly destination: string;
  readonly path: string;
  readonly files: readonly { readonly name: string; readonly sha256: string; readonly bytes: number }[];
}

export const ALL_FORMATS: readonly StoreFormat[] = ['eml', 'pdf', 'attachments'];

export async function listDestinations(client: CompanionClient): Promise<Destination[]> {
  const { destinations } = await client.destinations();
  return destinations.map((d) => ({ name: d.name, formats: d.formats ?? ALL_FORMATS }));
}

export interface StoreInput {
  readonly destination: Destination;
  /** The decrypted message (RFC 5322), as openMessage's `readable`. */
  readonly message: Uint8Array;
  /** Message-ID (or the item id when it has none): names the folder. */
  readonly messageId: string;
  readonly user: string;
  readonly formats?: readonly StoreFormat[];
}

export function storeMessage(client: CompanionClient, input: StoreInput): Promise<StoreReceipt> {
  const formats = (input.formats ?? input.destination.formats).filter((f) => input.destination.formats.includes(f));
  return client.store({
    destination: input.destination.name,
    messageId: input.messageId.slice(0, 998),
    user: input.user.slice(0, 256),
    message: toBase64(input.message),
    formats: [...formats],
  });
}
