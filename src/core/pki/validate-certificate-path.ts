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
import { processPath } from './path-processing.js';
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

interface Attempt {
  readonly candidate: CandidatePath;
  readonly failure?: PathFailure;
  readonly policies?: readonly string[];
  readonly warnings?: readonly string[];
}

export async function validateCertificatePath(input: PathValidationInput, crypto: CryptoEngine = defaultCrypto()): Promise<PathValidationResult> {
  checkInput(input);
  const now = input.now ?? new Date();
  const at = input.at ?? now;
  const ee = new PkiCertificate(input.certificate);
  const anchors = parseAll(input.trustAnchors);
  if (anchors.length === 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'no trust anchor could be parsed');
  const intermediates = parseAll(input.intermediates).filter((c) => !bytesEqual(c.der, ee.der));
  const candidates = await buildCandidatePaths(ee, intermediates, anchors, { at, ...(input.aiaFetch ? { aiaFetch: input.aiaFetch } : {}) });
  const notChecked: RevocationResult = { status: 'not-checked' };
  if (candidates.length === 0) {
    return { valid: false, code: 'UNTRUSTED_CHAIN', message: 'no path to a trust anchor', chain: [profileOf(ee)], validAtTime: validBetween([ee], at), validNow: validBetween([ee], now), revocation: notChecked, warnings: [] };
  }
  const policy = input.policy ?? {};
  const options = {
    at,
    initialPolicies: new Set(policy.initialPolicies?.length ? policy.initialPolicies : [PKI_OID.anyPolicy]),
    initialExplicitPolicy: policy.requireExplicitPolicy === true,
    initialPolicyMappingInhibit: policy.inhibitPolicyMapping === true,
    initialAnyPolicyInhibit: policy.inhibitAnyPolicy === true,
  };
  const attempts: Attempt[] = [];
  for (const candidate of candidates) {
    try {
      const processed = await processPath(candidate.anchor, candidate.path, options, crypto);
      const unsuitable = unsuitabilityFor(ee, input.usage);
      if (unsuitable) throw new PathFailure('CERT_UNSUITABLE', unsuitable, 0);
      attempts.push({ candidate, policies: processed.policies, warnings: processed.warnings });
      break;
    } catch (error) {
      if (!(error instanceof PathFailure)) throw error;
      attempts.push({ candidate, failure: error });
    }
  }
  const success = attempts.find((a) => a.failure === undefined);
  const chosen = success ?? attempts[0]!;
  const { anchor, path } = chosen.candidate;
  const chainCerts = [...path].reverse();
  const chain = [...chainCerts, anchor].map(profileOf);
  const validNow = validBetween([...chainCerts, anchor], now);
  const validAtTime = validBetween([...chainCerts, anchor], at);
  if (!success) {
    const failure = chosen.failure!;
    return { valid: false, code: failure.code, message: failure.message, chain, validAtTime, validNow, revocation: notChecked, warnings: [] };
  }
  const warnings = new Set(success.warnings);
  if (!validNow) warnings.add(now > ee.notAfter ? 'CERT_EXPIRED_NOW' : 'CERT_NOT_VALID_NOW');
  const revocation = await checkPathRevocation(anchor, path, input.revocation ?? { mode: 'off' }, { at, now }, crypto);
  for (const warning of revocation.warnings) warnings.add(warning);
  const base = { chain, validAtTime, validNow, revocation: revocation.result, warnings: [...warnings], policies: success.policies ?? [] };
  if (revocation.failure) return { valid: false, code: revocation.failure.code, message: revocation.failure.message, ...base };
  return { valid: true, ...base };
}
