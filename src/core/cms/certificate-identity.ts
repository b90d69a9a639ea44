/**
 * What CMS needs to know about a recipient certificate: its identifiers (RFC 5652 §6.2.1
 * issuerAndSerialNumber and subjectKeyIdentifier), its public key and the key's kind.
 */
import * as asn1js from 'asn1js';
import { Certificate } from 'pkijs';
import { KuvertError } from '../errors.js';
import { bytesEqual, toHex } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { OID } from './oids.js';
import { derBytes, parseAsn1, valueBytes } from './asn1.js';
import { formatDistinguishedName } from './distinguished-name.js';
import { webBytes } from './web-bytes.js';
import { curveOfOid, type EcCurve } from './curves.js';

export { CURVE_OIDS, type EcCurve } from './curves.js';

export type PublicKeyKind = { readonly type: 'RSA' } | { readonly type: 'EC'; readonly curve: EcCurve };

export interface CertificateIdentity {
  readonly der: Uint8Array;
  readonly certificate: Certificate;
  /** DER of the issuer Name, exactly as in the certificate. */
  readonly issuer: Uint8Array;
  /** Content octets of the serialNumber INTEGER. */
  readonly serialNumber: Uint8Array;
  /** The subjectKeyIdentifier extension, or the RFC 5280 §4.2.1.2 method (1) SHA-1 when absent. */
  readonly subjectKeyIdentifier: Uint8Array;
  readonly subjectPublicKeyInfo: Uint8Array;
  readonly publicKey: PublicKeyKind | undefined;
  readonly issuerName: string;
}


export function parseCertificate(der: Uint8Array): Certificate {
  try {
    return new Certificate({ schema: parseAsn1(der, 'certificate', 'MALFORMED_CERTIFICATE') });
  } catch (error) {
    if (error instanceof KuvertError) throw error;
    throw new KuvertError('MALFORMED_CERTIFICATE', 'cannot parse certificate', { cause: error });
  }
}

export function publicKeyKind(certificate: Certificate): PublicKeyKind | undefined {
  const algorithm = certificate.subjectPublicKeyInfo.algorithm;
  if (algorithm.algorithmId === OID.rsaEncryption) return { type: 'RSA' };
  if (algorithm.algorithmId === OID.ecPublicKey) {
    const params: unknown = algorithm.algorithmParams;
    const curve = params instanceof asn1js.ObjectIdentifier ? curveOfOid(params.valueBlock.toString()) : undefined;
    return curve ? { type: 'EC', curve } : undefined;
  }
  return undefined;
}

export async function identifyCertificate(der: Uint8Array, crypto: CryptoEngine): Promise<CertificateIdentity> {
  const certificate = parseCertificate(der);
  const skiExtension = certificate.extensions?.find((extension) => extension.extnID === OID.subjectKeyIdentifier);
  let subjectKeyIdentifier: Uint8Array;
  if (skiExtension) {
    subjectKeyIdentifier = valueBytes(parseAsn1(valueBytes(skiExtension.extnValue), 'subjectKeyIdentifier', 'MALFORMED_CERTIFICATE'));
  } else {
    const keyBits = valueBytes(certificate.subjectPublicKeyInfo.subjectPublicKey);
    subjectKeyIdentifier = new Uint8Array(await crypto.subtle.digest('SHA-1', webBytes(keyBits)));
  }
  return {
    der,
    certificate,
    issuer: derBytes(certificate.issuer.toSchema()),
    serialNumber: valueBytes(certificate.serialNumber),
    subjectKeyIdentifier,
    subjectPublicKeyInfo: derBytes(certificate.subjectPublicKeyInfo.toSchema()),
    publicKey: publicKeyKind(certificate),
    issuerName: formatDistinguishedName(certificate.issuer),
  };
}

/** INTEGER content octets compared by value (a redundant leading 00 is ignored). */
export function serialNumbersEqual(a: Uint8Array, b: Uint8Array): boolean {
  const strip = (x: Uint8Array): Uint8Array => {
    let i = 0;
    while (i < x.length - 1 && x[i] === 0) i++;
    return x.subarray(i);
  };
  return bytesEqual(strip(a), strip(b));
}

export function serialHex(serial: Uint8Array): string {
  return toHex(serial);
}
