/**
 * The registrar's encryption certificate, or a refusal (REGISTRAR_CERTIFICATE_UNAVAILABLE) —
 * never a guess. Pinned in the policy: it must name the registrar's address, allow encryption and
 * be valid now, and the companion (when connected) must not report it revoked; the policy vouches
 * for its issuer. Not pinned: the companion looks it up (its directories, then its store) and
 * validates it (path, OCSP/CRL); anything short of valid is refused, including a companion with no
 * trust anchors to judge by.
 */
import { readCertificateProfile } from '../../../core/pki/index.js';
import { AddinError } from '../../errors.js';
import { fromBase64, toBase64, type CompanionClient } from '../../companion/companion-client.js';
import { certificateStatus, usable } from '../../taskpane/certificate-status.js';

const refuse = (why: string, cause?: unknown): never => {
  throw new AddinError('REGISTRAR_CERTIFICATE_UNAVAILABLE', why, cause === undefined ? undefined : { cause });
};

function locallyUsable(der: Uint8Array, address: string, now: Date): boolean {
  try {
    return usable(certificateStatus(address, readCertificateProfile(der), now));
  } catch {
    return false;
  }
}

export async function registrarCertificate(address: string, pinned: Uint8Array | undefined, companion: CompanionClient | undefined, now = new Date()): Promise<Uint8Array> {
  const connected = companion !== undefined && companion.paired;
  if (pinned !== undefined) {
    if (!locallyUsable(pinned, address, now)) refuse('the pinned certificate does not name the address, cannot encrypt or is not valid now');
    if (connected) {
      const check = await companion.validateCertificate({ certificate: toBase64(pinned), usage: 'encryption', at: now.toISOString() }).catch((error: unknown) => refuse('the companion could not check the pinned certificate', error));
      if (check.revocation.status === 'revoked') refuse('the pinned certificate is revoked');
    }
    return pinned;
  }
  if (!connected) return refuse('no certificate is pinned and the companion, which looks it up, is not connected');
  const candidates: Uint8Array[] = [];
  try {
    const found = await companion.directoryLookup(address);
    if (found.selected !== undefined) candidates.push(fromBase64(found.selected));
  } catch {
    // no directory configured or reachable: the local store may still have it
  }
  try {
    for (const entry of (await companion.certificates()).certificates) {
      if (entry.holder.email?.toLowerCase() === address.toLowerCase() && entry.expiry !== 'expired') candidates.push(fromBase64(entry.certificate));
    }
  } catch {
    // no store: only the directory's answer
  }
  for (const der of candidates) {
    if (!locallyUsable(der, address, now)) continue;
    const check = await companion.validateCertificate({ certificate: toBase64(der), usage: 'encryption', at: now.toISOString() }).catch(() => undefined);
    if (check?.valid === true && check.revocation.status !== 'revoked') return der;
  }
  return refuse(candidates.length === 0 ? 'no certificate found for the address' : 'no certificate found for the address validated');
}
