/**
 * KeyTransRecipientInfo (RFC 5652 §6.2.1) with RSAES-PKCS1-v1_5 (RFC 8017 §7.2) or RSAES-OAEP
 * (RFC 3560). The structure is pkijs'; the RSA operation is WebCrypto (OAEP) or our BigInt
 * implementation (v1.5, which WebCrypto lacks).
 */
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, IssuerAndSerialNumber, KeyTransRecipientInfo, RecipientInfo } from 'pkijs';
import { KuvertError } from '../errors.js';
import type { CryptoEngine } from '../crypto-engine.js';
import type { KeyTransportAlgorithm } from '../keys/key-provider.js';
import { encryptPkcs1v15 } from '../keys/rsa-pkcs1-v1_5.js';
import { parseRsaPublicKey } from '../keys/rsa-key.js';
import { OID } from './oids.js';
import { octetString, valueBytes } from './asn1.js';
import { encodeOaepParams, parseOaepParams } from './rsaes-oaep-params.js';
import type { CertificateIdentity } from './certificate-identity.js';
import { webBytes } from './web-bytes.js';

export type RecipientIdentifierChoice = 'issuerAndSerialNumber' | 'subjectKeyIdentifier';

export function keyTransportAlgorithmIdentifier(algorithm: KeyTransportAlgorithm): AlgorithmIdentifier {
  if (algorithm.name === 'RSAES-PKCS1-v1_5') return new AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() });
  if (algorithm.label) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'OAEP labels are not sent');
  return new AlgorithmIdentifier({ algorithmId: OID.rsaesOaep, algorithmParams: encodeOaepParams(algorithm.hash, algorithm.mgfHash) });
}

export function parseKeyTransportAlgorithm(algorithm: AlgorithmIdentifier): KeyTransportAlgorithm {
  if (algorithm.algorithmId === OID.rsaEncryption) return { name: 'RSAES-PKCS1-v1_5' };
  if (algorithm.algorithmId === OID.rsaesOaep) return parseOaepParams(algorithm.algorithmParams);
  throw new KuvertError('UNSUPPORTED_ALGORITHM', `key transport ${algorithm.algorithmId} is not supported`);
}

export function issuerAndSerialNumber(identity: CertificateIdentity): IssuerAndSerialNumber {
  return new IssuerAndSerialNumber({ issuer: identity.certificate.issuer, serialNumber: identity.certificate.serialNumber });
}

async function wrapContentKey(identity: CertificateIdentity, algorithm: KeyTransportAlgorithm, cek: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const publicKey = parseRsaPublicKey(valueBytes(identity.certificate.subjectPublicKeyInfo.subjectPublicKey));
  if (algorithm.name === 'RSAES-PKCS1-v1_5') return encryptPkcs1v15(publicKey, cek, crypto);
  if (algorithm.mgfHash !== algorithm.hash) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'OAEP encryption uses the same hash for MGF1');
  const key = await crypto.subtle.importKey('spki', webBytes(identity.subjectPublicKeyInfo), { name: 'RSA-OAEP', hash: algorithm.hash }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, webBytes(cek)));
}

export async function buildKeyTransRecipientInfo(
  identity: CertificateIdentity,
  identifier: RecipientIdentifierChoice,
  algorithm: KeyTransportAlgorithm,
  cek: Uint8Array,
  crypto: CryptoEngine,
): Promise<RecipientInfo> {
  const encryptedKey = await wrapContentKey(identity, algorithm, cek, crypto);
  const ktri = new KeyTransRecipientInfo({
    // version is set by pkijs from the rid choice (0 for issuerAndSerialNumber, 2 for SKI; §6.2.1)
    rid: identifier === 'subjectKeyIdentifier' ? octetString(identity.subjectKeyIdentifier) : issuerAndSerialNumber(identity),
    keyEncryptionAlgorithm: keyTransportAlgorithmIdentifier(algorithm),
    encryptedKey: octetString(encryptedKey),
  });
  return new RecipientInfo({ variant: 1, value: ktri });
}
