/**
 * ESS signingCertificateV2 (RFC 5035 §3): binds the signature to one certificate, so a verifier
 * cannot be shown a different certificate with the same key or the same issuer and serial.
 *
 *   SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies ... OPTIONAL }
 *   ESSCertIDv2 ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier DEFAULT {algorithm id-sha256},
 *     certHash OCTET STRING, issuerSerial IssuerSerial OPTIONAL }
 *   IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber }
 */
import { KuvertError } from '../errors.js';
import { bytesEqual, concatBytes } from '../bytes.js';
import { digestChunks, type CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { TAG, derHeader } from './der-writer.js';
import { expectTag, readChildren, readElement, readOid } from './ber-reader.js';
import { digestFromOid } from './digest-algorithms.js';
import { digestAlgorithmDer } from './signature-algorithms.js';
import { encodeOctetString } from './signed-attributes.js';
import type { CertificateIdentity } from './certificate-identity.js';

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const content = concatBytes(parts);
  return concatBytes([derHeader(tag, content.length), content]);
}

/** The attribute value for the signer's certificate, hashed with `hash` (SHA-256 is the DEFAULT, omitted). */
export async function encodeSigningCertificateV2(identity: Pick<CertificateIdentity, 'der' | 'issuer' | 'serialNumber'>, hash: DigestAlgorithm, crypto: CryptoEngine): Promise<Uint8Array> {
  const certHash = await digestChunks(hash, [identity.der], crypto);
  // GeneralNames with one directoryName [4] (EXPLICIT, as Name is a CHOICE).
  const issuerSerial = der(TAG.sequence, der(TAG.sequence, der(0xa4, identity.issuer)), der(TAG.integer, identity.serialNumber));
  const fields = hash === 'SHA-256' ? [] : [digestAlgorithmDer(hash)];
  const certId = der(TAG.sequence, ...fields, encodeOctetString(certHash), issuerSerial);
  return der(TAG.sequence, der(TAG.sequence, certId));
}

/**
 * RFC 5035 §5.4: the first ESSCertIDv2 must name the signer certificate. Returns normally when it
 * does; throws BAD_SIGNATURE when it names another certificate.
 */
export async function checkSigningCertificateV2(value: Uint8Array, certificateDer: Uint8Array, crypto: CryptoEngine): Promise<void> {
  const outer = expectTag(readElement(value, 0), [TAG.sequence], 'SigningCertificateV2');
  const [certs] = readChildren(value, outer);
  const [first] = readChildren(value, expectTag(certs, [TAG.sequence], 'certs'));
  const fields = readChildren(value, expectTag(first, [TAG.sequence], 'ESSCertIDv2'));
  let index = 0;
  let hash: DigestAlgorithm = 'SHA-256';
  if (fields[0]?.tag === TAG.sequence) {
    hash = digestFromOid(readOid(value, readChildren(value, fields[0])[0]!));
    index++;
  }
  const certHash = expectTag(fields[index], [TAG.octetString], 'certHash');
  const expected = value.subarray(certHash.contentStart, certHash.contentEnd);
  const actual = await digestChunks(hash, [certificateDer], crypto);
  if (!bytesEqual(expected, actual)) throw new KuvertError('BAD_SIGNATURE', 'signingCertificateV2 names a different certificate than the signer\'s');
}

/** The same check for the older ESS signingCertificate (RFC 2634 §5.4, SHA-1 only). */
export async function checkSigningCertificateV1(value: Uint8Array, certificateDer: Uint8Array, crypto: CryptoEngine): Promise<void> {
  const [certs] = readChildren(value, expectTag(readElement(value, 0), [TAG.sequence], 'SigningCertificate'));
  const [first] = readChildren(value, expectTag(certs, [TAG.sequence], 'certs'));
  const [certHash] = readChildren(value, expectTag(first, [TAG.sequence], 'ESSCertID'));
  const hashElement = expectTag(certHash, [TAG.octetString], 'certHash');
  const actual = await digestChunks('SHA-1', [certificateDer], crypto);
  if (!bytesEqual(value.subarray(hashElement.contentStart, hashElement.contentEnd), actual)) {
    throw new KuvertError('BAD_SIGNATURE', 'signingCertificate names a different certificate than the signer\'s');
  }
}
