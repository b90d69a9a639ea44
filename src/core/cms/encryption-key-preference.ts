/**
 * sMIMEEncryptionKeyPreference (RFC 8551 §2.5.3): names the certificate a correspondent should
 * encrypt to. SITHS cards sign and decrypt with different keys, so a signed message says which
 * certificate is the encryption one.
 *
 *   SMIMEEncryptionKeyPreference ::= CHOICE {                 -- IMPLICIT TAGS module
 *     issuerAndSerialNumber [0] IssuerAndSerialNumber,
 *     receipentKeyId [1] RecipientKeyIdentifier,
 *     subjectAltKeyIdentifier [2] SubjectKeyIdentifier }
 */
import { KuvertError } from '../errors.js';
import { bytesEqual, concatBytes, toHex } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { TAG, derHeader } from './der-writer.js';
import { readChildren, readElement } from './ber-reader.js';
import { identifyCertificate, serialNumbersEqual, type CertificateIdentity } from './certificate-identity.js';

export type EncryptionKeyPreference =
  | { readonly type: 'issuerAndSerialNumber'; readonly issuer: Uint8Array; readonly serialNumber: Uint8Array; readonly serialHex: string }
  | { readonly type: 'subjectKeyIdentifier'; readonly subjectKeyIdentifier: Uint8Array };

export function encodeEncryptionKeyPreference(identity: Pick<CertificateIdentity, 'issuer' | 'serialNumber'>): Uint8Array {
  const serial = concatBytes([derHeader(TAG.integer, identity.serialNumber.length), identity.serialNumber]);
  const content = concatBytes([identity.issuer, serial]);
  return concatBytes([derHeader(TAG.context0Constructed, content.length), content]);
}

export function parseEncryptionKeyPreference(value: Uint8Array): EncryptionKeyPreference | undefined {
  const element = readElement(value, 0);
  if (element.tag === TAG.context0Constructed) {
    const [issuer, serial] = readChildren(value, element);
    if (issuer?.tag !== TAG.sequence || serial?.tag !== TAG.integer) throw new KuvertError('MALFORMED_CMS', 'malformed sMIMEEncryptionKeyPreference');
    const serialNumber = value.subarray(serial.contentStart, serial.contentEnd);
    return { type: 'issuerAndSerialNumber', issuer: value.subarray(issuer.start, issuer.end), serialNumber, serialHex: toHex(serialNumber) };
  }
  if (element.tag === 0x82) return { type: 'subjectKeyIdentifier', subjectKeyIdentifier: value.subarray(element.contentStart, element.contentEnd) };
  return undefined; // receipentKeyId (key agreement) is not used by S/MIME clients we know
}

/** The certificate among `certificates` (DER) that the preference names; unreadable ones are skipped. */
export async function findPreferredCertificate(preference: EncryptionKeyPreference, certificates: readonly Uint8Array[], crypto: CryptoEngine): Promise<Uint8Array | undefined> {
  for (const der of certificates) {
    let identity;
    try {
      identity = await identifyCertificate(der, crypto);
    } catch {
      continue;
    }
    const matches = preference.type === 'issuerAndSerialNumber'
      ? bytesEqual(identity.issuer, preference.issuer) && serialNumbersEqual(identity.serialNumber, preference.serialNumber)
      : bytesEqual(identity.subjectKeyIdentifier, preference.subjectKeyIdentifier);
    if (matches) return der;
  }
  return undefined;
}
