/**
 * The outer DER/BER of ContentInfo around SignedData (RFC 5652 §5.1, §5.2), written and read by hand
 * like envelope-framing.ts: a 50 MB opaque-signed content stays one untouched chunk.
 *
 *   SignedData ::= SEQUENCE { version CMSVersion, digestAlgorithms SET OF DigestAlgorithmIdentifier,
 *     encapContentInfo EncapsulatedContentInfo, certificates [0] IMPLICIT CertificateSet OPTIONAL,
 *     crls [1] IMPLICIT RevocationInfoChoices OPTIONAL, signerInfos SET OF SignerInfo }
 *   EncapsulatedContentInfo ::= SEQUENCE { eContentType OID, eContent [0] EXPLICIT OCTET STRING OPTIONAL }
 */
import { KuvertError } from '../errors.js';
import { TAG, derHeader, derWrap } from './der-writer.js';
import { elementBytes, expectTag, octetStringSegments, readChildren, readElement, readOid, readSmallInteger } from './ber-reader.js';
import { OID } from './oids.js';
import { oidDer } from './signed-attributes.js';

export interface SignedDataParts {
  readonly version: number;
  /** DER of each digest AlgorithmIdentifier. */
  readonly digestAlgorithms: readonly Uint8Array[];
  readonly contentType: string;
  /** Opaque signing: the content, as pieces (never copied). Absent: detached. */
  readonly content?: readonly Uint8Array[];
  /** DER certificates to include. */
  readonly certificates: readonly Uint8Array[];
  /** DER of each SignerInfo. */
  readonly signerInfos: readonly Uint8Array[];
}

export interface ParsedSignedData {
  readonly version: number;
  readonly contentType: string;
  /** The encapsulated content as it lies in the input; undefined for detached signatures. */
  readonly content: Uint8Array[] | undefined;
  readonly certificates: Uint8Array[];
  readonly crls: Uint8Array[];
  readonly signerInfos: Uint8Array[];
}

export function writeSignedData(parts: SignedDataParts): Uint8Array[] {
  const encap = parts.content
    ? derWrap(TAG.sequence, [oidDer(parts.contentType), ...derWrap(TAG.context0Constructed, derWrap(TAG.octetString, parts.content))])
    : derWrap(TAG.sequence, [oidDer(parts.contentType)]);
  const body = [
    derHeader(TAG.integer, 1),
    Uint8Array.of(parts.version),
    ...derWrap(TAG.set, parts.digestAlgorithms),
    ...encap,
    ...(parts.certificates.length > 0 ? derWrap(TAG.context0Constructed, parts.certificates) : []),
    ...derWrap(TAG.set, parts.signerInfos),
  ];
  return derWrap(TAG.sequence, [oidDer(OID.signedData), ...derWrap(TAG.context0Constructed, derWrap(TAG.sequence, body))]);
}

/** True when DER/BER bytes start a ContentInfo of type SignedData (for detecting nesting). */
export function isSignedDataContentInfo(der: Uint8Array): boolean {
  try {
    const contentInfo = readElement(der, 0);
    const [typeElement] = readChildren(der, contentInfo);
    return typeElement?.tag === TAG.oid && readOid(der, typeElement) === OID.signedData;
  } catch {
    return false;
  }
}

export function readSignedData(der: Uint8Array): ParsedSignedData {
  const contentInfo = expectTag(readElement(der, 0), [TAG.sequence], 'ContentInfo SEQUENCE');
  if (contentInfo.end !== der.length) throw new KuvertError('MALFORMED_CMS', 'data after the ContentInfo');
  const [typeElement, explicit] = readChildren(der, contentInfo);
  const type = readOid(der, expectTag(typeElement, [TAG.oid], 'contentType'));
  if (type !== OID.signedData) throw new KuvertError('NOT_SIGNED', `content type ${type} is not SignedData`);
  const [signedData] = readChildren(der, expectTag(explicit, [TAG.context0Constructed], 'content [0]'));
  const fields = readChildren(der, expectTag(signedData, [TAG.sequence], 'SignedData SEQUENCE'));
  let index = 0;
  const version = readSmallInteger(der, expectTag(fields[index++], [TAG.integer], 'version'));
  expectTag(fields[index++], [TAG.set], 'digestAlgorithms SET');
  const encap = readChildren(der, expectTag(fields[index++], [TAG.sequence], 'EncapsulatedContentInfo'));
  const contentType = readOid(der, expectTag(encap[0], [TAG.oid], 'eContentType'));
  let content: Uint8Array[] | undefined;
  if (encap[1]) {
    const [octets, extra] = readChildren(der, expectTag(encap[1], [TAG.context0Constructed], 'eContent [0]'));
    if (extra) throw new KuvertError('MALFORMED_CMS', 'eContent holds more than one element');
    content = octetStringSegments(der, expectTag(octets, [TAG.octetString, TAG.octetString | 0x20], 'eContent OCTET STRING'));
  }
  if (encap.length > 2) throw new KuvertError('MALFORMED_CMS', 'unexpected fields in EncapsulatedContentInfo');
  const certificates: Uint8Array[] = [];
  if (fields[index]?.tag === TAG.context0Constructed) {
    // CertificateChoices: only X.509 certificates (SEQUENCE) are used; attribute and other certificates are skipped.
    for (const choice of readChildren(der, fields[index++]!)) if (choice.tag === TAG.sequence) certificates.push(elementBytes(der, choice));
  }
  const crls: Uint8Array[] = [];
  if (fields[index]?.tag === TAG.context1Constructed) {
    for (const choice of readChildren(der, fields[index++]!)) if (choice.tag === TAG.sequence) crls.push(elementBytes(der, choice));
  }
  const signerInfos = readChildren(der, expectTag(fields[index++], [TAG.set], 'signerInfos SET')).map((e) => elementBytes(der, e));
  if (index !== fields.length) throw new KuvertError('MALFORMED_CMS', 'unexpected fields in SignedData');
  return { version, contentType, content, certificates, crls, signerInfos };
}
