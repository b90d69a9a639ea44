/**
 * Sends the secure reply: checks first (recipients, each one's certificate, the user's own, the
 * subject verdict), then the compose side's sendSecurely builds the message (with In-Reply-To and
 * References), encrypts it to every recipient and to the user, signs it with the card when asked,
 * and hands it to Graph. Every refusal happens before any crypto; any failure sends nothing. There
 * is no Outlook draft: the text only ever lived in the pane's memory.
 */
import type { CryptoEngine } from '../../../core/crypto-engine.js';
import type { KeyProvider } from '../../../core/keys/key-provider.js';
import type { AttachmentSpec, Mailbox } from '../../../core/mime/index.js';
import { AddinError } from '../../errors.js';
import type { MailEnvelope } from '../../office/graph-mail.js';
import { usable, type RecipientCertificate } from '../../taskpane/certificate-status.js';
import { sendSecurely } from '../../taskpane/send-securely.js';

export interface ReplyDraft {
  readonly from: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  readonly text: string;
  readonly attachments: readonly AttachmentSpec[];
  readonly inReplyTo: string | undefined;
  readonly references: readonly string[];
}

export interface ReplySendDeps {
  /** The recipients' certificate status (useRecipients / resolveRecipient). */
  readonly recipients: readonly RecipientCertificate[];
  /** The user's own encryption certificate (the card's), so Sent Items stays readable. */
  readonly senderCertificate: Uint8Array | undefined;
  /** True only when the policy's verdict for exactly this subject allows it. */
  readonly subjectAllowed: boolean;
  /** Graph (sendMimeMessage); resolves when the send was accepted. */
  send(mime: Uint8Array, envelope: MailEnvelope): Promise<void>;
  /** The card signer (PIN in the companion's page); given only when the user chose to sign. */
  readonly signer?: () => Promise<KeyProvider>;
  readonly crypto?: CryptoEngine;
}

/** Addresses in To and Cc without a usable certificate (missing, expired, revoked, untrusted, …). */
export function recipientsWithoutCertificate(draft: Pick<ReplyDraft, 'to' | 'cc'>, recipients: readonly RecipientCertificate[]): string[] {
  const status = new Map(recipients.map((r) => [r.address.toLowerCase(), r] as const));
  return [...draft.to, ...draft.cc].map((m) => m.address).filter((address) => {
    const found = status.get(address.toLowerCase());
    return found?.der === undefined || !usable(found.status);
  });
}

export async function sendReply(draft: ReplyDraft, deps: ReplySendDeps): Promise<void> {
  if (draft.to.length + draft.cc.length === 0) throw new AddinError('NO_RECIPIENT_CERTIFICATE', 'no recipients');
  const missing = recipientsWithoutCertificate(draft, deps.recipients);
  if (missing.length > 0) throw new AddinError('NO_RECIPIENT_CERTIFICATE', missing.join(', '));
  if (deps.senderCertificate === undefined) throw new AddinError('NO_SENDER_CERTIFICATE');
  if (!deps.subjectAllowed) throw new AddinError('SUBJECT_NOT_ALLOWED');
  const certificates = new Map(deps.recipients.flatMap((r) => (r.der !== undefined && usable(r.status) ? [[r.address.toLowerCase(), r.der] as const] : [])));
  await sendSecurely(
    {
      from: draft.from,
      to: draft.to,
      cc: draft.cc,
      bcc: [],
      subject: draft.subject,
      text: draft.text,
      inline: [],
      attachments: draft.attachments,
      ...(draft.inReplyTo === undefined ? {} : { inReplyTo: draft.inReplyTo }),
      ...(draft.references.length === 0 ? {} : { references: draft.references }),
    },
    deps.signer === undefined ? 'encrypt' : 'encrypt-sign',
    {
      certificates,
      senderCertificate: deps.senderCertificate,
      send: (mime, envelope) => deps.send(mime, envelope),
      ...(deps.signer === undefined ? {} : { signer: deps.signer }),
      // Nothing to discard: the reply was never an Outlook draft.
      discardDraft: () => Promise.resolve(),
      ...(deps.crypto === undefined ? {} : { crypto: deps.crypto }),
    },
  );
}
