/**
 * A recipient's certificate status as the sender needs to see it before sending: whether Kuvert has
 * a certificate for the address, and whether it can be used now. Revocation needs the companion or
 * a validation run (core/pki validateCertificatePath) and is reported as `revoked` when known.
 */
import { readCertificateProfile, readCertificates, type CertificateProfile } from '../../core/pki/index.js';

export type CertificateStatus = 'missing' | 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'revoked' | 'untrusted' | 'wrong-address' | 'unsuitable';
export type CertificateSource = 'store' | 'companion' | 'file';

export interface RecipientCertificate {
  readonly address: string;
  readonly status: CertificateStatus;
  readonly source?: CertificateSource;
  readonly profile?: CertificateProfile;
  readonly der?: Uint8Array;
  /** True when the companion validated the path and revocation (POST /v1/certificates/validate). */
  readonly checked?: boolean;
  /** The companion's validation code when it found the certificate unusable. */
  readonly problem?: string;
}

/** Certificates that expire within this many days are shown as expiring. */
export const EXPIRING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function certificateStatus(address: string, profile: CertificateProfile, now: Date, revoked = false): CertificateStatus {
  if (revoked) return 'revoked';
  if (profile.email?.toLowerCase() !== address.toLowerCase()) return 'wrong-address';
  if (profile.role !== 'encryption' && profile.role !== 'authentication-and-encryption' && profile.role !== 'other') return 'unsuitable';
  const notBefore = Date.parse(profile.notBefore);
  const notAfter = Date.parse(profile.notAfter);
  if (now.getTime() < notBefore) return 'not-yet-valid';
  if (now.getTime() > notAfter) return 'expired';
  return notAfter - now.getTime() < EXPIRING_DAYS * DAY_MS ? 'expiring' : 'valid';
}

/** Whether a certificate with this status may be used to encrypt. */
export function usable(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}

/** Address (lower case) → certificates the sender has: the local store and imported files. */
export class CertificateBook {
  private readonly entries = new Map<string, { der: Uint8Array; source: CertificateSource }>();

  add(der: Uint8Array, source: CertificateSource): CertificateProfile {
    const profile = readCertificateProfile(der);
    if (profile.email !== undefined) this.entries.set(profile.email.toLowerCase(), { der, source });
    return profile;
  }

  /** Imports a PEM or DER file (one or more certificates); returns how many had an e-mail address. */
  importFile(bytes: Uint8Array): number {
    return readCertificates(bytes).filter((der) => this.add(der, 'file').email !== undefined).length;
  }

  lookup(address: string, now: Date): RecipientCertificate {
    const entry = this.entries.get(address.toLowerCase());
    if (entry === undefined) return { address, status: 'missing' };
    const profile = readCertificateProfile(entry.der);
    return { address, status: certificateStatus(address, profile, now), source: entry.source, profile, der: entry.der };
  }
}
