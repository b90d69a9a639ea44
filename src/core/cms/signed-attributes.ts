/**
 * SignedAttributes (RFC 5652 §5.3, §11): written as DER, read from the exact bytes received.
 *
 *   SignedAttributes ::= SET SIZE (1..MAX) OF Attribute
 *   Attribute ::= SEQUENCE { attrType OBJECT IDENTIFIER, attrValues SET OF AttributeValue }
 *
 * §5.4: the signature covers the DER of the SET OF (tag 0x31), not the [0] IMPLICIT tag that
 * SignerInfo carries; the reader therefore keeps the received bytes and swaps only the tag.
 */
import { KuvertError } from '../errors.js';
import { bytesEqual, concatBytes, fromLatin1, latin1 } from '../bytes.js';
import { TAG, derHeader, derOid } from './der-writer.js';
import { elementBytes, expectTag, readChildren, readElement, readOid } from './ber-reader.js';
import { OID } from './oids.js';

export interface AttributeInput {
  readonly type: string;
  /** DER of each value. */
  readonly values: readonly Uint8Array[];
}

export interface ParsedAttributes {
  /** DER of the SET OF, as signed (RFC 5652 §5.4). */
  readonly signedBytes: Uint8Array;
  /** attrType → DER of each value; a type appears once (duplicates are refused). */
  readonly byType: ReadonlyMap<string, readonly Uint8Array[]>;
}

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const content = concatBytes(parts);
  return concatBytes([derHeader(tag, content.length), content]);
}

export function oidDer(oid: string): Uint8Array {
  return derOid(oid);
}

/** DER SET OF: the elements sorted by their encodings (X.690 §11.6). */
export function derSetOf(elements: readonly Uint8Array[], tag: number = TAG.set): Uint8Array {
  const sorted = [...elements].sort(compareBytes);
  return der(tag, ...sorted);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function encodeAttribute(attribute: AttributeInput): Uint8Array {
  return der(TAG.sequence, oidDer(attribute.type), derSetOf(attribute.values));
}

/** The DER of SignedAttributes with the SET OF tag: exactly the bytes the signer signs. */
export function encodeSignedAttributes(attributes: readonly AttributeInput[]): Uint8Array {
  const types = new Set(attributes.map((a) => a.type));
  if (types.size !== attributes.length) throw new KuvertError('SIGN_FAILED', 'an attribute type appears twice');
  return derSetOf(attributes.map(encodeAttribute));
}

/** RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise; seconds, no fraction, Z. */
export function encodeSigningTime(time: Date): Uint8Array {
  const iso = time.toISOString();
  const year = time.getUTCFullYear();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  return year >= 1950 && year < 2050 ? der(0x17, fromLatin1(`${digits.slice(2)}Z`)) : der(0x18, fromLatin1(`${digits}Z`));
}

export function decodeTime(value: Uint8Array): Date {
  const element = readElement(value, 0);
  const text = latin1(value, element.contentStart, element.contentEnd);
  let m: RegExpExecArray | null;
  let year: number;
  if (element.tag === 0x17 && (m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(text))) {
    const yy = Number(m[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
  } else if (element.tag === 0x18 && (m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:\.\d+)?Z$/.exec(text))) {
    year = Number(m[1]);
  } else {
    throw new KuvertError('MALFORMED_CMS', 'signingTime is neither UTCTime nor GeneralizedTime in UTC');
  }
  const date = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
  if (Number.isNaN(date.getTime())) throw new KuvertError('MALFORMED_CMS', 'signingTime is not a valid date');
  return date;
}

export function encodeOctetString(bytes: Uint8Array): Uint8Array {
  return der(TAG.octetString, bytes);
}

/** Reads SignedAttributes from the [0] IMPLICIT element inside a SignerInfo. */
export function parseSignedAttributes(bytes: Uint8Array, element: ReturnType<typeof readElement>): ParsedAttributes {
  if (element.indefinite) throw new KuvertError('MALFORMED_CMS', 'signedAttrs must be DER (RFC 5652 §5.3)');
  const content = bytes.subarray(element.contentStart, element.contentEnd);
  const signedBytes = concatBytes([derHeader(TAG.set, content.length), content]);
  const byType = new Map<string, Uint8Array[]>();
  for (const attribute of readChildren(bytes, element)) {
    const [typeElement, valuesElement, extra] = readChildren(bytes, expectTag(attribute, [TAG.sequence], 'Attribute'));
    const type = readOid(bytes, expectTag(typeElement, [TAG.oid], 'attrType'));
    if (extra) throw new KuvertError('MALFORMED_CMS', 'an Attribute has extra fields');
    const values = readChildren(bytes, expectTag(valuesElement, [TAG.set], 'attrValues')).map((v) => elementBytes(bytes, v));
    if (values.length === 0) throw new KuvertError('MALFORMED_CMS', `attribute ${type} has no value`);
    // Two attributes of one type would let a verifier and a viewer read different values.
    if (byType.has(type)) throw new KuvertError('BAD_SIGNATURE', `signed attribute ${type} appears twice`);
    byType.set(type, values);
  }
  return { signedBytes, byType };
}

/** The one value of a single-valued attribute (RFC 5652 §11.1–11.3), or undefined when absent. */
export function singleValue(attributes: ParsedAttributes, type: string): Uint8Array | undefined {
  const values = attributes.byType.get(type);
  if (values === undefined) return undefined;
  if (values.length !== 1) throw new KuvertError('BAD_SIGNATURE', `attribute ${type} must have exactly one value`);
  return values[0];
}

export function octetStringValue(value: Uint8Array): Uint8Array {
  const element = readElement(value, 0);
  if (element.tag !== TAG.octetString || element.end !== value.length) throw new KuvertError('MALFORMED_CMS', 'expected an OCTET STRING');
  return value.subarray(element.contentStart, element.contentEnd);
}

export function oidValue(value: Uint8Array): string {
  const element = readElement(value, 0);
  if (element.end !== value.length) throw new KuvertError('MALFORMED_CMS', 'trailing data after an OBJECT IDENTIFIER');
  return readOid(value, element);
}

/** The mandatory attributes and signingTime, checked against the content (RFC 5652 §5.6). */
export function checkMandatoryAttributes(attributes: ParsedAttributes, contentType: string, digest: Uint8Array): { signingTime: Date | undefined } {
  const typeValue = singleValue(attributes, OID.contentTypeAttribute);
  const digestValue = singleValue(attributes, OID.messageDigest);
  if (typeValue === undefined) throw new KuvertError('BAD_SIGNATURE', 'the contentType signed attribute is missing');
  if (digestValue === undefined) throw new KuvertError('BAD_SIGNATURE', 'the messageDigest signed attribute is missing');
  if (oidValue(typeValue) !== contentType) throw new KuvertError('BAD_SIGNATURE', 'the signed contentType differs from the encapsulated content type');
  if (!bytesEqual(octetStringValue(digestValue), digest)) throw new KuvertError('BAD_SIGNATURE', 'the content does not match the signed messageDigest');
  const time = singleValue(attributes, OID.signingTime);
  return { signingTime: time === undefined ? undefined : decodeTime(time) };
}
