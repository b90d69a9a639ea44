/**
 * Forwarding a decrypted message to the registrar (diarium), encrypted. A new message From the user
 * To the registrar, Subject "Fwd: " + the received message's outer subject (already in clear on
 * the way in), a short note, and the decrypted original attached byte for byte (see attachmentOf).
 * Encrypted to the registrar's certificate and the user's own (so
 * Sent Items stays readable), signed with the card when it has a signing certificate, sent with
 * sendMimeMessage. Every step fails closed: nothing is sent that is not encrypted.
 */
import { toHex } from '../../../core/bytes.js';
import { defaultCrypto, type CryptoEngine } from '../../../core/crypto-engine.js';
import { buildMessage, type Mailbox } from '../../../core/mime/index.js';
import { encodedMessageBytes, encryptMessage, signAndEncryptMessage } from '../../../core/smime/index.js';
import type { KeyProvider } from '../../../core/keys/key-provider.js';
import { AddinError } from '../../errors.js';
import type { MailEnvelope } from '../../office/graph-mail.js';
import type { ForwardReceipt } from '../store-message.js';

export interface RegistrarForwardInput {
  readonly destination: string;
  readonly address: string;
  /** The decrypted original (RFC 5322). */
  readonly message: Uint8Array;
  /** The received message's subject as it arrived (outside the encryption). */
  readonly outerSubject: string;
  readonly from: Mailbox;
  /** Swedish and English, one paragraph each. */
  readonly note: string;
}

export interface RegistrarForwardDeps {
  /** The registrar's encryption certificate (registrar-certificate.ts): pinned or looked up and validated. */
  registrarCertificate(): Promise<Uint8Array>;
  /** The user's own encryption certificate (the card's). */
  readonly ownCertificate: Uint8Array | undefined;
  /** The card's signing key (PIN in the companion's page); undefined when the card cannot sign. */
  readonly signer?: () => Promise<KeyProvider>;
  send(mime: Uint8Array, envelope: MailEnvelope): Promise<void>;
  readonly crypto?: CryptoEngine;
  readonly now?: () => Date;
}

export async function forwardToRegistrar(input: RegistrarForwardInput, deps: RegistrarForwardDeps): Promise<ForwardReceipt> {
  if (deps.ownCertificate === undefined) throw new AddinError('NO_SENDER_CERTIFICATE');
  const registrar = await deps.registrarCertificate();
  const crypto = deps.crypto ?? defaultCrypto();
  const to = [{ address: input.address }];
  const subject = `Fwd: ${input.outerSubject}`.replace(/[\r\n]+/gu, ' ').slice(0, 900);
  const forward = buildMessage({
    from: input.from,
    to,
    subject,
    text: input.note,
    attachments: [attachmentOf(input.message, deps.signer !== undefined)],
  }, crypto);
  const encrypt = { recipients: [{ certificate: registrar }, { certificate: deps.ownCertificate }] };
  const signer = deps.signer ? await deps.signer() : undefined;
  const finished = signer
    ? await signAndEncryptMessage(forward, { sign: { signer, chain: [], encryptionCertificate: deps.ownCertificate }, encrypt }, crypto)
    : await encryptMessage(forward, encrypt, crypto);
  const mime = encodedMessageBytes(finished);
  // Fail closed: what leaves must be the enveloped message, whatever went before.
  if (!/^content-type:\s*application\/pkcs7-mime/imu.test(new TextDecoder('latin1').decode(mime.subarray(0, Math.min(mime.length, 16_384))))) {
    throw new AddinError('GRAPH_SEND_FAILED', 'the forward is not encrypted; nothing was sent');
  }
  await deps.send(mime, { to, cc: [], subject, kind: 'encrypted' });
  const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', input.message as Uint8Array<ArrayBuffer>)));
  return { kind: 'forwarded', destination: input.destination, address: input.address, time: (deps.now?.() ?? new Date()).toISOString(), sha256, bytes: input.message.length };
}

/**
 * The original as an attachment, unchanged. message/rfc822 is the right type, and core/mime sends
 * message/* as 7bit or 8bit, never base64 (RFC 2046 §5.2.1 forbids it). Encrypted only, 8bit
 * travels intact inside the CMS envelope. But signed content must be 7-bit (RFC 8551 §3.1.2), and
 * core/smime re-encodes an 8-bit message/rfc822 body to quoted-printable before signing — the
 * registrar would get a changed original whose SHA-256 is not the receipt's. So an original that
 * is not 7-bit clean goes, when signed, as application/octet-stream (base64) named .eml.
 */
function attachmentOf(message: Uint8Array, signed: boolean): { filename: string; contentType: string; content: Uint8Array } {
  const type = !signed || sevenBitClean(message) ? 'message/rfc822' : 'application/octet-stream';
  return { filename: 'meddelande.eml', contentType: type, content: message };
}

/** ASCII without NUL, CRLF line ends only, lines of at most 998 characters (RFC 5322 §2.1.1). */
function sevenBitClean(bytes: Uint8Array): boolean {
  let line = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0 || c > 127) return false;
    if (c === 13) {
      if (bytes[i + 1] !== 10) return false;
      line = 0;
      i++;
      continue;
    }
    if (c === 10 || ++line > 998) return false;
  }
  return true;
}
