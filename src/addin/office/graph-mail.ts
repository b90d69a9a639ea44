/**
 * Sends a finished MIME message through Microsoft Graph: `POST /me/sendMail` with the whole message
 * base64-encoded as a `text/plain` body (microsoft-graph-docs: user-sendmail example 4; 202 Accepted,
 * saved to Sent Items). Thin on purpose: tests point `baseUrl` at the playground's fake Graph server.
 */
import { encodeBase64String } from '../../core/base64.js';
import { AddinError } from '../errors.js';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const MAIL_SEND_SCOPES = ['Mail.Send'] as const;
/**
 * Graph's request limit is about 4 MB (Microsoft Q&A; not stated as a number in the API reference).
 * Kuvert stops below it and sends nothing rather than risking a half-understood failure.
 */
export const MAX_SENDMAIL_BODY_BYTES = 3_900_000;

export interface TokenSource {
  /** An access token for these scopes; throws (GRAPH_AUTH_FAILED) when none can be had. */
  token(scopes: readonly string[]): Promise<string>;
}

export interface GraphMailOptions {
  readonly tokens: TokenSource;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
}

/** Sends `mime` as is; resolves only on 202 Accepted. */
export async function sendMimeMessage(mime: Uint8Array, options: GraphMailOptions): Promise<void> {
  const body = encodeBase64String(mime);
  if (body.length > MAX_SENDMAIL_BODY_BYTES) throw new AddinError('GRAPH_MESSAGE_TOO_LARGE', `${body.length} bytes of base64`);
  const token = await options.tokens.token(MAIL_SEND_SCOPES);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl ?? GRAPH_BASE_URL}/me/sendMail`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body,
    });
  } catch (error) {
    throw new AddinError('GRAPH_SEND_FAILED', 'network error', { cause: error });
  }
  if (response.status !== 202) throw new AddinError('GRAPH_SEND_FAILED', `HTTP ${response.status} ${await graphErrorCode(response)}`);
}

/** Graph's own error code (`ErrorMimeContentInvalidBase64String`, …), never the message text. */
async function graphErrorCode(response: Response): Promise<string> {
  try {
    const json = (await response.json()) as { error?: { code?: unknown } };
    return typeof json.error?.code === 'string' ? json.error.code.slice(0, 80) : '';
  } catch {
    return '';
  }
}
