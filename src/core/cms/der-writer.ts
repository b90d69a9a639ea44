/**
 * A tiny DER header writer for the outer ContentInfo / EnvelopedData framing.
 *
 * Why by hand: asn1js builds a tree and copies every value into new buffers on `toBER()`, and pkijs
 * splits encryptedContent into 1 KiB OCTET STRINGs; for a 150 MB attachment that costs seconds and
 * several times the payload in memory. Writing the few outer headers ourselves lets the ciphertext
 * stay one untouched chunk. Everything inside (RecipientInfos, AlgorithmIdentifiers) is still asn1js.
 */

/** DER length octets (X.690 §8.1.3, definite form, shortest encoding). */
export function derLength(length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError('invalid DER length');
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** Identifier + length octets for an element whose content is `contentLength` bytes long. */
export function derHeader(tag: number, contentLength: number): Uint8Array {
  const length = derLength(contentLength);
  const out = new Uint8Array(1 + length.length);
  out[0] = tag;
  out.set(length, 1);
  return out;
}

/** A DER element whose content is given as chunks; returns the chunks with its header in front. */
export function derWrap(tag: number, content: readonly Uint8Array[]): Uint8Array[] {
  let length = 0;
  for (const part of content) length += part.length;
  return [derHeader(tag, length), ...content];
}

export function chunksLength(chunks: readonly Uint8Array[]): number {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return length;
}

/** Universal and context tags used by the framing (X.690 §8.1.2). */
export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  context0Constructed: 0xa0,
  context0Primitive: 0x80,
  context1Constructed: 0xa1,
  context2Constructed: 0xa2,
} as const;

/** One DER element from its content parts (small values: the parts are copied). */
export function derElement(tag: number, ...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const header = derHeader(tag, length);
  const out = new Uint8Array(header.length + length);
  out.set(header);
  let offset = header.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export const DER_NULL = Uint8Array.of(0x05, 0x00);

/** OBJECT IDENTIFIER from dotted form (X.690 §8.19). */
export function derOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  if (arcs.length < 2 || arcs.some((arc) => !Number.isSafeInteger(arc) || arc < 0) || arcs[0]! > 2 || (arcs[0]! < 2 && arcs[1]! >= 40)) {
    throw new RangeError(`invalid OBJECT IDENTIFIER ${oid}`);
  }
  const bytes: number[] = [];
  for (const arc of [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)]) {
    const septets = [arc & 0x7f];
    for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128)) septets.unshift((rest & 0x7f) | 0x80);
    bytes.push(...septets);
  }
  return derElement(0x06, Uint8Array.from(bytes));
}

/** A non-negative INTEGER from big-endian magnitude bytes (leading zeros trimmed, 00 added for a high bit). */
export function derUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.length === 0 ? Uint8Array.of(0) : magnitude.subarray(start);
  return trimmed[0]! >= 0x80 ? derElement(0x02, Uint8Array.of(0), trimmed) : derElement(0x02, trimmed);
}

/** A small non-negative INTEGER (versions, salt lengths). */
export function derSmallInteger(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('invalid small INTEGER');
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return derUnsignedInteger(Uint8Array.from(bytes.length === 0 ? [0] : bytes));
}
