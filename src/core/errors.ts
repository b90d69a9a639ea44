/**
 * Every failure that crosses a boundary (CLI exit, companion HTTP, on-send message, UI) is a
 * KuvertError with a stable code. Callers branch on `code`; `message` is for logs and developers,
 * the UI localizes by code. Codes are never reused for a different failure.
 */
export const ERROR_CODES = {
  // usage and input
  USAGE: 'The command or call was used wrongly.',
  INVALID_ARGUMENT: 'An argument has an invalid value.',
  UNKNOWN_OPTION: 'An option is not known; nothing was done.',
  FILE_NOT_FOUND: 'A file could not be read.',
  EMPTY_INPUT: 'The input is empty.',
  // MIME
  MALFORMED_MESSAGE: 'The message is not a well-formed MIME message.',
  MIME_MISSING_BOUNDARY: 'A multipart entity has no boundary parameter.',
  MIME_TRUNCATED: 'A multipart entity ends before its closing boundary.',
  MIME_BAD_BASE64: 'A base64 body contains characters outside the base64 alphabet.',
  MIME_BAD_QUOTED_PRINTABLE: 'A quoted-printable body is malformed.',
  MIME_HEADER_INJECTION: 'A header value contains a line break.',
  MIME_BAD_HEADER: 'A header line is malformed.',
  MIME_UNSUPPORTED_ENCODING: 'A body uses a transfer encoding or charset that is not supported.',
  MIME_TOO_DEEP: 'Multipart entities are nested too deeply.',
  MIME_TOO_MANY_PARTS: 'A message has more body parts than the limit allows.',
  // CMS / S/MIME
  NOT_SMIME: 'The message is not an S/MIME message of the expected kind.',
  MALFORMED_CMS: 'The CMS structure is malformed.',
  UNSUPPORTED_ALGORITHM: 'An algorithm is not supported.',
  NO_MATCHING_RECIPIENT: 'The message is not encrypted for any of the given certificates or keys.',
  DECRYPT_FAILED: 'Decryption failed: wrong key, or the message was damaged or tampered with.',
  INTEGRITY_CHECK_FAILED: 'The authentication tag does not match: the message was changed.',
  ENCRYPT_FAILED: 'Encryption failed; nothing was produced.',
  NO_RECIPIENTS: 'There is no recipient to encrypt to.',
  // certificates and keys
  MALFORMED_CERTIFICATE: 'A certificate could not be parsed.',
  CERT_UNSUITABLE: 'A certificate cannot be used for this purpose (key type or key usage).',
  CERT_EXPIRED: 'A certificate has expired.',
  CERT_NOT_YET_VALID: 'A certificate is not yet valid.',
  MALFORMED_KEY: 'A private key could not be parsed.',
  KEY_MISMATCH: 'The private key does not belong to the certificate.',
  BAD_PASSWORD: 'The password is wrong.',
  PASSWORD_REQUIRED: 'The key file is protected and no password was given.',
  KEY_OPERATION_FAILED: 'The private-key operation failed.',
  // signatures
  NOT_SIGNED: 'The message carries no signature.',
  BAD_SIGNATURE: 'The signature does not match the content: the message was changed or the signature is broken.',
  SIGNER_CERT_MISSING: 'The signer certificate is neither in the message nor given.',
  UNTRUSTED_CHAIN: 'The signer certificate does not chain to a trusted certificate authority.',
  CERT_REVOKED: 'A certificate has been revoked.',
  SIGN_FAILED: 'Signing failed; nothing was produced.',
  // certificates and revocation (UNTRUSTED_CHAIN and CERT_REVOKED are under signatures)
  CERT_SIGNATURE_INVALID: 'A certificate or CRL signature in the chain does not verify.',
  BASIC_CONSTRAINTS_VIOLATION: 'A certificate acts as a CA without being one, or the path is longer than allowed.',
  NAME_CONSTRAINT_VIOLATION: 'A name in the chain is outside the names a CA may certify.',
  POLICY_VIOLATION: 'The chain does not satisfy the required certificate policies.',
  UNKNOWN_CRITICAL_EXTENSION: 'A certificate or CRL carries a critical extension that is not understood.',
  REVOCATION_UNAVAILABLE: 'The revocation status could not be determined (no CRL or OCSP answer).',
  CRL_INVALID: 'A CRL is malformed, not signed by its issuer, or out of date.',
  OCSP_INVALID: 'An OCSP response is malformed, not authorised, stale or does not match the request.',
  FETCH_FAILED: 'A network fetch failed (unreachable, timeout, too large or an error status).',
  // classifier and policy
  POLICY_INVALID: 'The policy does not match the policy schema.',
  CLASSIFY_FAILED: 'The content could not be classified.',
  ATTACHMENT_UNINSPECTABLE: 'An attachment could not be inspected (encrypted, unsupported, too large or corrupt).',
  EXTRACTION_LIMIT: 'Text extraction stopped at a size or time limit (e.g. a zip bomb).',
  // companion
  PIN_INCORRECT: 'The PIN is wrong; the token counts the failed try.',
  PIN_LOCKED: 'The PIN is locked after too many wrong tries; unblock it with the PUK or the card issuer.',
  PIN_REQUIRED: 'The token needs a PIN, typed in the companion\'s own page.',
  TOKEN_NOT_FOUND: 'No smart card or token with that label (or no key with that id) is present.',
  TOKEN_REMOVED: 'The smart card was removed, or its middleware stopped, during the operation.',
  PKCS11_MODULE_FAILED: 'The PKCS#11 module could not be loaded or initialised.',
  DESTINATION_NOT_APPROVED: 'The destination is not one the policy names as approved storage.',
  DESTINATION_NOT_FOLDER: 'The destination is not a folder the companion writes (a document library or the registrar): the add-in uploads or forwards to it.',
  ORIGIN_NOT_ALLOWED: 'The request comes from an origin the companion does not serve.',
  HOST_NOT_ALLOWED: 'The request names a host other than the companion\'s loopback address.',
  NOT_PAIRED: 'The pairing token is missing or wrong; pair the add-in with the companion first.',
  REQUEST_TOO_LARGE: 'The request body is larger than the companion accepts.',
  MALFORMED_REQUEST: 'The request is not valid JSON or does not match the protocol schema.',
  NOT_FOUND: 'The companion has no such endpoint or object.',
  // internal
  INTERNAL: 'An unexpected internal error.',
} as const;

export type KuvertErrorCode = keyof typeof ERROR_CODES;

export class KuvertError extends Error {
  override readonly name = 'KuvertError';
  readonly code: KuvertErrorCode;

  constructor(code: KuvertErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options);
    this.code = code;
  }

  /** The `{ code, message }` shape every process boundary uses. */
  toJSON(): { code: KuvertErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isKuvertError(value: unknown, code?: KuvertErrorCode): value is KuvertError {
  return value instanceof KuvertError && (code === undefined || value.code === code);
}

/** Narrowing assertion for API entry points (in the style of PKI.js' ParameterError.assert). */
export function assertArgument(condition: unknown, message: string): asserts condition {
  if (!condition) throw new KuvertError('INVALID_ARGUMENT', message);
}

/**
 * Wraps an unknown thrown value: KuvertErrors pass through, anything else becomes `code` with the
 * original as `cause`, so no library message (which may contain data) is the only explanation.
 */
export function toKuvertError(error: unknown, code: KuvertErrorCode, message?: string): KuvertError {
  if (error instanceof KuvertError) return error;
  return new KuvertError(code, message, { cause: error });
}
