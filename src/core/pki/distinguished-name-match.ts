/**
 * RFC 5280 §7.1 name comparison: two Names match when they have the same RDNs in the same order and
 * each RDN holds the same attribute set. String values compare after RFC 4518-style preparation
 * (Unicode NFKC, case folding, insignificant space removed); other values compare as DER bytes.
 * Used for name chaining (§6.1.3 a.4) and directoryName constraints (§4.2.1.10).
 */
import * as asn1js from 'asn1js';
import { toHex } from '../bytes.js';
import { parseAsn1 } from '../cms/asn1.js';
import { KuvertError } from '../errors.js';

export interface AttributeValue {
  readonly type: string;
  /** Prepared string, or `#` + DER hex for non-string values. */
  readonly value: string;
  /** Display form (the raw string when it is one). */
  readonly text: string | undefined;
}

export type Rdn = readonly AttributeValue[];
export type NormalizedName = readonly Rdn[];

const STRING_TAGS = new Set([12, 18, 19, 20, 22, 26, 27, 28, 30]);

function prepare(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

function attributeValue(type: string, block: asn1js.AsnType): AttributeValue {
  const { tagClass, tagNumber } = block.idBlock;
  const raw = (block as { valueBlock: { value?: unknown } }).valueBlock.value;
  if (tagClass === 1 && STRING_TAGS.has(tagNumber) && typeof raw === 'string') return { type, value: prepare(raw), text: raw };
  return { type, value: `#${toHex(new Uint8Array(block.toBER(false)))}`, text: undefined };
}

/** Parses a DER Name into its RDNs (encoding order: most general first). */
export function normalizeName(der: Uint8Array): NormalizedName {
  const name = parseAsn1(der, 'name', 'MALFORMED_CERTIFICATE');
  if (!(name instanceof asn1js.Sequence)) throw new KuvertError('MALFORMED_CERTIFICATE', 'a Name is not a SEQUENCE');
  return name.valueBlock.value.map((set) => {
    if (!(set instanceof asn1js.Set)) throw new KuvertError('MALFORMED_CERTIFICATE', 'an RDN is not a SET');
    return set.valueBlock.value.map((atv) => {
      const parts = atv instanceof asn1js.Sequence ? atv.valueBlock.value : [];
      const [oid, value] = parts;
      if (!(oid instanceof asn1js.ObjectIdentifier) || value === undefined || parts.length !== 2) {
        throw new KuvertError('MALFORMED_CERTIFICATE', 'malformed AttributeTypeAndValue');
      }
      return attributeValue(oid.valueBlock.toString(), value);
    });
  });
}

function rdnEqual(a: Rdn, b: Rdn): boolean {
  if (a.length !== b.length) return false;
  return a.every((x) => b.some((y) => x.type === y.type && x.value === y.value));
}

export function namesEqual(a: NormalizedName, b: NormalizedName): boolean {
  return a.length === b.length && a.every((rdn, i) => rdnEqual(rdn, b[i]!));
}

/** §4.2.1.10: a directoryName is within a subtree when the subtree's RDNs are a prefix of its RDNs. */
export function nameWithinSubtree(name: NormalizedName, base: NormalizedName): boolean {
  return base.length <= name.length && base.every((rdn, i) => rdnEqual(rdn, name[i]!));
}

/** All values of one attribute type, in encoding order, as text. */
export function attributeTexts(name: NormalizedName, type: string): string[] {
  return name.flatMap((rdn) => rdn.filter((atv) => atv.type === type && atv.text !== undefined).map((atv) => atv.text!));
}
