/**
 * PKCS#7 / CMS "certs-only" (RFC 8551 §3.6, .p7c/.p7b): a SignedData with no signers that only
 * carries certificates. CAs serve AIA caIssuers this way (RFC 5280 §4.2.2.1 allows DER or certs-only).
 */
import { readElement } from './ber-reader.js';
import { readSignedData } from './signed-data-framing.js';

/** The certificates of a certs-only ContentInfo (DER), or undefined when `der` is not one. */
export function certificatesOfCertsOnly(der: Uint8Array): Uint8Array[] | undefined {
  try {
    // A certificate is SEQUENCE { SEQUENCE … }; a ContentInfo is SEQUENCE { OID … }. Look before parsing.
    const outer = readElement(der, 0);
    if (der[outer.contentStart] !== 0x06) return undefined;
    const parsed = readSignedData(der);
    return parsed.signerInfos.length === 0 ? parsed.certificates : undefined;
  } catch {
    return undefined;
  }
}
