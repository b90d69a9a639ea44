/**
 * SignerInfo (RFC 5652 §5.3), written as DER and read with the BER reader:
 *
 *   SignerInfo ::= SEQUENCE { version CMSVersion, sid SignerIdentifier,
 *     digestAlgorithm DigestAlgorithmIdentifier, signedAttrs [0] IMPLICIT SignedAttributes OPTIONAL,
 *     signatureAlgorithm SignatureAlgorithmIdentifier, signature SignatureValue,
 *     unsignedAttrs [1] IMPLICIT UnsignedAttributes OPTIONAL }
 *   SignerIdentifier ::= CHOICE { issuerAndSerialNumber, subjectKeyIdentifier [0] }
 *
 * "If the SignerIdentifier is issuerAndSerialNumber, then the version MUST be 1. If the
 * SignerIdentifier is subjectKeyIdentifier, then the version MUST be 3."
 */
import { KuvertError } from '../errors.js';
import { concatBytes } from '../bytes.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { TAG, derHeader } from './der-writer.js';
import { elementBytes, expectTag, readChildren, readElement, readOid, readSmallInteger } from './ber-reader.js';
import { digestFromOid } from './digest-algorithms.js';
import { parseSignedAttributes, type ParsedAttributes } from './signed-attributes.js';
import type { CertificateIdentity } from './certificate-identity.js';

export type SignerIdentifier =
  | { readonly type: 'issuerAndSerialNumber'; readonly issuer: Uint8Array; readonly serialNumber: Uint8Array }
  | { readonly type: 'subjectKeyIdentifier'; readonly subjectKeyIdentifier: Uint8Array };

export interface SignerInfoParts {
  readonly identity: Pick<CertificateIdentity, 'issuer' | 'serialNumber'>;
  /** DER of the digest AlgorithmIdentifier. */
  readonly digestAlgorithm: Uint8Array;
  /** DER of SignedAttributes with the SET OF tag (as signed); written with [0] IMPLICIT. */
  readonly signedAttributes: Uint8Array;
  readonly signatureAlgorithm: Uint8Array;
  readonly signature: Uint8Array;
}

export interface ParsedSignerInfo {
  readonly version: number;
  readonly sid: SignerIdentifier;
  readonly digest: DigestAlgorithm;
  readonly signedAttributes: ParsedAttributes | undefined;
  readonly signatureAlgorithm: Uint8Array;
  readonly signature: Uint8Array;
}

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const content = concatBytes(parts);
  return concatBytes([derHeader(tag, content.length), content]);
}

export function encodeSignerInfo(parts: SignerInfoParts): Uint8Array {
  const sid = der(TAG.sequence, parts.identity.issuer, der(TAG.integer, parts.identity.serialNumber));
  const attributes = parts.signedAttributes.slice();
  attributes[0] = TAG.context0Constructed; // SET OF → [0] IMPLICIT
  return der(
    TAG.sequence,
    der(TAG.integer, Uint8Array.of(1)),
    sid,
    parts.digestAlgorithm,
    attributes,
    parts.signatureAlgorithm,
    der(TAG.octetString, parts.signature),
  );
}

export function parseSignerInfo(bytes: Uint8Array): ParsedSignerInfo {
  const fields = readChildren(bytes, expectTag(readElement(bytes, 0), [TAG.sequence], 'SignerInfo'));
  let index = 0;
  const version = readSmallInteger(bytes, expectTag(fields[index++], [TAG.integer], 'SignerInfo version'));
  const sidElement = expectTag(fields[index++], [TAG.sequence, TAG.context0Primitive], 'SignerIdentifier');
  let sid: SignerIdentifier;
  if (sidElement.tag === TAG.sequence) {
    const [issuer, serial] = readChildren(bytes, sidElement);
    expectTag(issuer, [TAG.sequence], 'issuer Name');
    expectTag(serial, [TAG.integer], 'serialNumber');
    sid = { type: 'issuerAndSerialNumber', issuer: elementBytes(bytes, issuer!), serialNumber: bytes.subarray(serial!.contentStart, serial!.contentEnd) };
  } else {
    sid = { type: 'subjectKeyIdentifier', subjectKeyIdentifier: bytes.subarray(sidElement.contentStart, sidElement.contentEnd) };
  }
  if ((version === 1) !== (sid.type === 'issuerAndSerialNumber') || (version !== 1 && version !== 3)) {
    throw new KuvertError('MALFORMED_CMS', `SignerInfo version ${version} does not fit its identifier`);
  }
  const digestElement = readChildren(bytes, expectTag(fields[index++], [TAG.sequence], 'digestAlgorithm'));
  const digest = digestFromOid(readOid(bytes, expectTag(digestElement[0], [TAG.oid], 'digest OID')));
  let signedAttributes: ParsedAttributes | undefined;
  if (fields[index]?.tag === TAG.context0Constructed) signedAttributes = parseSignedAttributes(bytes, fields[index++]!);
  const signatureAlgorithm = elementBytes(bytes, expectTag(fields[index++], [TAG.sequence], 'signatureAlgorithm'));
  const signatureElement = expectTag(fields[index++], [TAG.octetString], 'signature OCTET STRING');
  const signature = bytes.subarray(signatureElement.contentStart, signatureElement.contentEnd);
  if (fields[index]?.tag === TAG.context1Constructed) index++; // unsignedAttrs (countersignatures, timestamps)
  if (index !== fields.length) throw new KuvertError('MALFORMED_CMS', 'unexpected fields in SignerInfo');
  return { version, sid, digest, signedAttributes, signatureAlgorithm, signature };
}
