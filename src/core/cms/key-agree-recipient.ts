/**
 * KeyAgreeRecipientInfo with ephemeral-static ECDH (RFC 5753 §3.1, dhSinglePass-stdDH-shaXkdf),
 * the X9.63 KDF over ECC-CMS-SharedInfo and AES key wrap. Our own path rather than pkijs' because
 * pkijs derives the wrong KEK when `ukm` is absent, which is how OpenSSL sends it.
 */
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier, KeyAgreeRecipientIdentifier, KeyAgreeRecipientInfo, OriginatorIdentifierOrKey,
  OriginatorPublicKey, RecipientEncryptedKey, RecipientEncryptedKeys, RecipientInfo, RecipientKeyIdentifier,
} from 'pkijs';
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { OID } from './oids.js';
import { derBytes, octetString } from './asn1.js';
import { CURVE_OIDS, type CertificateIdentity, type EcCurve } from './certificate-identity.js';
import { encodeEccCmsSharedInfo, x963Kdf } from './ecc-cms-shared-info.js';
import { aesKeyUnwrap, aesKeyWrap } from './aes-key-wrap.js';
import { issuerAndSerialNumber, type RecipientIdentifierChoice } from './key-trans-recipient.js';
import { webBytes } from './web-bytes.js';
import { toArrayBuffer } from '../bytes.js';

export const KDF_SCHEMES: Record<string, DigestAlgorithm> = {
  [OID.dhSinglePassStdDHSha1Kdf]: 'SHA-1',
  [OID.dhSinglePassStdDHSha256Kdf]: 'SHA-256',
  [OID.dhSinglePassStdDHSha384Kdf]: 'SHA-384',
  [OID.dhSinglePassStdDHSha512Kdf]: 'SHA-512',
};

export const KEY_WRAPS: Record<string, number> = {
  [OID.aes128Wrap]: 16,
  [OID.aes192Wrap]: 24,
  [OID.aes256Wrap]: 32,
};

const CURVE_BITS: Record<EcCurve, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 528 };

/** The KDF hash grows with the curve (RFC 5753 §8 / NSA Suite B pairing). */
const KDF_FOR_CURVE: Record<EcCurve, string> = {
  'P-256': OID.dhSinglePassStdDHSha256Kdf,
  'P-384': OID.dhSinglePassStdDHSha384Kdf,
  'P-521': OID.dhSinglePassStdDHSha512Kdf,
};

/** KEK = X9.63-KDF(Z, ECC-CMS-SharedInfo(wrap algorithm, ukm, wrap key bits)). */
export async function deriveKeyEncryptionKey(
  kdf: DigestAlgorithm,
  wrapAlgorithm: AlgorithmIdentifier,
  z: Uint8Array,
  ukm: Uint8Array | undefined,
  crypto: CryptoEngine,
): Promise<Uint8Array> {
  const kekLength = KEY_WRAPS[wrapAlgorithm.algorithmId];
  if (kekLength === undefined) throw new KuvertError('UNSUPPORTED_ALGORITHM', `key wrap ${wrapAlgorithm.algorithmId} is not supported`);
  return x963Kdf(kdf, z, encodeEccCmsSharedInfo(wrapAlgorithm, kekLength, ukm), kekLength, crypto);
}

/** SubjectPublicKeyInfo DER for an EC point on the recipient's curve (for KeyProvider.deriveKeyAgreement). */
export function ecSubjectPublicKeyInfo(curve: EcCurve, point: Uint8Array): Uint8Array {
  return derBytes(new asn1js.Sequence({
    value: [
      new AlgorithmIdentifier({ algorithmId: OID.ecPublicKey, algorithmParams: new asn1js.ObjectIdentifier({ value: CURVE_OIDS[curve] }) }).toSchema(),
      new asn1js.BitString({ valueHex: toArrayBuffer(point) }),
    ],
  }));
}

export async function buildKeyAgreeRecipientInfo(
  identity: CertificateIdentity,
  curve: EcCurve,
  identifier: RecipientIdentifierChoice,
  cek: Uint8Array,
  crypto: CryptoEngine,
): Promise<RecipientInfo> {
  const algorithm = { name: 'ECDH', namedCurve: curve };
  const recipientKey = await crypto.subtle.importKey('spki', webBytes(identity.subjectPublicKeyInfo), algorithm, false, []);
  const ephemeral = await crypto.subtle.generateKey(algorithm, true, ['deriveBits']);
  const z = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: recipientKey }, ephemeral.privateKey, CURVE_BITS[curve]));
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const kdfOid = KDF_FOR_CURVE[curve];
  // Wrap with at least the content key's strength (RFC 5753 §7.1.5): AES-256-KW for 256-bit CEKs.
  const wrapOid = cek.length > 16 ? OID.aes256Wrap : OID.aes128Wrap;
  // keyInfo and the KARI's wrap algorithm carry no parameters (RFC 3565 §2.3.2 "absent").
  const wrapAlgorithm = new AlgorithmIdentifier({ algorithmId: wrapOid });
  const kek = await deriveKeyEncryptionKey(KDF_SCHEMES[kdfOid]!, wrapAlgorithm, z, undefined, crypto);
  const encryptedKey = await aesKeyWrap(kek, cek, crypto);
  const rid = identifier === 'subjectKeyIdentifier'
    ? new KeyAgreeRecipientIdentifier({ variant: 2, value: new RecipientKeyIdentifier({ subjectKeyIdentifier: octetString(identity.subjectKeyIdentifier) }) })
    : new KeyAgreeRecipientIdentifier({ variant: 1, value: issuerAndSerialNumber(identity) });
  const kari = new KeyAgreeRecipientInfo({
    version: 3,
    // RFC 5753 §3.1.1: originatorKey with id-ecPublicKey; parameters absent (as OpenSSL sends).
    originator: new OriginatorIdentifierOrKey({
      variant: 3,
      value: new OriginatorPublicKey({
        algorithm: new AlgorithmIdentifier({ algorithmId: OID.ecPublicKey }),
        publicKey: new asn1js.BitString({ valueHex: toArrayBuffer(point) }),
      }),
    }),
    keyEncryptionAlgorithm: new AlgorithmIdentifier({ algorithmId: kdfOid, algorithmParams: wrapAlgorithm.toSchema() }),
    recipientEncryptedKeys: new RecipientEncryptedKeys({ encryptedKeys: [new RecipientEncryptedKey({ rid, encryptedKey: octetString(encryptedKey) })] }),
  });
  return new RecipientInfo({ variant: 2, value: kari });
}

export async function unwrapKeyAgreement(
  kdf: DigestAlgorithm,
  wrapAlgorithm: AlgorithmIdentifier,
  z: Uint8Array,
  ukm: Uint8Array | undefined,
  encryptedKey: Uint8Array,
  crypto: CryptoEngine,
): Promise<Uint8Array> {
  const kek = await deriveKeyEncryptionKey(kdf, wrapAlgorithm, z, ukm, crypto);
  return aesKeyUnwrap(kek, encryptedKey, crypto);
}
