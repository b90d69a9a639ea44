/**
 * Reads certificate files: one or more PEM CERTIFICATE blocks, or a single DER certificate.
 * Returns DER; anything that does not parse as an X.509 certificate is MALFORMED_CERTIFICATE.
 */
import { KuvertError } from '../errors.js';
import { looksLikePem, readPemBlocks } from '../keys/pem.js';
import { parseCertificate } from '../cms/certificate-identity.js';

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);

export function readCertificates(data: Uint8Array): Uint8Array[] {
  if (data.length === 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'the certificate file is empty');
  const ders = looksLikePem(data)
    ? readPemBlocks(data, 'MALFORMED_CERTIFICATE').filter((block) => CERTIFICATE_LABELS.has(block.label)).map((block) => block.der)
    : [data];
  if (ders.length === 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'no CERTIFICATE block found');
  for (const der of ders) parseCertificate(der);
  return ders;
}
