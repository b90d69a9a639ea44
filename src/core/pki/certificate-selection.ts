/**
 * Picks the certificate to encrypt to or sign with from a card or a directory answer: valid now,
 * the right key usage (and emailProtection when EKU is present), newest first; every other
 * certificate is listed with the reason it was skipped (ties on notBefore go to the later notAfter). For signing, a nonRepudiation (SITHS
 * "underskrift") certificate is preferred over one with digitalSignature only.
 */
import { assertKnownOptions } from './options.js';
import { profileOf } from './certificate-profile.js';
import { unsuitabilityFor } from './end-entity-usage.js';
import { PKI_OID } from './oids.js';
import { PkiCertificate } from './pki-certificate.js';
import type { CertificateSelection, SelectionOptions, SkippedCertificate } from './types.js';

interface Candidate {
  readonly index: number;
  readonly cert: PkiCertificate;
  readonly preference: number;
}

function emailsOf(cert: PkiCertificate): string[] {
  const san = cert.subjectAltNames.flatMap((n) => (n.kind === 'rfc822' ? [n.value.toLowerCase()] : []));
  const dn = cert.subject.flatMap((rdn) => rdn.filter((a) => a.type === PKI_OID.emailAddress && a.text).map((a) => a.text!.toLowerCase()));
  return [...san, ...dn];
}

function select(certs: readonly Uint8Array[], usage: 'signature' | 'encryption', options: SelectionOptions): CertificateSelection {
  assertKnownOptions(options, ['now', 'email'], usage === 'signature' ? 'selectSigningCertificate' : 'selectEncryptionCertificate');
  const now = options.now ?? new Date();
  const skipped: SkippedCertificate[] = [];
  const candidates: Candidate[] = [];
  certs.forEach((der, index) => {
    let cert: PkiCertificate;
    try {
      cert = new PkiCertificate(der);
      profileOf(cert);
    } catch {
      skipped.push({ index, profile: undefined, reason: 'malformed', message: 'the certificate cannot be parsed' });
      return;
    }
    const skip = (reason: SkippedCertificate['reason'], message: string): void => void skipped.push({ index, profile: profileOf(cert), reason, message });
    if (cert.isCa) return skip('ca', 'a CA certificate');
    if (now > cert.notAfter) return skip('expired', `expired ${cert.notAfter.toISOString()}`);
    if (now < cert.notBefore) return skip('not-yet-valid', `valid from ${cert.notBefore.toISOString()}`);
    const unsuitable = unsuitabilityFor(cert, usage);
    if (unsuitable) return skip(unsuitable.startsWith('extended') ? 'extended-key-usage' : 'key-usage', unsuitable);
    const emails = emailsOf(cert);
    if (options.email !== undefined && emails.length > 0 && !emails.includes(options.email.toLowerCase())) return skip('email-mismatch', `issued for ${emails.join(', ')}`);
    candidates.push({ index, cert, preference: usage === 'signature' && cert.keyUsage?.has('nonRepudiation') ? 1 : 0 });
  });
  candidates.sort((a, b) => b.preference - a.preference || b.cert.notBefore.getTime() - a.cert.notBefore.getTime() || b.cert.notAfter.getTime() - a.cert.notAfter.getTime());
  const [best, ...rest] = candidates;
  for (const other of rest) {
    const message = other.preference < (best?.preference ?? 0) ? 'a certificate with nonRepudiation is preferred for signing' : 'a newer suitable certificate exists';
    skipped.push({ index: other.index, profile: profileOf(other.cert), reason: 'not-newest', message });
  }
  skipped.sort((a, b) => a.index - b.index);
  return { selected: best ? { index: best.index, der: best.cert.der, profile: profileOf(best.cert) } : undefined, skipped };
}

/** RSA keyEncipherment or EC keyAgreement, valid now, newest first. */
export function selectEncryptionCertificate(certs: readonly Uint8Array[], options: SelectionOptions = {}): CertificateSelection {
  return select(certs, 'encryption', options);
}

/** nonRepudiation (preferred) or digitalSignature, valid now, newest first. */
export function selectSigningCertificate(certs: readonly Uint8Array[], options: SelectionOptions = {}): CertificateSelection {
  return select(certs, 'signature', options);
}
