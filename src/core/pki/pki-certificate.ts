/**
 * A parsed certificate with the fields path validation and profiles need, read lazily and cached
 * (in the style of PeculiarVentures/x509's getters). Malformed extensions throw MALFORMED_CERTIFICATE.
 */
import type { Certificate, Extension } from 'pkijs';
import { toHex } from '../bytes.js';
import { derBytes, parseAsn1, valueBytes } from '../cms/asn1.js';
import { parseCertificate } from '../cms/certificate-identity.js';
import { formatDistinguishedName } from '../cms/distinguished-name.js';
import { namesEqual, normalizeName, type NormalizedName } from './distinguished-name-match.js';
import { readAuthorityInfoAccess, type AccessLocations } from './extensions/access-locations.js';
import { readCrlDistributionPoints, type DistributionPointValue } from './extensions/distribution-points.js';
import { readBasicConstraints, type BasicConstraintsValue } from './extensions/basic-constraints.js';
import { readCertificatePolicies } from './extensions/certificate-policies.js';
import { readExtendedKeyUsage } from './extensions/extended-key-usage.js';
import { readSubjectAltName, type Name } from './extensions/general-names.js';
import { readKeyUsage, type KeyUsageName } from './extensions/key-usage.js';
import { readNameConstraints, type NameConstraintsValue } from './extensions/name-constraints.js';
import { readInhibitAnyPolicy, readPolicyConstraints, type PolicyConstraintsValue } from './extensions/policy-constraints.js';
import { readPolicyMappings, type PolicyMappingValue } from './extensions/policy-mappings.js';
import { PKI_OID } from './oids.js';

/** Extensions this code processes; any other critical one makes the certificate unusable (§6.1.4 o). */
export const PROCESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  PKI_OID.authorityKeyIdentifier,
  PKI_OID.subjectKeyIdentifier,
  PKI_OID.keyUsage,
  PKI_OID.certificatePolicies,
  PKI_OID.policyMappings,
  PKI_OID.subjectAltName,
  PKI_OID.basicConstraints,
  PKI_OID.nameConstraints,
  PKI_OID.policyConstraints,
  PKI_OID.extKeyUsage,
  PKI_OID.cRLDistributionPoints,
  PKI_OID.inhibitAnyPolicy,
  PKI_OID.authorityInfoAccess,
]);

function memo<T>(cache: Map<string, unknown>, key: string, read: () => T): T {
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as T;
}

export class PkiCertificate {
  readonly certificate: Certificate;
  private readonly cache = new Map<string, unknown>();

  constructor(readonly der: Uint8Array) {
    this.certificate = parseCertificate(der);
  }

  private extension(oid: string): Extension | undefined {
    return this.certificate.extensions?.find((e) => e.extnID === oid);
  }

  private read<T>(oid: string, reader: (e: Extension) => T): T | undefined {
    return memo(this.cache, oid, () => {
      const extension = this.extension(oid);
      return extension ? reader(extension) : undefined;
    });
  }

  get subjectDer(): Uint8Array {
    return memo(this.cache, 'subjectDer', () => derBytes(this.certificate.subject.toSchema()));
  }
  get issuerDer(): Uint8Array {
    return memo(this.cache, 'issuerDer', () => derBytes(this.certificate.issuer.toSchema()));
  }
  get subject(): NormalizedName {
    return memo(this.cache, 'subject', () => normalizeName(this.subjectDer));
  }
  get issuer(): NormalizedName {
    return memo(this.cache, 'issuer', () => normalizeName(this.issuerDer));
  }
  get subjectName(): string {
    return formatDistinguishedName(this.certificate.subject);
  }
  get issuerName(): string {
    return formatDistinguishedName(this.certificate.issuer);
  }
  get serialHex(): string {
    return toHex(valueBytes(this.certificate.serialNumber));
  }
  get notBefore(): Date {
    return this.certificate.notBefore.value;
  }
  get notAfter(): Date {
    return this.certificate.notAfter.value;
  }
  /** §6.1 "self-issued": subject and issuer names match. */
  get selfIssued(): boolean {
    return namesEqual(this.subject, this.issuer);
  }
  get criticalExtensions(): readonly string[] {
    return (this.certificate.extensions ?? []).filter((e) => e.critical).map((e) => e.extnID);
  }
  get keyUsage(): ReadonlySet<KeyUsageName> | undefined {
    return this.read(PKI_OID.keyUsage, readKeyUsage);
  }
  get basicConstraints(): BasicConstraintsValue | undefined {
    return this.read(PKI_OID.basicConstraints, readBasicConstraints);
  }
  get extendedKeyUsage(): readonly string[] | undefined {
    return this.read(PKI_OID.extKeyUsage, readExtendedKeyUsage);
  }
  get policies(): readonly string[] | undefined {
    return this.read(PKI_OID.certificatePolicies, readCertificatePolicies);
  }
  get policyMappings(): readonly PolicyMappingValue[] | undefined {
    return this.read(PKI_OID.policyMappings, readPolicyMappings);
  }
  get policyConstraints(): PolicyConstraintsValue | undefined {
    return this.read(PKI_OID.policyConstraints, readPolicyConstraints);
  }
  get inhibitAnyPolicy(): number | undefined {
    return this.read(PKI_OID.inhibitAnyPolicy, readInhibitAnyPolicy);
  }
  get nameConstraints(): NameConstraintsValue | undefined {
    return this.read(PKI_OID.nameConstraints, readNameConstraints);
  }
  get subjectAltNames(): readonly Name[] {
    return this.read(PKI_OID.subjectAltName, readSubjectAltName) ?? [];
  }
  get authorityInfoAccess(): AccessLocations | undefined {
    return this.read(PKI_OID.authorityInfoAccess, readAuthorityInfoAccess);
  }
  get crlDistributionPoints(): readonly DistributionPointValue[] | undefined {
    return this.read(PKI_OID.cRLDistributionPoints, readCrlDistributionPoints);
  }
  get subjectKeyId(): string | undefined {
    return this.read(PKI_OID.subjectKeyIdentifier, (e) => toHex(valueBytes(parseAsn1(e.extnValue.valueBlock.valueHexView, 'subjectKeyIdentifier', 'MALFORMED_CERTIFICATE'))));
  }
  get authorityKeyId(): string | undefined {
    return this.read(PKI_OID.authorityKeyIdentifier, (e) => {
      const id = (e.parsedValue as { keyIdentifier?: unknown } | undefined)?.keyIdentifier;
      return id === undefined ? undefined : toHex(valueBytes(id));
    });
  }
  /** True for a CA certificate by basicConstraints (the only test RFC 5280 §6.1.4 k accepts for v3). */
  get isCa(): boolean {
    return this.basicConstraints?.ca === true;
  }
}
