/**
 * RFC 5280 §6.3 CRL processing for one certificate: for each distribution point, the complete CRLs
 * in scope (issuer, indirect CRLs, IDP user/CA/attribute flags and names, reason partitions), their
 * signature (by the issuer or a separately validated CRL signer with cRLSign), freshness against
 * nextUpdate, and delta CRLs (§5.2.4) on top of a matching base. Reasons accumulate until all are covered.
 */
import type { CryptoEngine } from '../crypto-engine.js';
import { namesEqual, type NormalizedName } from './distinguished-name-match.js';
import type { DistributionPointName, DistributionPointValue } from './extensions/distribution-points.js';
import type { Name } from './extensions/general-names.js';
import type { PkiCertificate } from './pki-certificate.js';
import type { CrlEntry, PkiCrl } from './pki-crl.js';
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

function directory(value: NormalizedName): Name {
  return { kind: 'directory', value, der: new Uint8Array() };
}

/** The names a DistributionPointName stands for; a relative name extends the CRL issuer's name. */
function namesOf(point: DistributionPointName, crlIssuer: NormalizedName): Name[] {
  if (point.fullName) return [...point.fullName];
  return point.relative ? [directory([...crlIssuer, point.relative])] : [];
}

/** §6.3.3 (b): is this complete CRL the one for the certificate's distribution point? */
function inScope(crl: PkiCrl, cert: PkiCertificate, point: DistributionPointValue): boolean {
  const scope = crl.scope;
  const crlIssuers = directoryNames(point.cRLIssuer);
  if (crlIssuers.length > 0) {
    if (!scope.indirect || !crlIssuers.some((n) => namesEqual(n, crl.issuer))) return false;
  } else if (!namesEqual(crl.issuer, cert.issuer)) {
    return false;
  }
  if ((scope.onlyUser && cert.isCa) || (scope.onlyCa && !cert.isCa) || scope.onlyAttribute) return false;
  if (!scope.name) return true;
  const certNames = point.name ? namesOf(point.name, crlIssuers[0] ?? cert.issuer) : (crlIssuers.length > 0 ? crlIssuers : [cert.issuer]).map(directory);
  const idpNames = namesOf(scope.name, crl.issuer);
  return idpNames.some((a) => certNames.some((b) => nameMatches(a, b)));
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
  const serial = cert.serialHex;
  return crl.entries.find((e) => e.serial === serial && namesEqual(e.certificateIssuer, cert.issuer));
}

function defaultPoint(cert: PkiCertificate): DistributionPointValue[] {
  return cert.crlDistributionPoints?.length ? [...cert.crlDistributionPoints] : [{ name: undefined, reasons: undefined, cRLIssuer: undefined }];
}

export async function checkCrls(input: CrlCheckInput, crypto: CryptoEngine): Promise<CertificateStatus> {
  let covered = 0;
  let why = 'no CRL covers the certificate';
  for (const point of defaultPoint(input.cert)) {
    for (const crl of input.crls.filter((c) => c.deltaBase === undefined)) {
      if (covered === ALL_REASONS) break;
      let outcome: CertificateStatus | number | string;
      try {
        outcome = await applyCrl(crl, point, covered, input, crypto);
      } catch (error) {
        // A CRL we cannot fully read (e.g. an unknown critical entry extension) answers nothing.
        outcome = error instanceof Error ? error.message : 'unreadable CRL';
      }
      if (typeof outcome === 'string') why = outcome;
      else if (typeof outcome === 'number') covered |= outcome;
      else return outcome;
    }
  }
  return covered === ALL_REASONS ? { status: 'good', source: 'crl' } : { status: 'unavailable', why };
}

/** One complete CRL: the reasons it newly covers, a revoked status, or why it cannot be used. */
async function applyCrl(crl: PkiCrl, point: DistributionPointValue, covered: number, input: CrlCheckInput, crypto: CryptoEngine): Promise<CertificateStatus | number | string> {
  const { cert, now } = input;
  const usable = (c: PkiCrl): boolean => c.thisUpdate <= now && (c.nextUpdate === undefined || now <= c.nextUpdate);
  if (!inScope(crl, cert, point)) return 0;
  const unknown = crl.unknownCriticalExtension;
  if (unknown !== undefined) return `a CRL in scope has the unknown critical extension ${unknown}`;
  // Bit 0 ("unused") may be set in real ReasonFlags; only bits 1–8 count.
  const interim = (point.reasons ?? ALL_REASONS) & (crl.scope.onlySomeReasons ?? ALL_REASONS) & ALL_REASONS;
  if ((interim & ~covered) === 0) return 0;
  if (!usable(crl)) return `the CRL from ${crl.thisUpdate.toISOString()} is out of date (nextUpdate ${crl.nextUpdate?.toISOString() ?? 'none'})`;
  if (!(await verifiedCrl(crl, input, crypto))) return 'a CRL in scope is not signed by an authorised CRL issuer';
  let entry = findEntry(crl, cert);
  const baseNumber = crl.crlNumber;
  for (const delta of input.crls.filter((d) => d.deltaBase !== undefined && baseNumber !== undefined && d.deltaBase <= baseNumber && (d.crlNumber ?? 0) > baseNumber)) {
    if (!inScope(delta, cert, point) || delta.unknownCriticalExtension !== undefined || !usable(delta) || !(await verifiedCrl(delta, input, crypto))) continue;
    const deltaEntry = findEntry(delta, cert);
    if (deltaEntry) entry = deltaEntry.reason === 'removeFromCRL' ? undefined : deltaEntry;
  }
  if (entry && entry.reason !== 'removeFromCRL') return { status: 'revoked', source: 'crl', revokedAt: entry.revocationDate, reason: entry.reason };
  return interim;
}
