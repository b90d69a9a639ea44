/**
 * RFC 5280 §6.3 CRL processing for one certificate: for each distribution point, the complete CRLs
 * in scope (issuer, indirect CRLs, IDP user/CA/attribute flags and names, reason partitions), their
 * signature (by the issuer or a separately validated CRL signer with cRLSign), freshness against
 * nextUpdate, and delta CRLs (§5.2.4) on top of a matching base. Reasons accumulate until all are covered.
 */
import type { CryptoEngine } from '../crypto-engine.js';
import { namesEqual, type NormalizedName } from './distinguished-name-match.js';
import type { DistributionPointValue } from './extensions/access-locations.js';
import type { Name } from './extensions/general-names.js';
import type { PkiCertificate } from './pki-certificate.js';
import { serialKey, type CrlEntry, type PkiCrl } from './pki-crl.js';
import { algorithmsMatch, checkSignature } from './signature-check.js';

/** ReasonFlags bits 1–8 (keyCompromise … aACompromise) in the 16-bit form DistributionPointValue uses. */
const ALL_REASONS = 0x7f80;

export type CertificateStatus =
  | { readonly status: 'good'; readonly source: 'crl' | 'ocsp' }
  | { readonly status: 'revoked'; readonly source: 'crl' | 'ocsp'; readonly revokedAt: Date; readonly reason: string | undefined }
  | { readonly status: 'unavailable' | 'unknown'; readonly why: string };

export interface CrlCheckInput {
  readonly cert: PkiCertificate;
  /** The certificate (or trust anchor) that issued `cert`. */
  readonly issuer: PkiCertificate;
  readonly crls: readonly PkiCrl[];
  readonly now: Date;
  /** Other certificates that may have signed a CRL (separate CRL keys, indirect CRL issuers). */
  readonly signerCandidates: readonly PkiCertificate[];
  /** Whether a CRL signer other than `issuer` has a valid path to the same trust anchor. */
  readonly signerTrusted: (signer: PkiCertificate) => Promise<boolean>;
}

function directoryNames(names: readonly Name[] | undefined): NormalizedName[] {
  return (names ?? []).flatMap((n) => (n.kind === 'directory' ? [n.value] : []));
}

function nameMatches(a: Name, b: Name): boolean {
  if (a.kind === 'directory' && b.kind === 'directory') return namesEqual(a.value, b.value);
  return a.kind === b.kind && 'value' in a && 'value' in b && a.value === b.value;
}

function inScope(crl: PkiCrl, cert: PkiCertificate, point: DistributionPointValue): boolean {
  const scope = crl.scope;
  const crlIssuers = directoryNames(point.cRLIssuer);
  if (crlIssuers.length > 0) {
    if (!scope.indirect || !crlIssuers.some((n) => namesEqual(n, crl.issuer))) return false;
  } else if (!namesEqual(crl.issuer, cert.issuer)) {
    return false;
  }
  if ((scope.onlyUser && cert.isCa) || (scope.onlyCa && !cert.isCa) || scope.onlyAttribute) return false;
  if (scope.distributionPoint) {
    const certNames: Name[] = point.fullName ? [...point.fullName] : crlIssuers.length > 0 ? crlIssuers.map((value) => ({ kind: 'directory', value, der: new Uint8Array() })) : [{ kind: 'directory', value: cert.issuer, der: cert.issuerDer }];
    if (!scope.distributionPoint.some((a) => certNames.some((b) => nameMatches(a, b)))) return false;
  } else if (point.relativeName) {
    return false;
  }
  return true;
}

async function signedBy(crl: PkiCrl, signer: PkiCertificate, crypto: CryptoEngine): Promise<boolean> {
  if (!namesEqual(signer.subject, crl.issuer)) return false;
  if (signer.keyUsage && !signer.keyUsage.has('cRLSign')) return false;
  if (!algorithmsMatch(crl.crl.signatureAlgorithm, crl.crl.signature)) return false;
  return (await checkSignature(crl.crl.tbsView, crl.crl.signatureValue, crl.crl.signatureAlgorithm, signer.certificate.subjectPublicKeyInfo, crypto)) === 'valid';
}

async function verifiedCrl(crl: PkiCrl, input: CrlCheckInput, crypto: CryptoEngine): Promise<boolean> {
  if (await signedBy(crl, input.issuer, crypto)) return true;
  for (const signer of input.signerCandidates) {
    if (signer !== input.issuer && (await signedBy(crl, signer, crypto)) && (await input.signerTrusted(signer))) return true;
  }
  return false;
}

function findEntry(crl: PkiCrl, cert: PkiCertificate): CrlEntry | undefined {
  const serial = serialKey(cert.serialHex);
  return crl.entries.find((e) => e.serial === serial && namesEqual(e.certificateIssuer, cert.issuer));
}

function defaultPoint(cert: PkiCertificate): DistributionPointValue[] {
  return cert.crlDistributionPoints?.length ? [...cert.crlDistributionPoints] : [{ fullName: undefined, reasons: undefined, cRLIssuer: undefined, relativeName: false }];
}

export async function checkCrls(input: CrlCheckInput, crypto: CryptoEngine): Promise<CertificateStatus> {
  const { cert, now } = input;
  let covered = 0;
  let why = 'no CRL covers the certificate';
  const usable = (crl: PkiCrl): boolean => crl.thisUpdate <= now && (crl.nextUpdate === undefined || now <= crl.nextUpdate);
  for (const point of defaultPoint(cert)) {
    for (const crl of input.crls.filter((c) => c.deltaBase === undefined)) {
      if (covered === ALL_REASONS) break;
      if (!inScope(crl, cert, point)) continue;
      const interim = (point.reasons ?? ALL_REASONS) & (crl.scope.onlySomeReasons ?? ALL_REASONS);
      if ((interim & ~covered) === 0) continue;
      if (!usable(crl)) {
        why = `the CRL from ${crl.thisUpdate.toISOString()} is out of date (nextUpdate ${crl.nextUpdate?.toISOString() ?? 'none'})`;
        continue;
      }
      if (!(await verifiedCrl(crl, input, crypto))) {
        why = 'a CRL in scope is not signed by an authorised CRL issuer';
        continue;
      }
      let entry = findEntry(crl, cert);
      const baseNumber = crl.crlNumber;
      for (const delta of input.crls.filter((c) => c.deltaBase !== undefined && baseNumber !== undefined && c.deltaBase <= baseNumber && (c.crlNumber ?? 0) > baseNumber)) {
        if (!inScope(delta, cert, point) || !usable(delta) || !(await verifiedCrl(delta, input, crypto))) continue;
        const deltaEntry = findEntry(delta, cert);
        if (deltaEntry) entry = deltaEntry.reason === 'removeFromCRL' ? undefined : deltaEntry;
      }
      if (entry && entry.reason !== 'removeFromCRL') return { status: 'revoked', source: 'crl', revokedAt: entry.revocationDate, reason: entry.reason };
      covered |= interim;
    }
  }
  return covered === ALL_REASONS ? { status: 'good', source: 'crl' } : { status: 'unavailable', why };
}
