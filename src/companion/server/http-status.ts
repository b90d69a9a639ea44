/** The HTTP status for each error code that crosses the companion's API (everything else: 500 or 422). */
import type { KuvertErrorCode } from '../../core/errors.js';

const STATUS: Partial<Record<KuvertErrorCode, number>> = {
  HOST_NOT_ALLOWED: 403, ORIGIN_NOT_ALLOWED: 403, NOT_PAIRED: 401, REQUEST_TOO_LARGE: 413,
  MALFORMED_REQUEST: 400, INVALID_ARGUMENT: 400, USAGE: 400, NOT_FOUND: 404, TOKEN_NOT_FOUND: 404,
  PIN_REQUIRED: 409, PIN_INCORRECT: 409, PIN_LOCKED: 423, TOKEN_REMOVED: 410,
  UNSUPPORTED_ALGORITHM: 422, CERT_UNSUITABLE: 422, KEY_OPERATION_FAILED: 422, DECRYPT_FAILED: 422, SIGN_FAILED: 422,
  PKCS11_MODULE_FAILED: 503, DESTINATION_NOT_APPROVED: 403, DESTINATION_NOT_FOLDER: 409, MALFORMED_CERTIFICATE: 422, EMPTY_INPUT: 400, FETCH_FAILED: 502,
  FILE_NOT_FOUND: 503, MALFORMED_MESSAGE: 422, MALFORMED_CMS: 422,
};

export function httpStatusOf(code: KuvertErrorCode): number {
  // A message the companion was asked to read and could not parse: the input's fault, not ours.
  return STATUS[code] ?? (code.startsWith('MIME_') ? 422 : 500);
}
