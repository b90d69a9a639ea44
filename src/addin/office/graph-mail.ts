/**
 * Sends a finished S/MIME message through Microsoft Graph.
 *
 * Up to ≈ 4 MB: `POST /me/sendMail` with the whole message base64-encoded as a `text/plain` body
 * (microsoft-graph-docs user-sendmail, example 4; 202 Accepted, saved to Sent Items).
 *
 * Larger: MIME requests are limited to 4 MB ("S/MIME message payloads are currently limited to
 * 4 MB … HTTP 413", user-post-messages), so the message goes the way Exchange itself stores
 * S/MIME ([MS-OXOSMIME] 2.1.3.1, [MS-OXCMAIL] 2.2.3.2.1): a draft whose message class is
 * IPM.Note.SMIME (IPM.Note.SMIME.MultipartSigned for a clear-signed message) holding exactly one
 * attachment, smime.p7m, uploaded through an attachment upload session (outlook-large-attachments,
 * 3–150 MB), then `POST /me/messages/{id}/send`. See graph-large-send.ts. Any failure deletes
 * that draft; the user's own compose draft is never touched here.
 */
import { encodeBase64String } from '../../core/base64.js';
import type { Mailbox } from '../../core/mime/index.js';
import { AddinError } from '../errors.js';
import { sendThroughUpload } from './graph-large-send.js';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const MAIL_SEND_SCOPES = ['Mail.Send'] as const;
/** The large route creates a draft and an attachment first (Mail.ReadWrite). */
export const MAIL_DRAFT_SCOPES = ['Mail.ReadWrite', 'Mail.Send'] as const;
/**
 * Graph's request limit is about 4 MB (Microsoft Q&A; user-post-messages names 4 MB for S/MIME).
 * Above this many base64 characters Kuvert takes the upload route.
 */
export const MAX_SENDMAIL_BODY_BYTES = 3_900_000;
/** The upload route's limit for one attachment (attachment-createuploadsession: 150 MB). */
export const MAX_UPLOAD_BYTES = 150 * 1024 * 1024;

export interface TokenSource {
  /** An access token for these scopes; throws (GRAPH_AUTH_FAILED) when none can be had. */
  token(scopes: readonly string[]): Promise<string>;
}

export interface GraphMailOptions {
  readonly tokens: TokenSource;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Force the upload route below the sendMail limit (tests). */
  readonly maxSendMailBytes?: number;
}

/** Who and what the draft of the large route carries (the MIME's own header is inside the attachment too). */
export interface MailEnvelope {
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  /** encrypted (or signed and encrypted): application/pkcs7-mime; signed: multipart/signed. */
  readonly kind: 'encrypted' | 'signed';
}

export type GraphRoute = 'sendMail' | 'upload';

/** Sends `mime` as is; resolves only when Graph accepted the send (202). */
export async function sendMimeMessage(mime: Uint8Array, envelope: MailEnvelope, options: GraphMailOptions): Promise<GraphRoute> {
  const body = encodeBase64String(mime);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
  if (body.length > (options.maxSendMailBytes ?? MAX_SENDMAIL_BODY_BYTES)) {
    await sendThroughUpload(mime, envelope, { token: await options.tokens.token(MAIL_DRAFT_SCOPES), baseUrl, fetch: doFetch });
    return 'upload';
  }
  const token = await options.tokens.token(MAIL_SEND_SCOPES);
  let response: Response;
  try {
    response = await doFetch(`${baseUrl}/me/sendMail`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body,
    });
  } catch (error) {
    throw new AddinError('GRAPH_SEND_FAILED', 'network error', { cause: error });
  }
  if (response.status !== 202) throw new AddinError('GRAPH_SEND_FAILED', `HTTP ${response.status} ${await graphErrorCode(response)}`);
  return 'sendMail';
}

/** Graph's own error code (`ErrorMimeContentInvalidBase64String`, …), never the message text. */
export async function graphErrorCode(response: Response): Promise<string> {
  try {
    const json = (await response.json()) as { error?: { code?: unknown } };
    return typeof json.error?.code === 'string' ? json.error.code.slice(0, 80) : '';
  } catch {
    return '';
  }
}
