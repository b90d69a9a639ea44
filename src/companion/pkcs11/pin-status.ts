/** What a token's flags (PKCS#11 v2.40 §3.2, CK_TOKEN_INFO) say about its PIN, before the user types. */
import pkcs11js from 'pkcs11js';

export interface PinStatus {
  /** The token logs in through its own PIN pad or middleware dialog: no PIN crosses the companion. */
  readonly protectedAuthenticationPath: boolean;
  readonly loginRequired: boolean;
  /** A wrong PIN has been entered since the last correct one (CKF_USER_PIN_COUNT_LOW). */
  readonly countLow: boolean;
  /** One wrong PIN more locks the card (CKF_USER_PIN_FINAL_TRY). */
  readonly finalTry: boolean;
  readonly locked: boolean;
  /** The user must set a new PIN with the card issuer's tool first. */
  readonly toBeChanged: boolean;
}

export function pinStatusOf(flags: number): PinStatus {
  const has = (flag: number): boolean => (flags & flag) !== 0;
  return {
    protectedAuthenticationPath: has(pkcs11js.CKF_PROTECTED_AUTHENTICATION_PATH),
    loginRequired: has(pkcs11js.CKF_LOGIN_REQUIRED),
    countLow: has(pkcs11js.CKF_USER_PIN_COUNT_LOW),
    finalTry: has(pkcs11js.CKF_USER_PIN_FINAL_TRY),
    locked: has(pkcs11js.CKF_USER_PIN_LOCKED),
    toBeChanged: has(pkcs11js.CKF_USER_PIN_TO_BE_CHANGED),
  };
}
