/**
 * The few fields signing needs from an X.509 certificate (RFC 5280 §4.1), read with the BER
 * reader instead of pkijs: issuer and subject (exact DER), serial number, SubjectPublicKeyInfo,
 * the key's kind, the subjectKeyIdentifier and the common name. `kuvert sign` then starts without
 * loading pkijs (half a megabyte of JavaScript to compile on every run).
 *
 * Structure only: nothing here is trusted. Path validation (core/pki) reads certificates fully.
 */
import { KuvertError, isKuvertError } from '../errors.js';
import { bytesEqual, fromUtf8, latin1 } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { looksLikePem, readPemBlocks } from '../keys/pem.js';
import { elementBytes, expectTag, readChildren, readElement, readOid, type BerElement } from './ber-reader.js';
import type { CertificateIdentity, PublicKeyKind } from './certificate-identity.js';
import { curveOfOid } from './curves.js';
import { formatAttributes } from './distinguished-name.js';
import { OID } from './oids.js';
import { webBytes } from './web-bytes.js';

/** What signing uses of a certificate: a subset of CertificateIdentity, plus the subject. */
export interface CertificateFields extends Omit<CertificateIdentity, 'certificate'> {
  /** DER of the subject Name. */
  readonly subject: Uint8Array;
  /** The subjectPublicKey BIT STRING's bits (RSAPublicKey DER, or the EC point). */
  readonly subjectPublicKey: Uint8Array;
  /** The subject's first commonName, when it has one. */
  readonly commonName: string | undefined;
  readonly selfIssued: boolean;
}

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);

function malformed(message: string, cause?: unknown): KuvertError {
  return new KuvertError('MALFORMED_CERTIFICATE', message, cause === undefined ? undefined : { cause });
}

/** Certificates from a file: PEM CERTIFICATE blocks or one DER certificate, each checked for shape. */
export function readCertificateDers(data: Uint8Array): Uint8Array[] {
  if (data.length === 0) throw malformed('the certificate file is empty');
  const ders = looksLikePem(data)
    ? readPemBlocks(data, 'MALFORMED_CERTIFICATE').filter((block) => CERTIFICATE_LABELS.has(block.label)).map((block) => block.der)
    : [data];
  if (ders.length === 0) throw malformed('no CERTIFICATE block found');
  for (const der of ders) tbsFields(der);
  return ders;
}

interface TbsFields {
  readonly serial: BerElement;
  readonly issuer: BerElement;
  readonly subject: BerElement;
  readonly spki: BerElement;
  readonly extensions: BerElement | undefined;
}

