/**
 * The outer DER/BER of ContentInfo (RFC 5652 §3) around EnvelopedData (§6.1) or
 * AuthEnvelopedData (RFC 5083 §2.1), written and read by hand (see der-writer.ts for why):
 *
 *   ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY }
 *   EnvelopedData ::= SEQUENCE { version, originatorInfo [0] IMPLICIT OPTIONAL, recipientInfos SET,
 *     encryptedContentInfo, unprotectedAttrs [1] IMPLICIT OPTIONAL }
 *   AuthEnvelopedData ::= SEQUENCE { version, originatorInfo [0] IMPLICIT OPTIONAL, recipientInfos SET,
 *     authEncryptedContentInfo, authAttrs [1] IMPLICIT OPTIONAL, mac OCTET STRING, unauthAttrs [2] IMPLICIT OPTIONAL }
 *   EncryptedContentInfo ::= SEQUENCE { contentType OID, contentEncryptionAlgorithm,
 *     encryptedContent [0] IMPLICIT OCTET STRING OPTIONAL }
 */
import * as asn1js from 'asn1js';
import { KuvertError } from '../errors.js';
import { OID } from './oids.js';
import { derBytes } from './asn1.js';
import { TAG, chunksLength, derHeader } from './der-writer.js';
import { elementBytes, expectTag, octetStringSegments, readChildren, readElement, readOid, readSmallInteger, type BerElement } from './ber-reader.js';

export type EnvelopeType = 'enveloped-data' | 'authEnveloped-data';

export interface EnvelopeParts {
  readonly type: EnvelopeType;
  readonly version: number;
  /** DER of the RecipientInfos SET. */
  readonly recipientInfos: Uint8Array;
  /** DER of the ContentEncryptionAlgorithmIdentifier. */
  readonly contentEncryptionAlgorithm: Uint8Array;
  readonly ciphertext: Uint8Array;
  /** AuthEnvelopedData only: the GCM tag. */
  readonly mac?: Uint8Array;
}

function oidDer(oid: string): Uint8Array {
  return derBytes(new asn1js.ObjectIdentifier({ value: oid }));
}

/** Writes ContentInfo as chunks; the ciphertext chunk is the caller's buffer, not a copy. */
export function writeEnvelope(parts: EnvelopeParts): Uint8Array[] {
  if (parts.type === 'authEnveloped-data' && !parts.mac) throw new KuvertError('ENCRYPT_FAILED', 'AuthEnvelopedData needs a mac');
  const framing = envelopeFraming({ ...parts, ciphertextLength: parts.ciphertext.length, macLength: parts.mac?.length ?? 0 });
  return [...framing.before, parts.ciphertext, ...framing.after(parts.mac)];
}

export interface EnvelopeFraming {
  /** Every byte before the ciphertext. */
  readonly before: Uint8Array[];
  /** Every byte after the ciphertext (for AuthEnvelopedData: the mac, known only at the end). */
  after(mac: Uint8Array | undefined): Uint8Array[];
  /** Total length of the ContentInfo, ciphertext included. */
  readonly length: number;
}

/**
 * The framing around a ciphertext of known length, so the ciphertext itself can be streamed
 * between `before` and `after` (DER needs every length up front; CBC and GCM output lengths are
 * known from the plaintext length).
 */
export function envelopeFraming(parts: Omit<EnvelopeParts, 'ciphertext' | 'mac'> & { readonly ciphertextLength: number; readonly macLength: number }): EnvelopeFraming {
  const auth = parts.type === 'authEnveloped-data';
  const eciBefore = [oidDer(OID.data), parts.contentEncryptionAlgorithm, derHeader(TAG.context0Primitive, parts.ciphertextLength)];
  const eciLength = chunksLength(eciBefore) + parts.ciphertextLength;
  const macBytes = auth ? derHeader(TAG.octetString, parts.macLength).length + parts.macLength : 0;
  const envelopeBefore = [derHeader(TAG.integer, 1), Uint8Array.of(parts.version), parts.recipientInfos, derHeader(TAG.sequence, eciLength), ...eciBefore];
  const envelopeLength = chunksLength(envelopeBefore) + parts.ciphertextLength + macBytes;
  const envelopeHeader = derHeader(TAG.sequence, envelopeLength);
  const explicitLength = envelopeHeader.length + envelopeLength;
  const explicitHeader = derHeader(TAG.context0Constructed, explicitLength);
  const typeOid = oidDer(parts.type === 'enveloped-data' ? OID.envelopedData : OID.authEnvelopedData);
  const contentInfoLength = typeOid.length + explicitHeader.length + explicitLength;
  const before = [derHeader(TAG.sequence, contentInfoLength), typeOid, explicitHeader, envelopeHeader, ...envelopeBefore];
  return {
    before,
    length: chunksLength(before) + parts.ciphertextLength + macBytes,
    after(mac) {
      if (!auth) return [];
      if (mac?.length !== parts.macLength) throw new KuvertError('ENCRYPT_FAILED', 'AuthEnvelopedData mac has the wrong length');
      return [derHeader(TAG.octetString, mac.length), mac];
    },
  };
}

