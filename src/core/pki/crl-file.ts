/** Reads CRL files given offline (PEM `X509 CRL` blocks or one DER CRL); each must parse. */
import { KuvertError } from '../errors.js';
import { looksLikePem, readPemBlocks } from '../keys/pem.js';
import { PkiCrl } from './pki-crl.js';

export function readCrls(data: Uint8Array): Uint8Array[] {
  if (data.length === 0) throw new KuvertError('CRL_INVALID', 'the CRL file is empty');
  const ders = looksLikePem(data) ? readPemBlocks(data, 'CRL_INVALID').filter((b) => b.label === 'X509 CRL').map((b) => b.der) : [data];
  if (ders.length === 0) throw new KuvertError('CRL_INVALID', 'no X509 CRL block found');
  for (const der of ders) new PkiCrl(der);
  return ders;
}
