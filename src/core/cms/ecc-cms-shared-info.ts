/**
 * ECC-CMS-SharedInfo (RFC 5753 §7.2) and the ANSI X9.63 KDF that turns the ECDH secret Z into the
 * key-encryption key (RFC 5753 §7.1.4, with SEC 1 §3.6.1):
 *   ECC-CMS-SharedInfo ::= SEQUENCE { keyInfo AlgorithmIdentifier,
 *     entityUInfo [0] EXPLICIT OCTET STRING OPTIONAL, suppPubInfo [2] EXPLICIT OCTET STRING }
 * suppPubInfo is the KEK length in bits as a 32-bit big-endian integer. entityUInfo is the ukm and
 * is left out when the sender sent none (OpenSSL) — pkijs gets this case wrong, hence our own path.
 */
import * as asn1js from 'asn1js';
import type { AlgorithmIdentifier } from 'pkijs';
import type { CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { concatBytes } from '../bytes.js';
import { derBytes, octetString } from './asn1.js';
import { webBytes } from './web-bytes.js';

export function encodeEccCmsSharedInfo(keyInfo: AlgorithmIdentifier, keyLengthBytes: number, ukm?: Uint8Array): Uint8Array {
  const bits = keyLengthBytes * 8;
  const suppPubInfo = Uint8Array.of(bits >>> 24, (bits >>> 16) & 0xff, (bits >>> 8) & 0xff, bits & 0xff);
  const fields: asn1js.AsnType[] = [keyInfo.toSchema()];
  if (ukm) fields.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [octetString(ukm)] }));
  fields.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 2 }, value: [octetString(suppPubInfo)] }));
  return derBytes(new asn1js.Sequence({ value: fields }));
}

/** X9.63 KDF: K = Hash(Z ‖ counter₃₂ ‖ SharedInfo) for counter = 1, 2, … truncated to `length` bytes. */
export async function x963Kdf(
  hash: DigestAlgorithm,
  z: Uint8Array,
  sharedInfo: Uint8Array,
  length: number,
  crypto: CryptoEngine,
): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  let produced = 0;
  for (let counter = 1; produced < length; counter++) {
    const counterBytes = Uint8Array.of(counter >>> 24, (counter >>> 16) & 0xff, (counter >>> 8) & 0xff, counter & 0xff);
    const block = new Uint8Array(await crypto.subtle.digest(hash, webBytes(concatBytes([z, counterBytes, sharedInfo]))));
    blocks.push(block);
    produced += block.length;
  }
  return concatBytes(blocks).slice(0, length);
}
