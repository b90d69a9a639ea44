/** RFC 5280 §4.2.1.3 KeyUsage: a named BIT STRING, bit 0 first. */
import * as asn1js from 'asn1js';
import type { Extension } from 'pkijs';
import { parseAsn1 } from '../../cms/asn1.js';
import { KuvertError } from '../../errors.js';

export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export type KeyUsageName = (typeof KEY_USAGE_BITS)[number];

export function readKeyUsage(extension: Extension): ReadonlySet<KeyUsageName> {
  const block = parseAsn1(extension.extnValue.valueBlock.valueHexView, 'keyUsage', 'MALFORMED_CERTIFICATE');
  if (!(block instanceof asn1js.BitString)) throw new KuvertError('MALFORMED_CERTIFICATE', 'keyUsage is not a BIT STRING');
  const bytes = block.valueBlock.valueHexView;
  const unused = block.valueBlock.unusedBits;
  const bitCount = bytes.length * 8 - unused;
  const names = new Set<KeyUsageName>();
  KEY_USAGE_BITS.forEach((name, bit) => {
    if (bit < bitCount && ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0) names.add(name);
  });
  return names;
}
