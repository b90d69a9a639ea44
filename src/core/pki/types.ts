/**
 * The contract between signature verification (core/cms, core/smime) and certificate validation
 * (core/pki). Verification finds the signer certificate and the signing time; pki says whether that
 * certificate chains to a trust anchor, was valid then and now, and is not revoked.
 */
import type { KuvertErrorCode } from '../errors.js';

/** A certificate read the way a Swedish public-sector user needs (SITHS, Efos). */
export interface CertificateProfile {
  readonly name: string | undefined;
  readonly email: string | undefined;
  /** SITHS/Efos HSA-id from subject serialNumber (`SE<orgnr>-…`), when the certificate carries one. */
  readonly hsaId: string | undefined;
  /** True when subject serialNumber is a personnummer; the number itself is never exposed in full. */
  readonly personnummerPresent: boolean;
  /** Masked form for display, e.g. `19121212-****`. */
  readonly personnummerMasked: string | undefined;
  readonly organization: string | undefined;
  readonly organizationNumber: string | undefined;
  readonly subject: string;
  readonly issuer: string;
  /** Hex, lower case. */
  readonly serial: string;
  readonly notBefore: string;
  readonly notAfter: string;
  /** Certificate policy OIDs. */
  readonly policies: readonly string[];
  readonly role: 'encryption' | 'signature' | 'authentication' | 'authentication-and-encryption' | 'ca' | 'other';
  readonly keyUsage: readonly string[];
  readonly extendedKeyUsage: readonly string[];
  readonly keyAlgorithm: string;
  readonly fingerprintSha256: string;
}

/** Fetches a URL (OCSP POST or CRL/AIA GET); injected so core has no network of its own. */
export type FetchPort = (url: string, init?: { method?: 'GET' | 'POST'; body?: Uint8Array; headers?: Record<string, string>; timeoutMs?: number }) => Promise<{ status: number; body: Uint8Array; contentType?: string }>;

export interface RevocationOptions {
  /** off: no check. soft-fail: unreachable responder → warning. hard-fail: unreachable → invalid. */
  readonly mode: 'off' | 'soft-fail' | 'hard-fail';
  readonly fetch?: FetchPort;
  /** CRLs given offline (DER), used before any network source. */
  readonly crls?: readonly Uint8Array[];
}

export interface PathValidationInput {
  /** DER of the end-entity certificate. */
  readonly certificate: Uint8Array;
  /** Candidate intermediates (from the message, a local store). */
  readonly intermediates?: readonly Uint8Array[];
  readonly trustAnchors: readonly Uint8Array[];
  /** What the certificate is used for: decides the key usage and EKU checks. */
  readonly usage: 'signature' | 'encryption';
  /** Validation time for the chain (e.g. the signing time); default now. */
  readonly at?: Date;
  /** The present, for the "valid now" check; default new Date(). */
  readonly now?: Date;
  readonly revocation?: RevocationOptions;
  /** Fetches missing issuer certificates from AIA caIssuers (http/https) when given; absent = no AIA. */
  readonly aiaFetch?: FetchPort;
  /** RFC 5280 initial-policy-set etc.; absent = any-policy, no explicit policy required. */
  readonly policy?: { readonly initialPolicies?: readonly string[]; readonly requireExplicitPolicy?: boolean; readonly inhibitPolicyMapping?: boolean; readonly inhibitAnyPolicy?: boolean };
}

export interface RevocationResult {
  readonly status: 'good' | 'revoked' | 'unknown' | 'not-checked' | 'unavailable';
  readonly source?: 'ocsp' | 'crl';
  readonly revokedAt?: string;
  readonly reason?: string;
}

export interface PathValidationResult {
  readonly valid: boolean;
  /** Why not valid, e.g. UNTRUSTED_CHAIN, CERT_EXPIRED, CERT_REVOKED, CERT_UNSUITABLE. */
  readonly code?: KuvertErrorCode;
  readonly message?: string;
  /** End entity first, trust anchor last. */
  readonly chain: readonly CertificateProfile[];
  readonly validAtTime: boolean;
  readonly validNow: boolean;
  readonly revocation: RevocationResult;
  /** Warning codes (e.g. REVOCATION_UNAVAILABLE, CERT_EXPIRED_NOW, SHA1_SIGNATURE_IN_CHAIN). */
  readonly warnings: readonly string[];
  /** RFC 5280 §6.1.6 authorities-constrained policies of a valid path (anyPolicy = unconstrained). */
  readonly policies?: readonly string[];
}

/** Why a certificate was not picked by selectEncryptionCertificate / selectSigningCertificate. */
export interface SkippedCertificate {
  /** Index in the input list. */
  readonly index: number;
  readonly profile: CertificateProfile | undefined;
  readonly reason: 'malformed' | 'ca' | 'expired' | 'not-yet-valid' | 'key-usage' | 'extended-key-usage' | 'email-mismatch' | 'not-newest';
  readonly message: string;
}

export interface CertificateSelection {
  /** Undefined when no certificate fits; `skipped` then says why for each. */
  readonly selected: { readonly index: number; readonly der: Uint8Array; readonly profile: CertificateProfile } | undefined;
  readonly skipped: readonly SkippedCertificate[];
}

export interface SelectionOptions {
  /** Default new Date(). */
  readonly now?: Date;
  /** When given, certificates that carry e-mail addresses must carry this one (case-insensitive). */
  readonly email?: string;
}
