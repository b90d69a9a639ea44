/**
 * readCertificateProfile: a certificate as a Swedish public-sector user needs to see it — who (name,
 * HSA-id, organisation, whether a personnummer is present), what for (role from key usage) and how
 * trusted (policies). Synchronous and platform-free; a personnummer never leaves this file unmasked.
 */
import { RSAPublicKey } from 'pkijs';
import { toHex } from '../bytes.js';
import { publicKeyKind } from '../cms/certificate-identity.js';
import { attributeTexts } from './distinguished-name-match.js';
import { PKI_OID } from './oids.js';
import { PkiCertificate } from './pki-certificate.js';
import { roleOf } from './certificate-role.js';
import { sha256 } from './sha256.js';
import { hsaIdOf, maskPersonnummerIn, maskedPersonnummerOf, organisationNumberOf } from './swedish-identifiers.js';
import type { CertificateProfile } from './types.js';

function keyAlgorithm(cert: PkiCertificate): { text: string; type: 'RSA' | 'EC' | undefined } {
  const kind = publicKeyKind(cert.certificate);
  if (kind?.type === 'EC') return { text: `EC ${kind.curve}`, type: 'EC' };
  if (kind?.type === 'RSA') {
    const parsed: unknown = cert.certificate.subjectPublicKeyInfo.parsedKey;
    const modulus = parsed instanceof RSAPublicKey ? parsed.modulus.valueBlock.valueHexView : undefined;
    const bytes = modulus ? modulus.length - (modulus[0] === 0 ? 1 : 0) : 0;
    return { text: bytes > 0 ? `RSA ${bytes * 8}` : 'RSA', type: 'RSA' };
  }
  return { text: cert.certificate.subjectPublicKeyInfo.algorithm.algorithmId, type: undefined };
}

export function profileOf(cert: PkiCertificate): CertificateProfile {
  const subject = cert.subject;
  const serialNumbers = attributeTexts(subject, PKI_OID.serialNumber);
  const hsaId = serialNumbers.map(hsaIdOf).find((v) => v !== undefined);
  const personnummerMasked = serialNumbers.map(maskedPersonnummerOf).find((v) => v !== undefined);
  const organizationIds = attributeTexts(subject, PKI_OID.organizationIdentifier);
  const organizationNumber = [...organizationIds, ...(hsaId ? [hsaId] : [])].map(organisationNumberOf).find((v) => v !== undefined);
  const sanEmail = cert.subjectAltNames.find((n) => n.kind === 'rfc822');
  const key = keyAlgorithm(cert);
  const masked = (text: string | undefined): string | undefined => (text === undefined ? undefined : maskPersonnummerIn(text));
  return {
    name: masked(attributeTexts(subject, PKI_OID.commonName).at(-1)),
    email: masked(sanEmail?.kind === 'rfc822' ? sanEmail.value : attributeTexts(subject, PKI_OID.emailAddress)[0]),
    hsaId,
    personnummerPresent: personnummerMasked !== undefined,
    personnummerMasked,
    organization: masked(attributeTexts(subject, PKI_OID.organizationName).at(-1)),
    organizationNumber,
    // A personnummer in the subject would otherwise appear in full in the display name.
    subject: maskPersonnummerIn(cert.subjectName),
    issuer: maskPersonnummerIn(cert.issuerName),
    serial: cert.serialHex,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    policies: cert.policies ?? [],
    role: roleOf(cert.keyUsage, key.type, cert.isCa),
    keyUsage: cert.keyUsage ? [...cert.keyUsage] : [],
    extendedKeyUsage: cert.extendedKeyUsage ?? [],
    keyAlgorithm: key.text,
    fingerprintSha256: toHex(sha256(cert.der)),
  };
}

/** Reads one DER certificate; MALFORMED_CERTIFICATE when it does not parse. */
export function readCertificateProfile(der: Uint8Array): CertificateProfile {
  return profileOf(new PkiCertificate(der));
}
