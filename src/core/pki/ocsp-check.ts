/**
 * RFC 6960 OCSP for one certificate: request with a nonce, then the response checked in full —
 * successful status, basic response, signature, responder authorisation (§4.2.2.2: the issuing CA
 * itself, or a certificate it issued with id-kp-OCSPSigning), our CertID, the nonce when echoed,
 * and thisUpdate/nextUpdate freshness. Any failure leaves the status unavailable, never good.
 */
import * as asn1js from 'asn1js';
import { BasicOCSPResponse, OCSPResponse, RelativeDistinguishedNames, type CertID, type SingleResponse } from 'pkijs';
import { bytesEqual, toHex } from '../bytes.js';
import { derBytes, parseAsn1, valueBytes } from '../cms/asn1.js';
import type { CryptoEngine } from '../crypto-engine.js';
import type { CertificateStatus } from './crl-check.js';
import { namesEqual, normalizeName } from './distinguished-name-match.js';
import { PKI_OID } from './oids.js';
import { buildOcspRequest } from './ocsp-request.js';
import { PkiCertificate } from './pki-certificate.js';
import { CRL_REASONS } from './pki-crl.js';
import { checkSignature } from './signature-check.js';
import type { FetchPort } from './types.js';

/** Clock skew tolerated between us and the responder. */
const SKEW_MS = 5 * 60_000;
/** A response without nextUpdate must be this recent (RFC 6960 §4.2.2.1: newer information is always available). */
const MAX_AGE_WITHOUT_NEXT_UPDATE_MS = 60 * 60_000;
const MAX_RESPONSE_BYTES = 1 << 20;

export interface OcspCheckInput {
  readonly cert: PkiCertificate;
  readonly issuer: PkiCertificate;
  readonly fetch: FetchPort;
  readonly now: Date;
}

class OcspProblem extends Error {}

function sameCertId(a: CertID, b: CertID): boolean {
  return (
    a.hashAlgorithm.algorithmId === b.hashAlgorithm.algorithmId &&
    bytesEqual(valueBytes(a.issuerNameHash), valueBytes(b.issuerNameHash)) &&
    bytesEqual(valueBytes(a.issuerKeyHash), valueBytes(b.issuerKeyHash)) &&
    // DER INTEGERs are minimal: equal values have equal content octets (a leading 00 is significant).
    toHex(valueBytes(a.serialNumber)) === toHex(valueBytes(b.serialNumber))
  );
}

async function responderMatches(responderId: unknown, candidate: PkiCertificate, crypto: CryptoEngine): Promise<boolean> {
  if (responderId instanceof RelativeDistinguishedNames) return namesEqual(normalizeName(derBytes(responderId.toSchema())), candidate.subject);
  if (responderId instanceof asn1js.OctetString) {
    const keyHash = new Uint8Array(await crypto.subtle.digest('SHA-1', valueBytes(candidate.certificate.subjectPublicKeyInfo.subjectPublicKey) as Uint8Array<ArrayBuffer>));
    return bytesEqual(keyHash, valueBytes(responderId));
  }
  return false;
}

/** §4.2.2.2: the CA itself, or a delegate it issued with id-kp-OCSPSigning, valid now. */
async function authorisedSigner(basic: BasicOCSPResponse, input: OcspCheckInput, crypto: CryptoEngine): Promise<PkiCertificate> {
  const responderId: unknown = basic.tbsResponseData.responderID;
  if (await responderMatches(responderId, input.issuer, crypto)) return input.issuer;
  for (const certificate of basic.certs ?? []) {
    const delegate = new PkiCertificate(derBytes(certificate.toSchema()));
    if (!(await responderMatches(responderId, delegate, crypto))) continue;
    if (!namesEqual(delegate.issuer, input.issuer.subject)) continue;
    if (!delegate.extendedKeyUsage?.includes(PKI_OID.ocspSigning)) continue;
    if (input.now < delegate.notBefore || input.now > delegate.notAfter) continue;
    const signed = await checkSignature(delegate.certificate.tbsView, delegate.certificate.signatureValue, delegate.certificate.signatureAlgorithm, input.issuer.certificate.subjectPublicKeyInfo, crypto);
    if (signed === 'valid') return delegate;
  }
  throw new OcspProblem('the OCSP response is not signed by the CA or an authorised responder');
}

