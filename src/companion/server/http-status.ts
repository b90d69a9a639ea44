/** The HTTP status for each error code that crosses the companion's API (everything else: 500 or 422). */
import type { KuvertErrorCode } from '../../core/errors.js';

const STATUS: Partial<Record<KuvertErrorCode, number>> = {
  HOST_NOT_ALLOWED: 403, ORIGIN_NOT_ALLOWED: 403, NOT_PAIRED: 401, REQUEST_TOO_LARGE: 413,
  MALFORMED_REQUEST: 400, INVALID_ARGUMENT: 400, USAGE: 400, NOT_FOUND: 404, TOKEN_NOT_FOUND: 404,
  PIN_REQUIRED: 409, PIN_INCORRECT: 409, PIN_LOCKED: 423, TOKEN_REMOVED: 410,
  UNSUPPORTED_ALGORITHM: 422, CERT_UNSUITABLE: 422, KEY_OPERATION_FAILED: 422, DECRYPT_FAILED: 422, SIGN_FAILED: 422,
  PKCS11_MODULE_FAILED: 503, DESTINATION_NOT_APPROVED: 403,
};

export function httpStatusOf(code: KuvertErrorCode): number {
  return STATUS[code] ?? 500;
}
