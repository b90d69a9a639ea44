/**
 * asn1js glue for the small inner CMS parts. Limits are raised because a certificate or
 * RecipientInfos can legitimately exceed asn1js' defaults only in node count, never in content size
 * that matters here; the outer framing (the only part that grows with the payload) never reaches asn1js.
 */
import * as asn1js from 'asn1js';
import { KuvertError, type KuvertErrorCode } from '../errors.js';
import { toArrayBuffer } from '../bytes.js';

const LIMITS = { maxNodes: 1_000_000, maxContentLength: 0x7fffffff, maxDepth: 64 };

export function parseAsn1(bytes: Uint8Array, what: string, code: KuvertErrorCode = 'MALFORMED_CMS'): asn1js.AsnType {
  let result: ReturnType<typeof asn1js.fromBER>;
  try {
    result = asn1js.fromBER(bytes, LIMITS);
  } catch (error) {
    throw new KuvertError(code, `cannot parse ${what}`, { cause: error });
  }
  if (result.offset === -1 || result.offset !== bytes.length) throw new KuvertError(code, `cannot parse ${what}`);
  return result.result;
}

/** DER bytes of an asn1js or pkijs schema object. */
export function derBytes(block: { toBER(sizeOnly?: boolean): ArrayBuffer }): Uint8Array {
  return new Uint8Array(block.toBER(false));
}

export function octetString(bytes: Uint8Array): asn1js.OctetString {
  return new asn1js.OctetString({ valueHex: toArrayBuffer(bytes) });
}

/** The value bytes of an asn1js block with a hex value (OCTET STRING, INTEGER, BIT STRING). */
export function valueBytes(block: unknown): Uint8Array {
  const view = (block as { valueBlock?: { valueHexView?: Uint8Array } }).valueBlock?.valueHexView;
  if (!view) throw new KuvertError('MALFORMED_CMS', 'expected a primitive value');
  return view;
}

/** A readable message for errors thrown by pkijs' schema checks. */
export function wrapSchemaError(error: unknown, what: string, code: KuvertErrorCode = 'MALFORMED_CMS'): KuvertError {
  if (error instanceof KuvertError) return error;
  return new KuvertError(code, `malformed ${what}`, { cause: error });
}
