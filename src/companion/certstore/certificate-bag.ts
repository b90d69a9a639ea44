/**
 * Certificates from an import file: PEM (one or more), DER, or a PKCS#7 certs-only bag
 * (.p7b/.p7c: ContentInfo of SignedData without signers, RFC 5652 §5; PEM "PKCS7" too).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { KuvertError } from '../../core/errors.js';
import { toArrayBuffer } from '../../core/bytes.js';
import { looksLikePem, readPemBlocks } from '../../core/keys/pem.js';
import { readCertificates } from '../../core/pki/index.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';

function certificatesOfBag(der: Uint8Array): Uint8Array[] | undefined {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset === -1) return undefined;
  try {
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== SIGNED_DATA) return undefined;
    const signedData = new pkijs.SignedData({ schema: info.content });
    return (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate).map((c) => new Uint8Array(c.toSchema().toBER()));
  } catch {
    return undefined;
  }
}

export function readCertificateBag(data: Uint8Array): Uint8Array[] {
  if (looksLikePem(data)) {
    const blocks = readPemBlocks(data, 'MALFORMED_CERTIFICATE');
    const bags = blocks.filter((block) => block.label === 'PKCS7').flatMap((block) => certificatesOfBag(block.der) ?? []);
    const plain = blocks.some((block) => block.label !== 'PKCS7') ? readCertificates(data) : [];
    return [...plain, ...bags];
  }
  const bag = certificatesOfBag(data);
  if (bag) {
    if (bag.length === 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'the PKCS#7 file holds no certificate');
    return bag;
  }
  return readCertificates(data);
}
