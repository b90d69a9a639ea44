/**
 * Recipients' certificates beyond the local book: a recipient without one is looked up in the
 * organisation's directories through the companion (POST /v1/directory/lookup, core/pki's choice),
 * and a certificate Kuvert has is checked by the companion (POST /v1/certificates/validate: path,
 * OCSP/CRL) so a revoked or untrusted certificate is shown as such before anything is encrypted.
 * Without the companion, the local status (validity dates, address, key usage) stands.
 */
import { AddinError } from '../errors.js';
import { certificateStatus, type CertificateBook, type RecipientCertificate } from '../taskpane/certificate-status.js';
import { fromBase64, toBase64, type CompanionClient } from './companion-client.js';

/**
 * Adds the companion's certificate store to the book (source `store`); a certificate it cannot
 * read is skipped. Returns how many were added; 0 when the companion is absent or unpaired.
 */
export async function loadCompanionStore(book: CertificateBook, companion: CompanionClient | undefined): Promise<number> {
  if (companion === undefined || !companion.paired) return 0;
  let added = 0;
  try {
    for (const entry of (await companion.certificates()).certificates) {
      // Expired ones are of no use; one the book already has (an imported file) is not replaced.
      if (entry.expiry === 'expired') continue;
      if (entry.holder.email !== undefined && book.lookup(entry.holder.email, new Date()).status !== 'missing') continue;
      try {
        book.add(fromBase64(entry.certificate), 'store');
        added += 1;
      } catch {
        // unreadable here: left out
      }
    }
  } catch {
    return added;
  }
  return added;
}

export async function resolveRecipient(address: string, book: CertificateBook, companion: CompanionClient | undefined, now = new Date()): Promise<RecipientCertificate> {
  let local = book.lookup(address, now);
  if (companion === undefined || !companion.paired) return local;
  if (local.status === 'missing') {
    try {
      const found = await companion.directoryLookup(address);
      if (found.selected !== undefined) {
        book.add(fromBase64(found.selected), 'companion');
        local = book.lookup(address, now);
      }
    } catch {
      return local;
    }
  }
  if (local.der === undefined || local.profile === undefined || (local.status !== 'valid' && local.status !== 'expiring')) return local;
  try {
    const check = await companion.validateCertificate({ certificate: toBase64(local.der), usage: 'encryption', at: now.toISOString() });
    if (check.revocation.status === 'revoked') return { ...local, status: 'revoked' };
    // A companion with no trust anchors configured cannot judge the path: the local status stands.
    if (check.warnings.includes('NO_TRUST_ANCHORS')) return local;
    if (!check.valid) return { ...local, status: 'untrusted', ...(check.code === undefined ? {} : { problem: check.code }) };
    return { ...local, status: certificateStatus(address, local.profile, now), checked: true };
  } catch (error) {
    // An older companion without /v1/certificates/validate answers NOT_FOUND: keep the local status.
    if (error instanceof AddinError && (error.code === 'COMPANION_REFUSED' || error.code === 'COMPANION_UNREACHABLE')) return local;
    throw error;
  }
}
