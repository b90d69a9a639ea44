/**
 * A PKCS#11 session on one token: PIN status and login, the certificates on the card and key
 * providers for its private keys, paired by CKA_ID (PKCS#11 v2.40 §4.4: certificate and key of
 * one identity share CKA_ID). The PIN is passed straight to C_Login and never kept.
 */
import pkcs11js from 'pkcs11js';
import { KuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { toHex } from '../../core/bytes.js';
import type { KeyKind } from '../../core/keys/key-provider.js';
import { returnValueOf, toPkcs11Error } from './pkcs11-errors.js';
import { pinStatusOf, type PinStatus } from './pin-status.js';
import { curveOfParams } from './mechanisms.js';
import { CardKeyProvider } from './card-key-provider.js';

export interface CardCertificate {
  /** CKA_ID in hex: names the key pair on the card. */
  readonly id: string;
  readonly label: string;
  readonly der: Uint8Array;
}

export class TokenSession {
  readonly #binding: pkcs11js.PKCS11;
  readonly #slot: Buffer;
  readonly #session: Buffer;

  constructor(binding: pkcs11js.PKCS11, slot: Buffer, session: Buffer) {
    this.#binding = binding;
    this.#slot = slot;
    this.#session = session;
  }

  pinStatus(): PinStatus {
    try {
      return pinStatusOf(this.#binding.C_GetTokenInfo(this.#slot).flags);
    } catch (error) {
      throw toPkcs11Error(error, 'reading token info', 'TOKEN_REMOVED');
    }
  }

  /**
   * Logs the user in. With a protected authentication path (PIN pad, middleware dialog) `pin`
   * must be absent; otherwise it is required. A locked PIN is refused before any try is spent.
   */
  login(pin: string | undefined): void {
    const status = this.pinStatus();
    if (status.locked) throw new KuvertError('PIN_LOCKED');
    if (pin === undefined && !status.protectedAuthenticationPath) throw new KuvertError('PIN_REQUIRED');
    try {
      this.#binding.C_Login(this.#session, pkcs11js.CKU_USER, status.protectedAuthenticationPath ? undefined : pin);
    } catch (error) {
      if (returnValueOf(error) === pkcs11js.CKR_USER_ALREADY_LOGGED_IN) return;
      const mapped = toPkcs11Error(error, 'login');
      if (mapped.code !== 'PIN_INCORRECT') throw mapped;
      const after = this.pinStatus();
      throw new KuvertError(after.locked ? 'PIN_LOCKED' : 'PIN_INCORRECT', describeTriesLeft(after), { cause: error });
    }
  }

  logout(): void {
    try {
      this.#binding.C_Logout(this.#session);
    } catch {
      // Not logged in, or the token is gone: either way no one is logged in now.
    }
  }

  close(): void {
    try {
      this.#binding.C_CloseSession(this.#session);
    } catch {
      // The token or module is gone; the session went with it.
    }
  }

  certificates(): CardCertificate[] {
    return this.#find({ class: pkcs11js.CKO_CERTIFICATE }).map((handle) => {
      const [id, label, value] = this.#attributes(handle, [pkcs11js.CKA_ID, pkcs11js.CKA_LABEL, pkcs11js.CKA_VALUE]);
      return { id: toHex(id ?? Buffer.alloc(0)), label: (label ?? Buffer.alloc(0)).toString('utf8'), der: new Uint8Array(value ?? Buffer.alloc(0)) };
    });
  }

  /**
   * Key providers for the private keys on the card (visible only after login on most cards), each
   * with the certificate of the same CKA_ID when there is one; `keyId` (hex) picks one key.
   */
  keyProviders(crypto: CryptoEngine, keyId?: string): CardKeyProvider[] {
    const certificates = this.certificates();
    const template = keyId === undefined ? { class: pkcs11js.CKO_PRIVATE_KEY } : { class: pkcs11js.CKO_PRIVATE_KEY, id: Buffer.from(keyId, 'hex') };
    const providers = this.#find(template).map((handle) => {
      const [id, label, keyType] = this.#attributes(handle, [pkcs11js.CKA_ID, pkcs11js.CKA_LABEL, pkcs11js.CKA_KEY_TYPE]);
      const idHex = toHex(id ?? Buffer.alloc(0));
      const kind = this.#keyKind(handle, keyType);
      const modulusBytes = kind.type === 'RSA' ? (this.#attributes(handle, [pkcs11js.CKA_MODULUS])[0]?.length ?? 0) : 0;
      const certificate = certificates.find((candidate) => candidate.id === idHex)?.der;
      const name = `${(label ?? Buffer.alloc(0)).toString('utf8') || 'card key'} (id ${idHex})`;
      return new CardKeyProvider({ binding: this.#binding, session: this.#session, key: handle, keyKind: kind, modulusBytes, label: name, ...(certificate ? { certificate } : {}) }, crypto);
    });
    if (keyId !== undefined && providers.length === 0) throw new KuvertError('TOKEN_NOT_FOUND', `no private key with id ${keyId} on the token (wrong id, or not logged in)`);
    return providers;
  }

  #keyKind(handle: Buffer, keyType: Buffer | undefined): KeyKind {
    const type = keyType === undefined ? -1 : keyType.readUIntLE(0, Math.min(keyType.length, 6));
    if (type === pkcs11js.CKK_RSA) return { type: 'RSA' };
    if (type === pkcs11js.CKK_EC) {
      const [params] = this.#attributes(handle, [pkcs11js.CKA_EC_PARAMS]);
      return { type: 'EC', curve: curveOfParams(params ?? Buffer.alloc(0)) };
    }
    throw new KuvertError('UNSUPPORTED_ALGORITHM', 'the card key is neither RSA nor EC');
  }

  #find(template: { class: number; id?: Buffer }): Buffer[] {
    const attributes: pkcs11js.Template = [{ type: pkcs11js.CKA_CLASS, value: template.class }];
    if (template.id) attributes.push({ type: pkcs11js.CKA_ID, value: template.id });
    try {
      this.#binding.C_FindObjectsInit(this.#session, attributes);
      try {
        return this.#binding.C_FindObjects(this.#session, 256);
      } finally {
        this.#binding.C_FindObjectsFinal(this.#session);
      }
    } catch (error) {
      throw toPkcs11Error(error, 'finding objects', 'TOKEN_REMOVED');
    }
  }

  #attributes(handle: Buffer, types: readonly number[]): (Buffer | undefined)[] {
    try {
      const result = this.#binding.C_GetAttributeValue(this.#session, handle, types.map((type) => ({ type })));
      return result.map((attribute) => (Buffer.isBuffer(attribute.value) ? attribute.value : undefined));
    } catch (error) {
      throw toPkcs11Error(error, 'reading attributes', 'TOKEN_REMOVED');
    }
  }
}

/** Words for the tries left; the token says only "low", "final" or "locked", never a number. */
export function describeTriesLeft(status: PinStatus): string {
  if (status.locked) return 'the PIN is wrong and now locked';
  if (status.finalTry) return 'the PIN is wrong; one more wrong PIN locks the card';
  return 'the PIN is wrong; the card counts the failed try';
}
