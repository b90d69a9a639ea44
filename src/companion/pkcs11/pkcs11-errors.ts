/**
 * Maps PKCS#11 return values (CKR_*) to Kuvert codes, once, at the binding's edge. The names of
 * return values are kept in the message for logs; nothing from the token's data is.
 */
import pkcs11js from 'pkcs11js';
import { KuvertError, type KuvertErrorCode } from '../../core/errors.js';

/** Return values that mean the card or its middleware went away, not that the input was bad. */
const REMOVED = new Set<number>([
  pkcs11js.CKR_DEVICE_REMOVED, pkcs11js.CKR_TOKEN_NOT_PRESENT, pkcs11js.CKR_SESSION_HANDLE_INVALID,
  pkcs11js.CKR_SESSION_CLOSED, pkcs11js.CKR_CRYPTOKI_NOT_INITIALIZED, pkcs11js.CKR_SLOT_ID_INVALID,
  pkcs11js.CKR_TOKEN_NOT_RECOGNIZED, pkcs11js.CKR_KEY_HANDLE_INVALID, pkcs11js.CKR_OBJECT_HANDLE_INVALID,
]);

const BY_VALUE = new Map<number, KuvertErrorCode>([
  [pkcs11js.CKR_PIN_INCORRECT, 'PIN_INCORRECT'],
  [pkcs11js.CKR_PIN_LOCKED, 'PIN_LOCKED'],
  [pkcs11js.CKR_PIN_LEN_RANGE, 'PIN_INCORRECT'],
  [pkcs11js.CKR_PIN_INVALID, 'PIN_INCORRECT'],
  [pkcs11js.CKR_USER_NOT_LOGGED_IN, 'PIN_REQUIRED'],
  [pkcs11js.CKR_MECHANISM_INVALID, 'UNSUPPORTED_ALGORITHM'],
  [pkcs11js.CKR_MECHANISM_PARAM_INVALID, 'UNSUPPORTED_ALGORITHM'],
]);

/** The CKR_* value of an error thrown by pkcs11js, or undefined for anything else. */
export function returnValueOf(error: unknown): number | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'number' && error.code !== 0) return error.code;
  return undefined;
}

/** True when the error says the token is gone (removed card, finalised module, closed session). */
export function isTokenGone(error: unknown): boolean {
  const value = returnValueOf(error);
  return value !== undefined && REMOVED.has(value);
}

function nameOf(value: number): string {
  const entry = Object.entries(pkcs11js).find(([name, constant]) => name.startsWith('CKR_') && constant === value);
  return entry?.[0] ?? `CKR 0x${value.toString(16)}`;
}

/**
 * Wraps a pkcs11js error. `fallback` is the code for return values without a specific meaning
 * (data errors during decryption map to DECRYPT_FAILED there, see card-key-provider.ts).
 */
export function toPkcs11Error(error: unknown, operation: string, fallback: KuvertErrorCode = 'KEY_OPERATION_FAILED'): KuvertError {
  if (error instanceof KuvertError) return error;
  const value = returnValueOf(error);
  if (value === undefined) return new KuvertError(fallback, `${operation} failed`, { cause: error });
  const code = REMOVED.has(value) ? 'TOKEN_REMOVED' : BY_VALUE.get(value) ?? fallback;
  return new KuvertError(code, `${operation}: ${nameOf(value)}`, { cause: error });
}
