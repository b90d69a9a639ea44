/**
 * KeyProvider for a private key on a smart card, over a logged-in PKCS#11 session. The key never
 * leaves the token: wrapped keys, originator public keys and hashes go in, results come out.
 *
 * No padding oracle (Bleichenbacher 1998, Manger 2001): every failure of the card's RSA decryption
 * that the ciphertext can cause becomes one generic DECRYPT_FAILED, the error a wrong key gives,
 * which core turns into a random content key (RFC 3218 §2.3) and the companion's API into random
 * bytes (see companion/unwrap-content-key.ts). Only failures the ciphertext cannot cause — the
 * card is gone, the session logged out — are reported, as KEY_OPERATION_FAILED (which core passes
 * through) carrying the specific error (TOKEN_REMOVED, PIN_REQUIRED) as its cause.
 *
 * The slow calls (C_Decrypt, C_Sign, C_DeriveKey) use pkcs11js's asynchronous variants, which run
 * on a worker thread, so the companion answers other requests while a card computes. (C_Login has
 * no asynchronous variant in pkcs11js 2.1; it stays synchronous.) Callers serialise operations
 * per PKCS#11 session (card-sessions.ts): a session runs one operation at a time.
 */
import pkcs11js from 'pkcs11js';
import { KuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import type { KeyKind, KeyProvider, KeyTransportAlgorithm, SignatureAlgorithm } from '../../core/keys/key-provider.js';
import { webBytes } from '../../core/cms/web-bytes.js';
import { isTokenGone, returnValueOf, toPkcs11Error } from './pkcs11-errors.js';
import { digestInfo, ecdhMechanism, ecdsaSignatureToDer, FIELD_BYTES, keyTransportMechanism, pointOfSubjectPublicKeyInfo, pssMechanism } from './mechanisms.js';

export interface CardKey {
  readonly binding: pkcs11js.PKCS11;
  readonly session: Buffer;
  readonly key: Buffer;
  readonly keyKind: KeyKind;
  /** RSA: the modulus length in bytes (the length of every ciphertext and signature). */
  readonly modulusBytes: number;
  readonly label: string;
  readonly certificate?: Uint8Array;
}

/** Failures that say the session cannot work at all, whatever the input was. */
function isSessionFailure(error: unknown): boolean {
  return isTokenGone(error) || returnValueOf(error) === pkcs11js.CKR_USER_NOT_LOGGED_IN;
}

/** Wraps a session failure so it passes through core's decryption unchanged (see the header). */
function sessionFailure(error: unknown, operation: string): KuvertError {
  const cause = toPkcs11Error(error, operation);
  return new KuvertError('KEY_OPERATION_FAILED', `${cause.code}: ${cause.message}`, { cause });
}

/** The operation running on each PKCS#11 session (by its handle object): the next one waits for it. */
const sessionQueues = new WeakMap<Buffer, Promise<unknown>>();

/** Runs `operation` alone on `session` (PKCS#11 allows one active operation per session). */
function serialized<T>(session: Buffer, operation: () => Promise<T>): Promise<T> {
  const run = (sessionQueues.get(session) ?? Promise.resolve()).then(operation);
  sessionQueues.set(session, run.catch(() => undefined));
  return run;
}

/** The card-specific error inside a KEY_OPERATION_FAILED from this provider, for callers that report it. */
export function cardErrorOf(error: unknown): unknown {
  return error instanceof KuvertError && error.code === 'KEY_OPERATION_FAILED' && error.cause instanceof KuvertError ? error.cause : error;
}

export class CardKeyProvider implements KeyProvider {
  readonly certificate?: Uint8Array;
  readonly keyKind: KeyKind;
  readonly label: string;
  readonly #card: CardKey;
  readonly #crypto: CryptoEngine;

  constructor(card: CardKey, crypto: CryptoEngine) {
    if (card.certificate) this.certificate = card.certificate;
    this.keyKind = card.keyKind;
    this.label = card.label;
    this.#card = card;
    this.#crypto = crypto;
  }

  decryptKeyTransport(algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array): Promise<Uint8Array> {
    return serialized(this.#card.session, () => this.#decryptKeyTransport(algorithm, encryptedKey));
  }

  deriveKeyAgreement(originatorPublicKey: Uint8Array): Promise<Uint8Array> {
    return serialized(this.#card.session, () => this.#deriveKeyAgreement(originatorPublicKey));
  }

  sign(algorithm: SignatureAlgorithm, data: Uint8Array): Promise<Uint8Array> {
    return serialized(this.#card.session, () => this.#sign(algorithm, data));
  }

  #decryptKeyTransport(algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array): Promise<Uint8Array> {
    const { binding, session, key, keyKind, modulusBytes } = this.#card;
    if (keyKind.type !== 'RSA') return Promise.reject(new KuvertError('CERT_UNSUITABLE', 'key transport needs an RSA key'));
    // The length is public (the modulus); checking it here spends no card operation.
    if (encryptedKey.length !== modulusBytes) return Promise.reject(new KuvertError('DECRYPT_FAILED'));
    // C_DecryptInit sees only the mechanism and key, never the ciphertext: its failures are reported.
    try {
      binding.C_DecryptInit(session, keyTransportMechanism(algorithm), key);
    } catch (error) {
      if (isSessionFailure(error)) return Promise.reject(sessionFailure(error, 'decryption'));
      const hash = 'hash' in algorithm ? ` with ${algorithm.hash}` : '';
      return Promise.reject(new KuvertError('KEY_OPERATION_FAILED', `the card refuses ${algorithm.name}${hash}`, { cause: toPkcs11Error(error, 'C_DecryptInit') }));
    }
    // The card works on the binding's worker thread; the event loop goes on serving other requests.
    return binding.C_DecryptAsync(session, Buffer.from(encryptedKey), Buffer.alloc(modulusBytes)).then(
      (plain) => new Uint8Array(plain),
      (error: unknown) => {
        if (isSessionFailure(error)) throw sessionFailure(error, 'decryption');
        // One generic error for every failure the ciphertext can cause: no padding oracle.
        throw new KuvertError('DECRYPT_FAILED');
      },
    );
  }

  async #deriveKeyAgreement(originatorPublicKey: Uint8Array): Promise<Uint8Array> {
    const { binding, session, key, keyKind } = this.#card;
    if (keyKind.type !== 'EC') throw new KuvertError('CERT_UNSUITABLE', 'key agreement needs an EC key');
    const point = pointOfSubjectPublicKeyInfo(originatorPublicKey, keyKind.curve);
    // Z comes back as a session object (never on the token) that we read once and destroy.
    const template: pkcs11js.Template = [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_GENERIC_SECRET },
      { type: pkcs11js.CKA_VALUE_LEN, value: FIELD_BYTES[keyKind.curve] },
      { type: pkcs11js.CKA_TOKEN, value: false },
      { type: pkcs11js.CKA_SENSITIVE, value: false },
      { type: pkcs11js.CKA_EXTRACTABLE, value: true },
    ];
    let secret: Buffer | undefined;
    try {
      secret = await binding.C_DeriveKeyAsync(session, ecdhMechanism(point), key, template);
      const [value] = binding.C_GetAttributeValue(session, secret, [{ type: pkcs11js.CKA_VALUE }]);
      if (!value || !Buffer.isBuffer(value.value)) throw new KuvertError('KEY_OPERATION_FAILED', 'the card returned no shared secret');
      return new Uint8Array(value.value);
    } catch (error) {
      if (error instanceof KuvertError) throw error;
      if (isSessionFailure(error)) throw sessionFailure(error, 'key agreement');
      throw new KuvertError('DECRYPT_FAILED', 'ECDH on the card failed (bad originator key?)');
    } finally {
      if (secret) {
        try {
          binding.C_DestroyObject(session, secret);
        } catch {
          // The session is gone and took the object with it.
        }
      }
    }
  }

  async #sign(algorithm: SignatureAlgorithm, data: Uint8Array): Promise<Uint8Array> {
    const { binding, session, key, keyKind, modulusBytes } = this.#card;
    const needed = algorithm.name === 'ECDSA' ? 'EC' : 'RSA';
    if (keyKind.type !== needed) throw new KuvertError('CERT_UNSUITABLE', `${algorithm.name} needs an ${needed} key`);
    const hash = new Uint8Array(await this.#crypto.subtle.digest(algorithm.hash, webBytes(data)));
    const [mechanism, input, outputLength] =
      algorithm.name === 'ECDSA' ? [{ mechanism: pkcs11js.CKM_ECDSA }, Buffer.from(hash), 2 * FIELD_BYTES[keyKind.type === 'EC' ? keyKind.curve : 'P-521']]
      : algorithm.name === 'RSA-PSS' ? [pssMechanism(algorithm.hash, algorithm.saltLength), Buffer.from(hash), modulusBytes]
      : [{ mechanism: pkcs11js.CKM_RSA_PKCS }, digestInfo(algorithm.hash, hash), modulusBytes];
    try {
      binding.C_SignInit(session, mechanism, key);
      const signature = new Uint8Array(await binding.C_SignAsync(session, input, Buffer.alloc(outputLength)));
      return algorithm.name === 'ECDSA' ? ecdsaSignatureToDer(signature) : signature;
    } catch (error) {
      throw toPkcs11Error(error, `signing (${algorithm.name})`, 'SIGN_FAILED');
    }
  }
}
