/**
 * One Save, whatever the destination's kind: a folder (the companion writes it), a document library
 * (rendered by the companion, uploaded through Graph) or the registrar (forwarded encrypted, signed
 * with the card when it can sign). Resolves with the receipt; the card session a signature needed
 * is closed before it returns.
 */
import { selectEncryptionCertificate } from '../../../core/pki/index.js';
import { cardCertificates, cardKeyProvider, cardLogin } from '../../companion/card-signer.js';
import { fromBase64, type CompanionClient } from '../../companion/companion-client.js';
import { AddinError } from '../../errors.js';
import { sendMimeMessage } from '../../office/graph-mail.js';
import type { ReadServices } from '../services.js';
import { storeMessage, type Destination, type StorageReceipt } from '../store-message.js';
import { saveToDrive } from './drive-upload.js';
import { registrarNote } from './destination-text.js';
import { registrarCertificate } from './registrar-certificate.js';
import { forwardToRegistrar } from './registrar-forward.js';

export interface SaveInput {
  readonly destination: Destination;
  readonly message: Uint8Array;
  readonly messageId: string;
}

export async function saveToDestination(services: ReadServices, input: SaveInput): Promise<StorageReceipt> {
  const client = services.companion;
  const { destination, message, messageId } = input;
  const user = services.user.emailAddress;
  if (destination.kind === 'folder') {
    if (client === undefined) throw new AddinError('COMPANION_NOT_PAIRED');
    return storeMessage(client, { destination, message, messageId, user });
  }
  const graph = services.graph;
  if (graph === undefined) throw new AddinError('GRAPH_AUTH_FAILED', 'Microsoft Graph is not configured');
  if (destination.kind === 'graph-drive') return saveToDrive({ destination, message, messageId, user }, client, graph);

  if (client === undefined || !client.paired) throw new AddinError('COMPANION_NOT_PAIRED', 'the card and the certificate lookup need the companion');
  const card = await cardCertificates(client, user);
  const signing = card.signing;
  // For Sent Items only: the user's own certificate, else the card's encryption certificate for
  // the address, else any on the card (the card that just decrypted is the user's own).
  const own = services.senderCertificate ?? card.encryption?.der ?? (await anyEncryptionCertificate(client));
  let session: string | undefined;
  try {
    return await forwardToRegistrar(
      {
        destination: destination.name, address: destination.address, message, outerSubject: services.mailbox.item?.subject ?? '',
        from: { address: user, ...(services.user.displayName ? { name: services.user.displayName } : {}) }, note: registrarNote(services.user.displayName),
      },
      {
        registrarCertificate: () => registrarCertificate(destination.address, destination.certificate, client),
        ownCertificate: own,
        ...(signing === undefined ? {} : {
          signer: async () => {
            session = await cardLogin(client, services.dialogs, signing.token, 'sign', services.pinPollMs === undefined ? {} : { pollMs: services.pinPollMs });
            return cardKeyProvider(client, session, signing);
          },
        }),
        send: (mime, envelope) => sendMimeMessage(mime, envelope, graph).then(() => undefined),
      },
    );
  } finally {
    if (session !== undefined) void client.closeSession(session).catch(() => undefined);
  }
}

async function anyEncryptionCertificate(client: CompanionClient): Promise<Uint8Array | undefined> {
  const ders = (await client.keys()).keys.map((key) => fromBase64(key.certificate));
  const index = selectEncryptionCertificate(ders, { now: new Date() }).selected?.index;
  return index === undefined ? undefined : ders[index];
}
