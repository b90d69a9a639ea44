/**
 * Revocation of every certificate on a validated path (RFC 5280 §6.1.3 a.3): OCSP first when the
 * certificate names a responder and a fetch is given, then CRLs (offline ones, the cache, then its
 * distribution points). The policy decides what an unanswerable question means: off (not checked),
 * soft-fail (warning REVOCATION_UNAVAILABLE) or hard-fail (invalid). Revoked is always invalid.
 */
import type { CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { checkCrls, type CertificateStatus } from './crl-check.js';
import { sharedCrlCache } from './crl-cache.js';
import { checkOcsp } from './ocsp-check.js';
import { PathFailure } from './path-failure.js';
import type { PkiCertificate } from './pki-certificate.js';
import { PkiCrl } from './pki-crl.js';
import type { FetchPort, RevocationOptions, RevocationResult } from './types.js';

export interface PathRevocation {
  readonly result: RevocationResult;
  readonly warnings: readonly string[];
  readonly failure?: PathFailure;
}

export interface RevocationTimes {
  readonly at: Date;
  readonly now: Date;
}

const MAX_CRL_FETCHES = 4;

/**
 * Parsed offline CRLs, by the identity of their DER bytes: a caller validating many paths against
 * the same CRL set (a verifier with a CRL directory, PKITS) parses each CRL once, not once per path.
 * Parsing is pure, so sharing is safe; the WeakMap lets unused CRLs be collected.
 */
const parsedCrls = new WeakMap<Uint8Array, PkiCrl | null>();

function parseCrls(ders: readonly Uint8Array[] | undefined): PkiCrl[] {
  const crls: PkiCrl[] = [];
  for (const der of ders ?? []) {
    let crl = parsedCrls.get(der);
    if (crl === undefined) {
      try {
        crl = new PkiCrl(der);
      } catch {
        // A malformed or unusable CRL answers nothing; the certificate stays unchecked (fail closed by policy).
        crl = null;
      }
      parsedCrls.set(der, crl);
    }
    if (crl) crls.push(crl);
  }
  return crls;
}

async function downloadCrls(cert: PkiCertificate, fetch: FetchPort, now: Date): Promise<PkiCrl[]> {
  const cache = sharedCrlCache();
  const urls = (cert.crlDistributionPoints ?? []).flatMap((p) => p.name?.fullName ?? []).flatMap((n) => (n.kind === 'uri' && /^https?:\/\//i.test(n.value) ? [n.value] : []));
  const crls: PkiCrl[] = [];
  for (const url of urls.slice(0, MAX_CRL_FETCHES)) {
    const cached = cache.get(url, now);
    if (cached) {
      crls.push(cached);
      continue;
    }
    try {
      const response = await fetch(url, { method: 'GET' });
      if (response.status !== 200) continue;
      const crl = new PkiCrl(response.body);
      cache.put(url, crl);
      crls.push(crl);
    } catch {
      // Unreachable or malformed: this distribution point gives no answer.
    }
  }
  return crls;
}

export interface CrlSigners {
  /** Certificates that may have signed a CRL besides the issuer (separate CRL keys, indirect CRLs). */
  readonly candidates: readonly PkiCertificate[];
  /** Whether such a signer has a valid, unrevoked path to the same trust anchor. */
  readonly trusted: (signer: PkiCertificate) => Promise<boolean>;
}

async function statusOf(cert: PkiCertificate, issuer: PkiCertificate, signers: CrlSigners, offline: readonly PkiCrl[], options: RevocationOptions, times: RevocationTimes, crypto: CryptoEngine): Promise<CertificateStatus> {
  let ocspStatus: CertificateStatus | undefined;
  if (options.fetch && cert.authorityInfoAccess?.ocsp.length) {
    ocspStatus = await checkOcsp({ cert, issuer, fetch: options.fetch, now: times.now }, crypto);
    if (ocspStatus.status === 'good' || ocspStatus.status === 'revoked') return ocspStatus;
  }
  const signerCandidates = signers.candidates;
  const signerTrusted = signers.trusted;
  let crlStatus = await checkCrls({ cert, issuer, crls: offline, now: times.now, signerCandidates, signerTrusted }, crypto);
  if (crlStatus.status === 'unavailable' && options.fetch) {
    const downloaded = await downloadCrls(cert, options.fetch, times.now);
    if (downloaded.length > 0) crlStatus = await checkCrls({ cert, issuer, crls: [...offline, ...downloaded], now: times.now, signerCandidates, signerTrusted }, crypto);
  }
  if (crlStatus.status !== 'unavailable' || !ocspStatus) return crlStatus;
  return ocspStatus;
}

export async function checkPathRevocation(anchor: PkiCertificate, path: readonly PkiCertificate[], signers: CrlSigners, options: RevocationOptions, times: RevocationTimes, crypto: CryptoEngine): Promise<PathRevocation> {
  if (!['off', 'soft-fail', 'hard-fail'].includes(options.mode)) throw new KuvertError('INVALID_ARGUMENT', 'revocation mode must be off, soft-fail or hard-fail');
  if (options.mode === 'off') return { result: { status: 'not-checked' }, warnings: [] };
  const offline = parseCrls(options.crls);
  let worst: CertificateStatus | undefined;
  let endEntitySource: 'ocsp' | 'crl' = 'crl';
  for (let i = 0; i < path.length; i++) {
    const cert = path[i]!;
    const status = await statusOf(cert, i === 0 ? anchor : path[i - 1]!, signers, offline, options, times, crypto);
    const depth = path.length - 1 - i;
    if (status.status === 'revoked') {
      const result: RevocationResult = { status: 'revoked', source: status.source, revokedAt: status.revokedAt.toISOString(), ...(status.reason ? { reason: status.reason } : {}) };
      return { result, warnings: [], failure: new PathFailure('CERT_REVOKED', `certificate ${depth === 0 ? '' : `at depth ${depth} `}revoked at ${result.revokedAt!}${status.reason ? ` (${status.reason})` : ''}`, depth) };
    }
    if (status.status === 'good' && i === path.length - 1) endEntitySource = status.source;
    if (status.status !== 'good' && worst === undefined) worst = status;
  }
  if (!worst || worst.status === 'good') return { result: { status: 'good', source: endEntitySource }, warnings: [] };
  const result: RevocationResult = { status: worst.status === 'unknown' ? 'unknown' : 'unavailable' };
  const why = 'why' in worst ? worst.why : 'no answer';
  if (options.mode === 'hard-fail') return { result, warnings: [], failure: new PathFailure('REVOCATION_UNAVAILABLE', why) };
  return { result, warnings: ['REVOCATION_UNAVAILABLE'] };
}
