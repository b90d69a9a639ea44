/**
 * RecipientInfos (RFC 5652 §6.2) parsed into a flat list of what we can act on: one entry per
 * key-transport recipient and per RecipientEncryptedKey of a key-agreement recipient. Kinds we do
 * not handle (KEK, password, other, unknown algorithms) are kept as 'other' so inspection can show them.
 */
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, IssuerAndSerialNumber, KeyAgreeRecipientInfo, KeyTransRecipientInfo, OriginatorPublicKey, RecipientInfo, RecipientKeyIdentifier } from 'pkijs';
import { KuvertError, isKuvertError } from '../errors.js';
import { toHex } from '../bytes.js';
import type { DigestAlgorithm, KeyTransportAlgorithm } from '../keys/key-provider.js';
import { OID } from './oids.js';
import { derBytes, parseAsn1, valueBytes } from './asn1.js';
import { formatDistinguishedName } from './distinguished-name.js';
import { parseKeyTransportAlgorithm } from './key-trans-recipient.js';
import { KDF_SCHEMES, KEY_WRAPS } from './key-agree-recipient.js';

export type RecipientIdentifier =
  | { readonly type: 'issuerAndSerialNumber'; readonly issuer: Uint8Array; readonly issuerName: string; readonly serialNumber: Uint8Array }
  | { readonly type: 'subjectKeyIdentifier'; readonly subjectKeyIdentifier: Uint8Array };

export type RecipientEntry =
  | { readonly kind: 'key-transport'; readonly rid: RecipientIdentifier; readonly algorithm: KeyTransportAlgorithm; readonly encryptedKey: Uint8Array }
  | {
    readonly kind: 'key-agreement';
    readonly rid: RecipientIdentifier;
    readonly kdf: DigestAlgorithm;
    readonly wrapAlgorithm: AlgorithmIdentifier;
    readonly originatorPoint: Uint8Array;
    readonly ukm: Uint8Array | undefined;
    readonly encryptedKey: Uint8Array;
  }
  | { readonly kind: 'other'; readonly description: string };

/** "encrypted for certificate X": how a recipient is named, for people and logs. */
export interface RecipientSummary {
  readonly kind: 'key-transport' | 'key-agreement' | 'other';
  /** RFC 4514 issuer DN, with serialNumber, when the recipient is named by issuerAndSerialNumber. */
  readonly issuer?: string;
  /** Lower-case hex of the serial number's content octets. */
  readonly serialNumber?: string;
  /** Lower-case hex, when the recipient is named by subjectKeyIdentifier. */
  readonly subjectKeyIdentifier?: string;
  /** e.g. 'RSAES-PKCS1-v1_5', 'RSA-OAEP(SHA-256,MGF1-SHA-256)', 'ECDH(SHA-256 KDF,AES-256 wrap)'. */
  readonly keyAlgorithm: string;
}

function readIssuerAndSerial(value: IssuerAndSerialNumber): RecipientIdentifier {
  return {
    type: 'issuerAndSerialNumber',
    issuer: derBytes(value.issuer.toSchema()),
    issuerName: formatDistinguishedName(value.issuer),
    serialNumber: valueBytes(value.serialNumber),
  };
}

function readKeyTrans(ktri: KeyTransRecipientInfo): RecipientEntry {
  const rid: RecipientIdentifier = ktri.rid instanceof IssuerAndSerialNumber
    ? readIssuerAndSerial(ktri.rid)
    : { type: 'subjectKeyIdentifier', subjectKeyIdentifier: valueBytes(ktri.rid) };
  try {
    return { kind: 'key-transport', rid, algorithm: parseKeyTransportAlgorithm(ktri.keyEncryptionAlgorithm), encryptedKey: valueBytes(ktri.encryptedKey) };
  } catch (error) {
    if (isKuvertError(error, 'UNSUPPORTED_ALGORITHM')) return { kind: 'other', description: `key transport ${ktri.keyEncryptionAlgorithm.algorithmId}` };
    throw error;
  }
}

