/**
 * validateCertificatePath: does this certificate chain to a trust anchor, was it valid at `at` and is
 * it now, may it be used for `usage`, and is it revoked? RFC 5280 §6 over every candidate path the
 * builder finds, the first valid one wins; otherwise the most likely path's failure is reported.
 */
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { bytesEqual } from '../bytes.js';
import { profileOf } from './certificate-profile.js';
import { unsuitabilityFor } from './end-entity-usage.js';
import { PKI_OID } from './oids.js';
import { buildCandidatePaths, type CandidatePath } from './path-building.js';
import { PathFailure } from './path-failure.js';
import { processPath, type PathProcessingOptions } from './path-processing.js';
import { PkiCertificate } from './pki-certificate.js';
import { checkPathRevocation } from './revocation.js';
import { assertKnownOptions } from './options.js';
import type { PathValidationInput, PathValidationResult, RevocationResult } from './types.js';

const INPUT_KEYS = ['certificate', 'intermediates', 'trustAnchors', 'usage', 'at', 'now', 'revocation', 'policy', 'aiaFetch'];
const POLICY_KEYS = ['initialPolicies', 'requireExplicitPolicy', 'inhibitPolicyMapping', 'inhibitAnyPolicy'];
const REVOCATION_KEYS = ['mode', 'fetch', 'crls'];

function validBetween(certs: readonly PkiCertificate[], time: Date): boolean {
  return certs.every((c) => c.notBefore <= time && time <= c.notAfter);
}

function parseAll(ders: readonly Uint8Array[] | undefined): PkiCertificate[] {
  const out: PkiCertificate[] = [];
  for (const der of ders ?? []) {
    try {
      out.push(new PkiCertificate(der));
    } catch {
      // A malformed extra certificate (from a message or a store) cannot be part of a path.
    }
  }
  return out;
}

function checkInput(input: PathValidationInput): void {
  assertKnownOptions(input, INPUT_KEYS, 'validateCertificatePath');
  if (input.policy) assertKnownOptions(input.policy, POLICY_KEYS, 'policy');
  if (input.revocation) assertKnownOptions(input.revocation, REVOCATION_KEYS, 'revocation');
  if (input.usage !== 'signature' && input.usage !== 'encryption') throw new KuvertError('INVALID_ARGUMENT', 'usage must be signature or encryption');
  if (input.trustAnchors.length === 0) throw new KuvertError('INVALID_ARGUMENT', 'no trust anchors given');
}

interface Context {
  readonly intermediates: readonly PkiCertificate[];
  readonly anchors: readonly PkiCertificate[];
  readonly at: Date;
  readonly now: Date;
  readonly options: PathProcessingOptions;
  readonly input: PathValidationInput;
  readonly crypto: CryptoEngine;
  /** Certificates whose validation is in progress up the stack (CRL signers being checked). */
  readonly validating: readonly Uint8Array[];
}

/** A CRL signer other than the CA (RFC 5280 §6.3.3 f) needs its own valid path; bounded recursion. */
const MAX_SIGNER_DEPTH = 2;

async function validate(ee: PkiCertificate, usage: PathValidationInput['usage'] | 'crl-signer', context: Context, signerDepth: number): Promise<PathValidationResult> {
  const { at, now, input, crypto } = context;
  const candidates = await buildCandidatePaths(ee, context.intermediates.filter((c) => !bytesEqual(c.der, ee.der)), context.anchors, { at, ...(input.aiaFetch ? { aiaFetch: input.aiaFetch } : {}) });
  const notChecked: RevocationResult = { status: 'not-checked' };
  if (candidates.length === 0) {
    return { valid: false, code: 'UNTRUSTED_CHAIN', message: 'no path to a trust anchor', chain: [profileOf(ee)], validAtTime: validBetween([ee], at), validNow: validBetween([ee], now), revocation: notChecked, warnings: [] };
  }
  let firstFailure: { candidate: CandidatePath; failure: PathFailure; revocation?: RevocationResult } | undefined;
  for (const candidate of candidates) {
    const { anchor, path } = candidate;
    const chainCerts = [...path].reverse();
    const chain = [...chainCerts, anchor].map(profileOf);
    const validNow = validBetween([...chainCerts, anchor], now);
    const validAtTime = validBetween([...chainCerts, anchor], at);
    try {
      const processed = await processPath(anchor, path, context.options, crypto);
      const unsuitable = usage === 'crl-signer' ? undefined : unsuitabilityFor(ee, usage);
      if (unsuitable) throw new PathFailure('CERT_UNSUITABLE', unsuitable, 0);
      const signers = {
        candidates: context.intermediates,
        trusted: async (signer: PkiCertificate): Promise<boolean> =>
          // A CRL signer whose own status comes from a CRL it signed (PKITS 4.14.30) is being validated already.
          context.validating.some((der) => bytesEqual(der, signer.der)) ||
          (signerDepth < MAX_SIGNER_DEPTH && (await validate(signer, 'crl-signer', { ...context, anchors: [anchor], validating: [...context.validating, signer.der] }, signerDepth + 1)).valid),
      };
      const revocation = await checkPathRevocation(anchor, path, signers, input.revocation ?? { mode: 'off' }, { at, now }, crypto);
      const warnings = new Set([...processed.warnings, ...revocation.warnings]);
      if (!validNow) warnings.add(now > ee.notAfter ? 'CERT_EXPIRED_NOW' : 'CERT_NOT_VALID_NOW');
      const base = { chain, validAtTime, validNow, revocation: revocation.result, warnings: [...warnings], policies: processed.policies };
      if (!revocation.failure) return { valid: true, ...base };
      firstFailure ??= { candidate, failure: revocation.failure, revocation: revocation.result };
    } catch (error) {
      const failure = error instanceof PathFailure ? error : malformedAsFailure(error);
      firstFailure ??= { candidate, failure };
    }
  }
  const { candidate, failure, revocation } = firstFailure!;
  const chainCerts = [...candidate.path].reverse();
  return {
    valid: false,
    code: failure.code,
    message: failure.message,
    chain: [...chainCerts, candidate.anchor].map(profileOf),
    validAtTime: validBetween([...chainCerts, candidate.anchor], at),
    validNow: validBetween([...chainCerts, candidate.anchor], now),
    revocation: revocation ?? notChecked,
    warnings: [],
  };
}

/** A malformed extension met during processing makes that path invalid, not the call an exception. */
function malformedAsFailure(error: unknown): PathFailure {
  if (error instanceof KuvertError && (error.code === 'MALFORMED_CERTIFICATE' || error.code === 'CRL_INVALID')) return new PathFailure(error.code, error.message);
  throw error;
}

export async function validateCertificatePath(input: PathValidationInput, crypto: CryptoEngine = defaultCrypto()): Promise<PathValidationResult> {
  checkInput(input);
  const now = input.now ?? new Date();
  const at = input.at ?? now;
  const ee = new PkiCertificate(input.certificate);
  const anchors = parseAll(input.trustAnchors);
  if (anchors.length === 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'no trust anchor could be parsed');
  const policy = input.policy ?? {};
  const options: PathProcessingOptions = {
    at,
    initialPolicies: new Set(policy.initialPolicies?.length ? policy.initialPolicies : [PKI_OID.anyPolicy]),
    initialExplicitPolicy: policy.requireExplicitPolicy === true,
    initialPolicyMappingInhibit: policy.inhibitPolicyMapping === true,
    initialAnyPolicyInhibit: policy.inhibitAnyPolicy === true,
  };
  return validate(ee, input.usage, { intermediates: parseAll(input.intermediates), anchors, at, now, options, input, crypto, validating: [] }, 0);
}