function tbsFields(der: Uint8Array): TbsFields {
  try {
    const certificate = expectTag(readElement(der, 0), [0x30], 'Certificate');
    if (certificate.end !== der.length) throw malformed('data after the certificate');
    const [tbs, signatureAlgorithm, signature] = readChildren(der, certificate);
    expectTag(signatureAlgorithm, [0x30], 'signatureAlgorithm');
    expectTag(signature, [0x03], 'signatureValue');
    const fields = readChildren(der, expectTag(tbs, [0x30], 'TBSCertificate'));
    let index = fields[0]?.tag === 0xa0 ? 1 : 0; // version [0] EXPLICIT, absent for v1
    const serial = expectTag(fields[index++], [0x02], 'serialNumber');
    expectTag(fields[index++], [0x30], 'signature AlgorithmIdentifier');
    const issuer = expectTag(fields[index++], [0x30], 'issuer Name');
    expectTag(fields[index++], [0x30], 'validity');
    const subject = expectTag(fields[index++], [0x30], 'subject Name');
    const spki = expectTag(fields[index++], [0x30], 'subjectPublicKeyInfo');
    const extensions = fields.slice(index).find((field) => field.tag === 0xa3);
    return { serial, issuer, subject, spki, extensions };
  } catch (error) {
    if (isKuvertError(error, 'MALFORMED_CERTIFICATE')) throw error;
    throw malformed(`cannot parse certificate: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

function keyKind(der: Uint8Array, algorithm: BerElement): PublicKeyKind | undefined {
  const [oid, params] = readChildren(der, algorithm);
  const algorithmId = readOid(der, expectTag(oid, [0x06], 'algorithm'));
  if (algorithmId === OID.rsaEncryption) return { type: 'RSA' };
  if (algorithmId === OID.ecPublicKey && params?.tag === 0x06) {
    const curve = curveOfOid(readOid(der, params));
    return curve ? { type: 'EC', curve } : undefined;
  }
  return undefined;
}

function subjectKeyIdExtension(der: Uint8Array, extensions: BerElement | undefined): Uint8Array | undefined {
  if (!extensions) return undefined;
  const [list] = readChildren(der, extensions);
  for (const extension of readChildren(der, expectTag(list, [0x30], 'Extensions'))) {
    const parts = readChildren(der, extension);
    if (readOid(der, expectTag(parts[0], [0x06], 'extnID')) !== OID.subjectKeyIdentifier) continue;
    const value = expectTag(parts[parts.length - 1], [0x04], 'extnValue');
    const keyId = expectTag(readElement(der, value.contentStart, value.contentEnd), [0x04], 'KeyIdentifier');
    return der.subarray(keyId.contentStart, keyId.contentEnd);
  }
  return undefined;
}

/** Attribute values as text: UTF8String, PrintableString, IA5String, TeletexString (as Latin-1), BMPString. */
function attributeText(der: Uint8Array, value: BerElement): string | undefined {
  const bytes = der.subarray(value.contentStart, value.contentEnd);
  switch (value.tag) {
    case 0x0c: return fromUtf8(bytes);
    case 0x13: case 0x16: case 0x14: return latin1(bytes);
    case 0x1e: {
      let text = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return text;
    }
    default: return undefined;
  }
}

function nameAttributes(der: Uint8Array, name: BerElement): { type: string; value: string | undefined }[] {
  const out: { type: string; value: string | undefined }[] = [];
  for (const rdn of readChildren(der, name)) {
    for (const atv of readChildren(der, rdn)) {
      const [type, value] = readChildren(der, atv);
      out.push({ type: readOid(der, expectTag(type, [0x06], 'AttributeType')), value: value ? attributeText(der, value) : undefined });
    }
  }
  return out;
}

export async function readCertificateFields(der: Uint8Array, crypto: CryptoEngine): Promise<CertificateFields> {
  const tbs = tbsFields(der);
  try {
    const [algorithm, bits] = readChildren(der, tbs.spki);
    const bitString = expectTag(bits, [0x03], 'subjectPublicKey');
    const subjectPublicKey = der.subarray(bitString.contentStart + 1, bitString.contentEnd);
    const subjectKeyIdentifier = subjectKeyIdExtension(der, tbs.extensions)
      // RFC 5280 §4.2.1.2 method (1), as identifyCertificate computes it.
      ?? new Uint8Array(await crypto.subtle.digest('SHA-1', webBytes(subjectPublicKey)));
    const issuer = elementBytes(der, tbs.issuer);
    const subject = elementBytes(der, tbs.subject);
    return {
      der,
      issuer,
      subject,
      serialNumber: der.subarray(tbs.serial.contentStart, tbs.serial.contentEnd),
      subjectKeyIdentifier,
      subjectPublicKeyInfo: elementBytes(der, tbs.spki),
      subjectPublicKey,
      publicKey: keyKind(der, expectTag(algorithm, [0x30], 'SPKI algorithm')),
      issuerName: formatAttributes(nameAttributes(der, tbs.issuer)),
      commonName: nameAttributes(der, tbs.subject).find((atv) => atv.type === '2.5.4.3')?.value,
      selfIssued: bytesEqual(issuer, subject),
    };
  } catch (error) {
    if (isKuvertError(error, 'MALFORMED_CERTIFICATE')) throw error;
    throw malformed(`cannot parse certificate: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}
