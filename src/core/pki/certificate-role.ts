/**
 * Key usage → what a SITHS/Efos user calls the certificate. SITHS cards carry pairs told apart by key
 * usage: nonRepudiation = signature ("underskrift"), digitalSignature alone = authentication
 * ("legitimering"); the old "legitimering och kryptering" profile adds keyEncipherment to the latter.
 */
import type { CertificateProfile } from './types.js';
import type { KeyUsageName } from './extensions/key-usage.js';

export type CertificateRole = CertificateProfile['role'];

/** RFC 8551 §2.4.2 / RFC 5280: RSA recipients need keyEncipherment, EC (ECDH) recipients keyAgreement. */
export function canEncryptTo(keyUsage: ReadonlySet<KeyUsageName> | undefined, keyType: 'RSA' | 'EC' | undefined): boolean {
  if (keyType === undefined) return false;
  if (keyUsage === undefined) return true;
  return keyUsage.has(keyType === 'RSA' ? 'keyEncipherment' : 'keyAgreement');
}

/** RFC 8550 §4.4.2: a signer's key usage must have digitalSignature or nonRepudiation. */
export function canSign(keyUsage: ReadonlySet<KeyUsageName> | undefined): boolean {
  return keyUsage === undefined || keyUsage.has('digitalSignature') || keyUsage.has('nonRepudiation');
}

export function roleOf(keyUsage: ReadonlySet<KeyUsageName> | undefined, keyType: 'RSA' | 'EC' | undefined, isCa: boolean): CertificateRole {
  if (isCa) return 'ca';
  if (keyUsage === undefined) return 'other';
  const encryption = keyUsage.size > 0 && canEncryptTo(keyUsage, keyType);
  if (keyUsage.has('nonRepudiation')) return 'signature';
  if (keyUsage.has('digitalSignature')) return encryption ? 'authentication-and-encryption' : 'authentication';
  return encryption ? 'encryption' : 'other';
}