function readKeyAgree(kari: KeyAgreeRecipientInfo): RecipientEntry[] {
  const kdf = KDF_SCHEMES[kari.keyEncryptionAlgorithm.algorithmId];
  const originator: unknown = kari.originator.value;
  if (!kdf || kari.originator.variant !== 3 || !(originator instanceof OriginatorPublicKey)) {
    return [{ kind: 'other', description: `key agreement ${kari.keyEncryptionAlgorithm.algorithmId}` }];
  }
  const wrapSchema: unknown = kari.keyEncryptionAlgorithm.algorithmParams;
  if (!(wrapSchema instanceof asn1js.Sequence)) throw new KuvertError('MALFORMED_CMS', 'key agreement without a key-wrap algorithm');
  const wrapAlgorithm = new AlgorithmIdentifier({ schema: wrapSchema });
  if (KEY_WRAPS[wrapAlgorithm.algorithmId] === undefined) return [{ kind: 'other', description: `key wrap ${wrapAlgorithm.algorithmId}` }];
  if (originator.algorithm.algorithmId !== OID.ecPublicKey) return [{ kind: 'other', description: `originator key ${originator.algorithm.algorithmId}` }];
  const originatorPoint = valueBytes(originator.publicKey);
  const ukm = kari.ukm ? valueBytes(kari.ukm) : undefined;
  return kari.recipientEncryptedKeys.encryptedKeys.map((rek): RecipientEntry => {
    const ridValue: unknown = rek.rid.value;
    const rid: RecipientIdentifier = ridValue instanceof RecipientKeyIdentifier
      ? { type: 'subjectKeyIdentifier', subjectKeyIdentifier: valueBytes(ridValue.subjectKeyIdentifier) }
      : readIssuerAndSerial(ridValue as IssuerAndSerialNumber);
    return { kind: 'key-agreement', rid, kdf, wrapAlgorithm, originatorPoint, ukm, encryptedKey: valueBytes(rek.encryptedKey) };
  });
}

export function parseRecipientInfos(setDer: Uint8Array): RecipientEntry[] {
  const set = parseAsn1(setDer, 'RecipientInfos');
  if (!(set instanceof asn1js.Set) || set.valueBlock.value.length === 0) throw new KuvertError('MALFORMED_CMS', 'RecipientInfos must be a non-empty SET');
  const entries: RecipientEntry[] = [];
  for (const element of set.valueBlock.value) {
    let info: RecipientInfo;
    try {
      info = new RecipientInfo({ schema: element });
    } catch (error) {
      throw new KuvertError('MALFORMED_CMS', 'malformed RecipientInfo', { cause: error });
    }
    try {
      if (info.value instanceof KeyTransRecipientInfo) entries.push(readKeyTrans(info.value));
      else if (info.value instanceof KeyAgreeRecipientInfo) entries.push(...readKeyAgree(info.value));
      else entries.push({ kind: 'other', description: ['', '', '', 'KEK recipient', 'password recipient', 'other recipient'][info.variant] ?? 'unknown recipient' });
    } catch (error) {
      if (error instanceof KuvertError) throw error;
      throw new KuvertError('MALFORMED_CMS', 'malformed RecipientInfo', { cause: error });
    }
  }
  return entries;
}

function describeAlgorithm(entry: RecipientEntry): string {
  switch (entry.kind) {
    case 'key-transport':
      return entry.algorithm.name === 'RSA-OAEP' ? `RSA-OAEP(${entry.algorithm.hash},MGF1-${entry.algorithm.mgfHash})` : entry.algorithm.name;
    case 'key-agreement':
      return `ECDH(${entry.kdf} KDF,AES-${(KEY_WRAPS[entry.wrapAlgorithm.algorithmId] ?? 0) * 8} wrap)`;
    case 'other':
      return entry.description;
  }
}

export function summarizeRecipient(entry: RecipientEntry): RecipientSummary {
  const keyAlgorithm = describeAlgorithm(entry);
  if (entry.kind === 'other') return { kind: 'other', keyAlgorithm };
  const rid = entry.rid;
  return rid.type === 'issuerAndSerialNumber'
    ? { kind: entry.kind, issuer: rid.issuerName, serialNumber: toHex(rid.serialNumber), keyAlgorithm }
    : { kind: entry.kind, subjectKeyIdentifier: toHex(rid.subjectKeyIdentifier), keyAlgorithm };
}
