/**
 * KeyProvider over a private key held in memory (PKCS#8). RSA decryption: RSAES-PKCS1-v1_5 with
 * implicit rejection on BigInt, RSA-OAEP in WebCrypto (BigInt only when the MGF1 hash differs).
 * EC: ECDH in WebCrypto. Signatures in WebCrypto; ECDSA results are returned DER-encoded
 * (Ecdsa-Sig-Value, RFC 5753 §7.2), as CMS carries them.
 */
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from '../cms/web-bytes.js';
import { TAG, derElement, derUnsignedInteger } from '../cms/der-writer.js';
import type { EcCurve } from '../cms/curves.js';
import type { KeyProvider, KeyTransportAlgorithm, SignatureAlgorithm, KeyKind } from './key-provider.js';
import type { RsaPrivateComponents } from './rsa-math.js';
import { decryptPkcs1v15 } from './rsa-pkcs1-v1_5.js';
import { decryptOaep } from './rsa-oaep.js';

export type SoftwarePrivateKey =
  | { readonly type: 'RSA'; readonly pkcs8: Uint8Array; readonly components: RsaPrivateComponents }
  | { readonly type: 'EC'; readonly pkcs8: Uint8Array; readonly curve: EcCurve };

const CURVE_BITS: Record<EcCurve, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 528 };

function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return derElement(TAG.sequence, derUnsignedInteger(raw.subarray(0, half)), derUnsignedInteger(raw.subarray(half)));
}

export class SoftwareKeyProvider implements KeyProvider {
  readonly certificate?: Uint8Array;
  readonly keyKind: KeyKind;
  readonly label: string;
  readonly #key: SoftwarePrivateKey;
  readonly #crypto: CryptoEngine;

  constructor(certificate: Uint8Array | undefined, label: string, key: SoftwarePrivateKey, crypto: CryptoEngine) {
    if (certificate) this.certificate = certificate;
    this.keyKind = key.type === 'RSA' ? { type: 'RSA' } : { type: 'EC', curve: key.curve };
    this.label = label;
    this.#key = key;
    this.#crypto = crypto;
  }

  async decryptKeyTransport(algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array): Promise<Uint8Array> {
    const key = this.#key;
    if (key.type !== 'RSA') throw new KuvertError('CERT_UNSUITABLE', 'key transport needs an RSA key');
    if (algorithm.name === 'RSAES-PKCS1-v1_5') return decryptPkcs1v15(key.components, encryptedKey, this.#crypto);
    if (algorithm.mgfHash !== algorithm.hash) {
      return decryptOaep(key.components, algorithm.hash, algorithm.mgfHash, algorithm.label ?? new Uint8Array(0), encryptedKey, this.#crypto);
    }
    try {
      const cryptoKey = await this.#crypto.subtle.importKey('pkcs8', webBytes(key.pkcs8), { name: 'RSA-OAEP', hash: algorithm.hash }, false, ['decrypt']);
      const params = algorithm.label ? { name: 'RSA-OAEP', label: webBytes(algorithm.label) } : { name: 'RSA-OAEP' };
      return new Uint8Array(await this.#crypto.subtle.decrypt(params, cryptoKey, webBytes(encryptedKey)));
    } catch (error) {
      throw new KuvertError('DECRYPT_FAILED', 'RSA-OAEP decryption failed', { cause: error });
    }
  }

  async deriveKeyAgreement(originatorPublicKey: Uint8Array): Promise<Uint8Array> {
    const key = this.#key;
    if (key.type !== 'EC') throw new KuvertError('CERT_UNSUITABLE', 'key agreement needs an EC key');
    const algorithm = { name: 'ECDH', namedCurve: key.curve };
    try {
      const privateKey = await this.#crypto.subtle.importKey('pkcs8', webBytes(key.pkcs8), algorithm, false, ['deriveBits']);
      const publicKey = await this.#crypto.subtle.importKey('spki', webBytes(originatorPublicKey), algorithm, false, []);
      return new Uint8Array(await this.#crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, CURVE_BITS[key.curve]));
    } catch (error) {
      throw new KuvertError('DECRYPT_FAILED', 'ECDH failed (bad originator key?)', { cause: error });
    }
  }

  async sign(algorithm: SignatureAlgorithm, data: Uint8Array): Promise<Uint8Array> {
    const key = this.#key;
    const subtle = this.#crypto.subtle;
    if (algorithm.name === 'ECDSA') {
      if (key.type !== 'EC') throw new KuvertError('CERT_UNSUITABLE', 'ECDSA needs an EC key');
      const privateKey = await subtle.importKey('pkcs8', webBytes(key.pkcs8), { name: 'ECDSA', namedCurve: key.curve }, false, ['sign']);
      return ecdsaRawToDer(new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: algorithm.hash }, privateKey, webBytes(data))));
    }
    if (key.type !== 'RSA') throw new KuvertError('CERT_UNSUITABLE', `${algorithm.name} needs an RSA key`);
    const privateKey = await subtle.importKey('pkcs8', webBytes(key.pkcs8), { name: algorithm.name, hash: algorithm.hash }, false, ['sign']);
    const params = algorithm.name === 'RSA-PSS' ? { name: 'RSA-PSS', saltLength: algorithm.saltLength } : { name: algorithm.name };
    return new Uint8Array(await subtle.sign(params, privateKey, webBytes(data)));
  }
}
