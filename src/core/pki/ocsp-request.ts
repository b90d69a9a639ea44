/**
 * RFC 6960 §4.1 OCSPRequest for one certificate: CertID with SHA-1 (§4.3: what every responder must
 * support) over the issuer's name and key, and a nonce extension (RFC 8954: 32 random octets).
 */
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, CertID, Extension, OCSPRequest, Request, TBSRequest } from 'pkijs';
import { toArrayBuffer } from '../bytes.js';
import { derBytes, octetString, valueBytes } from '../cms/asn1.js';
import { OID } from '../cms/oids.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { PKI_OID } from './oids.js';
import type { PkiCertificate } from './pki-certificate.js';

export interface BuiltOcspRequest {
  readonly der: Uint8Array;
  readonly certId: CertID;
  readonly nonce: Uint8Array;
}

async function sha1(data: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-1', data as Uint8Array<ArrayBuffer>));
}

export async function certIdFor(cert: PkiCertificate, issuer: PkiCertificate, crypto: CryptoEngine): Promise<CertID> {
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithmId: OID.sha1, algorithmParams: new asn1js.Null() }),
    issuerNameHash: octetString(await sha1(issuer.subjectDer, crypto)),
    issuerKeyHash: octetString(await sha1(valueBytes(issuer.certificate.subjectPublicKeyInfo.subjectPublicKey), crypto)),
    serialNumber: cert.certificate.serialNumber,
  });
}

export async function buildOcspRequest(cert: PkiCertificate, issuer: PkiCertificate, crypto: CryptoEngine): Promise<BuiltOcspRequest> {
  const certId = await certIdFor(cert, issuer, crypto);
  const nonce = crypto.getRandomValues(new Uint8Array(32));
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert: certId })],
      requestExtensions: [new Extension({ extnID: PKI_OID.ocspNonce, extnValue: toArrayBuffer(derBytes(octetString(nonce))) })],
    }),
  });
  return { der: derBytes(request.toSchema(true)), certId, nonce };
}
