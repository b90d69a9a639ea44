/**
 * What the end-entity certificate may be used for (RFC 8550 §4.4): key usage by purpose, and
 * extended key usage emailProtection (or anyExtendedKeyUsage) when the extension is present.
 */
import { publicKeyKind } from '../cms/certificate-identity.js';
import { canEncryptTo, canSign } from './certificate-role.js';
import { PKI_OID } from './oids.js';
import type { PkiCertificate } from './pki-certificate.js';

/** Undefined when suitable, otherwise why not. */
export function unsuitabilityFor(cert: PkiCertificate, usage: 'signature' | 'encryption'): string | undefined {
  if (usage === 'signature' && !canSign(cert.keyUsage)) return 'key usage has neither digitalSignature nor nonRepudiation';
  if (usage === 'encryption') {
    const kind = publicKeyKind(cert.certificate)?.type;
    if (kind === undefined) return 'the public key type cannot be encrypted to';
    if (!canEncryptTo(cert.keyUsage, kind)) return kind === 'RSA' ? 'key usage lacks keyEncipherment' : 'key usage lacks keyAgreement';
  }
  const eku = cert.extendedKeyUsage;
  if (eku !== undefined && !eku.includes(PKI_OID.emailProtection) && !eku.includes(PKI_OID.anyExtendedKeyUsage)) return 'extended key usage lacks emailProtection';
  return undefined;
}
