/**
 * Errors of the add-in's own boundary (Office.js, Graph, the companion client). Like core's
 * KuvertError they carry a stable code; the UI and the on-send messages localize by code.
 */
export const ADDIN_ERROR_CODES = {
  OFFICE_CALL_FAILED: 'An Office.js asynchronous call reported failure.',
  OFFICE_UNAVAILABLE: 'Office.js or the mail item is not available in this runtime.',
  ONSEND_TIMEOUT: 'The on-send check did not finish within its deadline.',
  GRAPH_AUTH_FAILED: 'No Microsoft Graph token could be obtained (nested app authentication).',
  GRAPH_SEND_FAILED: 'Microsoft Graph did not accept the message; nothing was sent.',
  GRAPH_MESSAGE_TOO_LARGE: 'The encrypted message is larger than one Graph request may carry; nothing was sent.',
  BCC_UNSUPPORTED: 'Bcc recipients cannot be sent securely yet; nothing was sent.',
  NO_RECIPIENT_CERTIFICATE: 'A recipient has no usable certificate; nothing was sent.',
  NO_SENDER_CERTIFICATE: 'Kuvert has no encryption certificate of yours (card or configuration), so Sent Items could not be read; nothing was sent.',
  SIGNING_UNAVAILABLE: 'Signing needs the companion (card and PIN), which is not connected.',
  COMPANION_UNREACHABLE: 'The Kuvert companion does not answer on this computer (not running, or its certificate is not trusted).',
  COMPANION_NOT_PAIRED: 'The add-in is not paired with the companion; type the code the companion shows.',
  COMPANION_REFUSED: 'The companion refused the request.',
  COMPANION_BAD_RESPONSE: 'The companion answered with something that does not match the protocol.',
  NO_CARD: 'No smart card with a usable signing certificate is inserted.',
  CARD_LOGIN_FAILED: 'The card login did not complete (PIN dialog closed, PIN locked, card removed or timed out).',
  PIN_DIALOG_FAILED: 'The PIN dialog could not be opened.',
  GRAPH_UPLOAD_FAILED: 'Uploading the encrypted message to Microsoft Graph failed; nothing was sent.',
  MESSAGE_UNAVAILABLE: 'The message could not be read from the mailbox (neither Office nor Graph gave its MIME).',
  NO_DECRYPTION_CARD: 'No smart card with a certificate is inserted.',
  WRONG_CARD: 'The message is not encrypted for any certificate on the inserted card.',
  CARD_LOCKED: 'The card is locked: too many wrong PINs.',
  CARD_SESSION_CLOSED: 'The card session closed (timed out, card removed or logged out); decrypt again.',
  GRAPH_DELETE_FAILED: 'Microsoft Graph did not move the message to Deleted Items.',
  GRAPH_DRIVE_DENIED: 'Microsoft Graph refused access to the document library (HTTP 401 or 403).',
  GRAPH_DRIVE_CONFLICT: 'A file or folder of that name already exists in the document library; nothing was overwritten.',
  GRAPH_DRIVE_UPLOAD_FAILED: 'Uploading to the document library failed (Graph answered with an error or not at all).',
  REGISTRAR_CERTIFICATE_UNAVAILABLE: "No valid certificate of the registrar was found (pinned in the policy, or looked up and validated); nothing was forwarded.",
  SUBJECT_NOT_ALLOWED: 'The subject holds data the policy keeps out of subjects (a subject is not encrypted); nothing was sent.',
} as const;

export type AddinErrorCode = keyof typeof ADDIN_ERROR_CODES;

export class AddinError extends Error {
  override readonly name = 'AddinError';
  readonly code: AddinErrorCode;
  /** The companion's own error code (PIN_LOCKED, TOKEN_REMOVED, …) when it refused. */
  readonly companionCode: string | undefined;

  constructor(code: AddinErrorCode, message?: string, options?: { cause?: unknown; companionCode?: string }) {
    super(message ?? ADDIN_ERROR_CODES[code], options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.companionCode = options?.companionCode;
  }
}

/** The code of any thrown value, for logs: never its message, which may quote mail content. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'INTERNAL';
}
