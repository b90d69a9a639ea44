/**
 * Multipart boundaries for the builder (RFC 2046 §5.1.1). They start with "=_": that pair never
 * occurs in quoted-printable or base64 output, so a boundary cannot collide with encoded content;
 * the builder still checks each part before using it.
 */
import { toHex } from '../bytes.js';

export type RandomSource = Pick<Crypto, 'getRandomValues'>;

export function randomHex(random: RandomSource, byteLength: number): string {
  return toHex(random.getRandomValues(new Uint8Array(byteLength)));
}

/** A fresh boundary such as "=_kuvert_4f1c...": 45 characters, within the 70 allowed. */
export function createBoundary(random: RandomSource): string {
  return `=_kuvert_${randomHex(random, 18)}`;
}
