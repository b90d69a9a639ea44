/**
 * KeyProvider is the only way to a private key (ARCHITECTURE.md). Software keys (PKCS#8, PKCS#1,
 * PKCS#12) implement it in core; the smart-card provider lives in the companion and forwards these
 * calls over PKCS#11, so decrypt and sign code is the same for cards and software keys.
 * Only wrapped keys, public values, hashes and results cross this interface.
 */
export type DigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export type KeyTransportAlgorithm =
  | { readonly name: 'RSAES-PKCS1-v1_5' }
  | { readonly name: 'RSA-OAEP'; readonly hash: DigestAlgorithm; readonly mgfHash: DigestAlgorithm; readonly label?: Uint8Array };

export type SignatureAlgorithm =
  | { readonly name: 'RSASSA-PKCS1-v1_5'; readonly hash: DigestAlgorithm }
  | { readonly name: 'RSA-PSS'; readonly hash: DigestAlgorithm; readonly saltLength: number }
  | { readonly name: 'ECDSA'; readonly hash: DigestAlgorithm };

export type KeyCurve = 'P-256' | 'P-384' | 'P-521';

/** What kind of key this is; lets a key without a known certificate be tried blindly. */
export type KeyKind = { readonly type: 'RSA' } | { readonly type: 'EC'; readonly curve: KeyCurve };

export interface KeyProvider {
  /**
   * DER of the certificate whose public key matches this private key. Absent for a bare software
   * key: decryption then tries it on every recipient of its key type (as `openssl cms` does
   * without -recip), which costs one private-key operation per recipient.
   */
  readonly certificate?: Uint8Array;
  readonly keyKind: KeyKind;
  /** A short, non-secret description for messages and logs (e.g. subject CN and serial). */
  readonly label: string;
  /** Unwraps a content-encryption key sent with key transport (RFC 5652 §6.2.1). */
  decryptKeyTransport(algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array): Promise<Uint8Array>;
  /**
   * ECDH (RFC 5753 standard DH): returns the shared secret Z for the originator's public key,
   * given as SubjectPublicKeyInfo DER.
   */
  deriveKeyAgreement(originatorPublicKey: Uint8Array): Promise<Uint8Array>;
  /** Signs `data` (the DER of signed attributes, or content); the provider hashes it. */
  sign(algorithm: SignatureAlgorithm, data: Uint8Array): Promise<Uint8Array>;
}
