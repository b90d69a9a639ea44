/**
 * A minimal BER reader for the outer CMS framing: it walks ContentInfo → EnvelopedData →
 * encryptedContent without building a tree, and accepts what OpenSSL and Outlook send: definite
 * and indefinite lengths, primitive and constructed (segmented) OCTET STRINGs. The ciphertext is
 * returned as subarrays of the input, so a 150 MB message is never copied just to be parsed.
 * Small inner parts (RecipientInfos, AlgorithmIdentifier) are handed to asn1js as byte ranges.
 */
import { KuvertError } from '../errors.js';

export interface BerElement {
  /** First identifier octet (class, constructed bit, tag number ≤ 30). */
  readonly tag: number;
  readonly constructed: boolean;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content octet. */
  readonly contentStart: number;
  /** Offset after the last content octet (before the end-of-contents octets if indefinite). */
  readonly contentEnd: number;
  /** Offset after the whole element, including end-of-contents octets. */
  readonly end: number;
  readonly indefinite: boolean;
}

const MAX_DEPTH = 64;

function malformed(message: string): KuvertError {
  return new KuvertError('MALFORMED_CMS', message);
}

/** Reads the element starting at `offset`; its end must lie within `limit`. */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length, depth = 0): BerElement {
  if (depth > MAX_DEPTH) throw malformed('BER nesting is too deep');
  if (offset + 2 > limit) throw malformed('truncated BER element');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw malformed('high tag numbers are not used in CMS framing');
  const constructed = (tag & 0x20) !== 0;
  const first = bytes[offset + 1]!;
  let pos = offset + 2;
  if (first === 0x80) {
    if (!constructed) throw malformed('indefinite length on a primitive element');
    // Indefinite length (X.690 §8.1.3.6): children until the end-of-contents octets 00 00.
    let child = pos;
    for (;;) {
      if (child + 2 > limit) throw malformed('missing end-of-contents octets');
      if (bytes[child] === 0 && bytes[child + 1] === 0) break;
      child = readElement(bytes, child, limit, depth + 1).end;
    }
    return { tag, constructed, start: offset, contentStart: pos, contentEnd: child, end: child + 2, indefinite: true };
  }
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count > 6 || count === 0x7f) throw malformed('BER length is too large');
    length = 0;
    for (let i = 0; i < count; i++) {
      if (pos >= limit) throw malformed('truncated BER length');
      length = length * 256 + bytes[pos++]!;
    }
  }
  const end = pos + length;
  if (end > limit) throw malformed('BER element runs past its container');
  return { tag, constructed, start: offset, contentStart: pos, contentEnd: end, end, indefinite: false };
}

/** The children of a constructed element, in order. */
export function readChildren(bytes: Uint8Array, parent: BerElement, depth = 0): BerElement[] {
  if (!parent.constructed) throw malformed('expected a constructed element');
  const children: BerElement[] = [];
  for (let pos = parent.contentStart; pos < parent.contentEnd; ) {
    const child = readElement(bytes, pos, parent.contentEnd, depth + 1);
    children.push(child);
    pos = child.end;
  }
  return children;
}

/** Checks the tag and returns the element, or throws MALFORMED_CMS naming what was expected. */
export function expectTag(element: BerElement | undefined, tags: readonly number[], what: string): BerElement {
  if (!element || !tags.includes(element.tag)) throw malformed(`expected ${what}`);
  return element;
}

/**
 * The octets of an OCTET STRING (or an IMPLICIT-tagged one) as segments: one subarray for the
 * primitive form, the primitive pieces in order for the constructed forms (X.690 §8.7.3).
 */
export function octetStringSegments(bytes: Uint8Array, element: BerElement, depth = 0): Uint8Array[] {
  if (!element.constructed) return [bytes.subarray(element.contentStart, element.contentEnd)];
  const segments: Uint8Array[] = [];
  for (const child of readChildren(bytes, element, depth)) {
    if ((child.tag & 0xdf) !== 0x04) throw malformed('a segmented OCTET STRING holds a non-OCTET STRING');
    segments.push(...octetStringSegments(bytes, child, depth + 1));
  }
  return segments;
}

/** Decodes a small non-negative INTEGER (versions). */
export function readSmallInteger(bytes: Uint8Array, element: BerElement): number {
  const length = element.contentEnd - element.contentStart;
  if (element.tag !== 0x02 || length < 1 || length > 4) throw malformed('expected a small INTEGER');
  let value = 0;
  for (let i = element.contentStart; i < element.contentEnd; i++) value = value * 256 + bytes[i]!;
  return value;
}

/** Decodes an OBJECT IDENTIFIER into dotted form (X.690 §8.19). */
export function readOid(bytes: Uint8Array, element: BerElement): string {
  if (element.tag !== 0x06 || element.contentEnd === element.contentStart) throw malformed('expected an OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (let i = element.contentStart; i < element.contentEnd; i++) {
    const byte = bytes[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw malformed('OBJECT IDENTIFIER arc is too large');
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/** The element's encoding bytes (header + content), as a subarray. */
export function elementBytes(bytes: Uint8Array, element: BerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}