function statusOf(single: SingleResponse): CertificateStatus {
  const status = single.certStatus as asn1js.AsnType & { valueBlock: { value?: asn1js.AsnType[] } };
  switch (status.idBlock.tagNumber) {
    case 0:
      return { status: 'good', source: 'ocsp' };
    case 1: {
      const [time, reasonBlock] = status.valueBlock.value ?? [];
      const revokedAt = time instanceof asn1js.GeneralizedTime ? time.toDate() : undefined;
      if (!revokedAt) throw new OcspProblem('malformed RevokedInfo');
      const reasonValue = (reasonBlock as { valueBlock?: { value?: asn1js.Enumerated[] } } | undefined)?.valueBlock?.value?.[0]?.valueBlock.valueDec;
      return { status: 'revoked', source: 'ocsp', revokedAt, reason: reasonValue === undefined ? undefined : CRL_REASONS[reasonValue] };
    }
    default:
      return { status: 'unknown', why: 'the OCSP responder does not know the certificate' };
  }
}

function echoedNonce(basic: BasicOCSPResponse): Uint8Array | undefined {
  const extension = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === PKI_OID.ocspNonce);
  if (!extension) return undefined;
  const inner = extension.extnValue.valueBlock.valueHexView;
  // RFC 8954 wraps the nonce in an OCTET STRING; some responders send it bare.
  try {
    const block = parseAsn1(inner, 'nonce', 'OCSP_INVALID');
    if (block instanceof asn1js.OctetString) return valueBytes(block);
  } catch {
    // not DER: a bare nonce
  }
  return inner;
}

async function queryResponder(url: string, input: OcspCheckInput, crypto: CryptoEngine): Promise<CertificateStatus> {
  const request = await buildOcspRequest(input.cert, input.issuer, crypto);
  const response = await input.fetch(url, { method: 'POST', body: request.der, headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' } });
  if (response.status !== 200) throw new OcspProblem(`OCSP responder answered HTTP ${response.status}`);
  if (response.body.length > MAX_RESPONSE_BYTES) throw new OcspProblem('OCSP response too large');
  const ocsp = new OCSPResponse({ schema: parseAsn1(response.body, 'OCSP response', 'OCSP_INVALID') });
  if (ocsp.responseStatus.valueBlock.valueDec !== 0) throw new OcspProblem(`OCSP responder status ${ocsp.responseStatus.valueBlock.valueDec}`);
  if (ocsp.responseBytes?.responseType !== PKI_OID.ocspBasic) throw new OcspProblem('not a basic OCSP response');
  const basic = new BasicOCSPResponse({ schema: parseAsn1(valueBytes(ocsp.responseBytes.response), 'basic OCSP response', 'OCSP_INVALID') });
  const signer = await authorisedSigner(basic, input, crypto);
  const signature = await checkSignature(basic.tbsResponseData.tbsView, basic.signature, basic.signatureAlgorithm, signer.certificate.subjectPublicKeyInfo, crypto);
  if (signature !== 'valid') throw new OcspProblem('the OCSP response signature does not verify');
  const nonce = echoedNonce(basic);
  if (nonce !== undefined && !bytesEqual(nonce, request.nonce)) throw new OcspProblem('the OCSP nonce does not match the request');
  const single = basic.tbsResponseData.responses.find((r) => sameCertId(r.certID, request.certId));
  if (!single) throw new OcspProblem('the OCSP response is about another certificate');
  const now = input.now.getTime();
  if (single.thisUpdate.getTime() > now + SKEW_MS) throw new OcspProblem('OCSP thisUpdate is in the future');
  if (single.nextUpdate ? single.nextUpdate.getTime() < now - SKEW_MS : single.thisUpdate.getTime() < now - MAX_AGE_WITHOUT_NEXT_UPDATE_MS) {
    throw new OcspProblem('the OCSP response is stale');
  }
  return statusOf(single);
}

export async function checkOcsp(input: OcspCheckInput, crypto: CryptoEngine): Promise<CertificateStatus> {
  let why = 'no OCSP responder';
  for (const url of (input.cert.authorityInfoAccess?.ocsp ?? []).filter((u) => /^https?:\/\//i.test(u)).slice(0, 2)) {
    try {
      return await queryResponder(url, input, crypto);
    } catch (error) {
      why = error instanceof OcspProblem ? error.message : `OCSP failed: ${error instanceof Error ? error.message : 'error'}`;
    }
  }
  return { status: 'unavailable', why };
}