export interface ParsedEnvelope {
  readonly type: EnvelopeType;
  readonly version: number;
  readonly recipientInfos: Uint8Array;
  readonly contentType: string;
  readonly contentEncryptionAlgorithm: Uint8Array;
  /** The encrypted content as it lies in the input: one segment (primitive) or several (constructed). */
  readonly encryptedContent: Uint8Array[];
  /** DER of authAttrs with the SET OF tag, as authenticated (RFC 5083 §2.2). */
  readonly authAttrs?: Uint8Array;
  readonly mac?: Uint8Array;
}

function authAttributesAad(bytes: Uint8Array, element: BerElement): Uint8Array {
  // RFC 5083 §2.2: the AAD is the DER of authAttrs with an EXPLICIT SET OF tag, not the IMPLICIT [1].
  const content = bytes.subarray(element.contentStart, element.contentEnd);
  const header = derHeader(TAG.set, content.length);
  const out = new Uint8Array(header.length + content.length);
  out.set(header);
  out.set(content, header.length);
  return out;
}

/** Reads the framing of a DER or BER ContentInfo holding (Auth)EnvelopedData. */
export function readEnvelope(der: Uint8Array): ParsedEnvelope {
  const contentInfo = expectTag(readElement(der, 0), [TAG.sequence], 'ContentInfo SEQUENCE');
  if (contentInfo.end !== der.length) throw new KuvertError('MALFORMED_CMS', 'data after the ContentInfo');
  const [typeElement, explicit] = readChildren(der, contentInfo);
  const contentTypeOid = readOid(der, expectTag(typeElement, [TAG.oid], 'contentType'));
  let type: EnvelopeType;
  if (contentTypeOid === OID.envelopedData) type = 'enveloped-data';
  else if (contentTypeOid === OID.authEnvelopedData) type = 'authEnveloped-data';
  else throw new KuvertError('NOT_SMIME', `content type ${contentTypeOid} is not (Auth)EnvelopedData`);
  const [envelope] = readChildren(der, expectTag(explicit, [TAG.context0Constructed], 'content [0]'));
  const fields = readChildren(der, expectTag(envelope, [TAG.sequence], 'EnvelopedData SEQUENCE'));
  let index = 0;
  const version = readSmallInteger(der, expectTag(fields[index++], [TAG.integer], 'version'));
  if (fields[index]?.tag === TAG.context0Constructed) index++; // originatorInfo: not needed to decrypt
  const recipientInfos = elementBytes(der, expectTag(fields[index++], [TAG.set], 'RecipientInfos SET'));
  const eci = readChildren(der, expectTag(fields[index++], [TAG.sequence], 'EncryptedContentInfo'));
  const contentType = readOid(der, expectTag(eci[0], [TAG.oid], 'encrypted contentType'));
  const contentEncryptionAlgorithm = elementBytes(der, expectTag(eci[1], [TAG.sequence], 'contentEncryptionAlgorithm'));
  const encryptedElement = eci[2];
  if (!encryptedElement || eci.length > 3) throw new KuvertError('MALFORMED_CMS', 'encryptedContent is missing (detached content is not supported)');
  expectTag(encryptedElement, [TAG.context0Primitive, TAG.context0Constructed], 'encryptedContent [0]');
  const encryptedContent = octetStringSegments(der, encryptedElement);
  if (type === 'enveloped-data') {
    if (fields[index]?.tag === TAG.context1Constructed) index++; // unprotectedAttrs
    if (index !== fields.length) throw new KuvertError('MALFORMED_CMS', 'unexpected fields in EnvelopedData');
    return { type, version, recipientInfos, contentType, contentEncryptionAlgorithm, encryptedContent };
  }
  let authAttrs: Uint8Array | undefined;
  if (fields[index]?.tag === TAG.context1Constructed) authAttrs = authAttributesAad(der, fields[index++]!);
  const macElement = expectTag(fields[index++], [TAG.octetString, TAG.octetString | 0x20], 'mac OCTET STRING');
  const macSegments = octetStringSegments(der, macElement);
  const mac = macSegments.length === 1 ? macSegments[0]! : new Uint8Array(chunksLength(macSegments));
  if (macSegments.length !== 1) macSegments.reduce((offset, part) => (mac.set(part, offset), offset + part.length), 0);
  if (fields[index]?.tag === TAG.context2Constructed) index++; // unauthAttrs
  if (index !== fields.length) throw new KuvertError('MALFORMED_CMS', 'unexpected fields in AuthEnvelopedData');
  return { type, version, recipientInfos, contentType, contentEncryptionAlgorithm, encryptedContent, ...(authAttrs ? { authAttrs } : {}), mac };
}
