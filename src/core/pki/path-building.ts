/**
 * Builds candidate certification paths from the end entity up to a trust anchor out of the given
 * intermediates (and, when allowed, AIA caIssuers fetched through the FetchPort). Depth-first, most
 * likely issuer first (key identifier match, then valid at the validation time, then newest); the
 * validator tries candidates in order, so a bad cross-certificate cannot hide a good path.
 */
import { bytesEqual } from '../bytes.js';
import { namesEqual } from './distinguished-name-match.js';
import { PkiCertificate } from './pki-certificate.js';
import type { FetchPort } from './types.js';
import { readCertificates } from './certificate-file.js';
import { certificatesOfCertsOnly } from '../cms/certs-only.js';

export interface CandidatePath {
  readonly anchor: PkiCertificate;
  /** Anchor side first: path[0] is issued by the anchor, the last element is the end entity. */
  readonly path: readonly PkiCertificate[];
}

export interface PathBuildingOptions {
  readonly at: Date;
  readonly maxDepth?: number;
  readonly maxCandidates?: number;
  readonly aiaFetch?: FetchPort;
}

const AIA_LIMIT = 4;

function rank(subject: PkiCertificate, at: Date) {
  return (issuer: PkiCertificate): number =>
    (subject.authorityKeyId !== undefined && subject.authorityKeyId === issuer.subjectKeyId ? 4 : 0) + (issuer.notBefore <= at && at <= issuer.notAfter ? 2 : 0);
}

function issuersOf(subject: PkiCertificate, pool: readonly PkiCertificate[], at: Date): PkiCertificate[] {
  const score = rank(subject, at);
  return pool
    .filter((c) => namesEqual(c.subject, subject.issuer))
    .sort((a, b) => score(b) - score(a) || b.notBefore.getTime() - a.notBefore.getTime());
}

async function fetchIssuers(subject: PkiCertificate, fetch: FetchPort): Promise<PkiCertificate[]> {
  const found: PkiCertificate[] = [];
  for (const url of (subject.authorityInfoAccess?.caIssuers ?? []).filter((u) => /^https?:\/\//i.test(u)).slice(0, 2)) {
    try {
      const response = await fetch(url, { method: 'GET' });
      // RFC 5280 §4.2.2.1: a single DER certificate or a certs-only CMS bag (.p7c).
      if (response.status === 200) found.push(...(certificatesOfCertsOnly(response.body) ?? readCertificates(response.body)).map((der) => new PkiCertificate(der)));
    } catch {
      // An unreachable AIA location only means fewer candidates.
    }
  }
  return found;
}

export async function buildCandidatePaths(ee: PkiCertificate, intermediates: readonly PkiCertificate[], anchors: readonly PkiCertificate[], options: PathBuildingOptions): Promise<CandidatePath[]> {
  const maxDepth = options.maxDepth ?? 10;
  const maxCandidates = options.maxCandidates ?? 16;
  const pool = [...intermediates];
  const results: CandidatePath[] = [];
  let aiaFetches = 0;
  const walk = async (chain: PkiCertificate[]): Promise<void> => {
    const current = chain[chain.length - 1]!;
    for (const anchor of issuersOf(current, anchors, options.at)) {
      if (results.length < maxCandidates) results.push({ anchor, path: [...chain].reverse() });
    }
    if (chain.length >= maxDepth || results.length >= maxCandidates) return;
    let issuers = issuersOf(current, pool, options.at).filter((c) => !chain.some((x) => bytesEqual(x.der, c.der)));
    if (issuers.length === 0 && options.aiaFetch && aiaFetches < AIA_LIMIT && !anchors.some((a) => namesEqual(a.subject, current.issuer))) {
      aiaFetches++;
      pool.push(...(await fetchIssuers(current, options.aiaFetch)));
      issuers = issuersOf(current, pool, options.at).filter((c) => !chain.some((x) => bytesEqual(x.der, c.der)));
    }
    for (const issuer of issuers) {
      if (results.length >= maxCandidates) return;
      await walk([...chain, issuer]);
    }
  };
  await walk([ee]);
  return results;
}
