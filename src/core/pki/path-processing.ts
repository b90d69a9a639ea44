/**
 * RFC 5280 §6.1 basic path validation over one candidate path: signatures, name chaining, validity at
 * the validation time, basic constraints and path length, CA key usage, name constraints, policies
 * and unknown critical extensions. Revocation (§6.1.3 a.3) runs afterwards in revocation.ts.
 * The trust anchor contributes its name, key and validity (§6.1.1 d); its own extensions are not applied.
 */
import { namesEqual } from './distinguished-name-match.js';
import type { Name } from './extensions/general-names.js';
import { NameConstraintState } from './name-constraint-matching.js';
import { PKI_OID } from './oids.js';
import { fail } from './path-failure.js';
import { PROCESSED_EXTENSIONS, type PkiCertificate } from './pki-certificate.js';
import { PolicyTree } from './policy-tree.js';
import { algorithmsMatch, checkSignature, usesSha1 } from './signature-check.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { attributeTexts } from './distinguished-name-match.js';

export interface PathProcessingOptions {
  readonly at: Date;
  readonly initialPolicies: ReadonlySet<string>;
  readonly initialExplicitPolicy: boolean;
  readonly initialPolicyMappingInhibit: boolean;
  readonly initialAnyPolicyInhibit: boolean;
}

export interface PathProcessingResult {
  /** The authorities-constrained policies that apply to the end entity (anyPolicy when unconstrained). */
  readonly policies: readonly string[];
  readonly warnings: readonly string[];
}

function namesToCheck(cert: PkiCertificate): Name[] {
  const names: Name[] = cert.subject.length > 0 ? [{ kind: 'directory', value: cert.subject, der: cert.subjectDer }] : [];
  // §4.2.1.10: rfc822Name constraints also apply to emailAddress attributes in the subject name.
  for (const email of attributeTexts(cert.subject, PKI_OID.emailAddress)) names.push({ kind: 'rfc822', value: email });
  return [...names, ...cert.subjectAltNames];
}

function policyMappings(cert: PkiCertificate, depth: number): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { issuerDomainPolicy, subjectDomainPolicy } of cert.policyMappings ?? []) {
    // §6.1.4 (a): anyPolicy may not be mapped to or from.
    if (issuerDomainPolicy === PKI_OID.anyPolicy || subjectDomainPolicy === PKI_OID.anyPolicy) fail('POLICY_VIOLATION', 'a policy mapping involves anyPolicy', depth);
    map.set(issuerDomainPolicy, (map.get(issuerDomainPolicy) ?? new Set()).add(subjectDomainPolicy));
  }
  return map;
}

export async function processPath(anchor: PkiCertificate, path: readonly PkiCertificate[], options: PathProcessingOptions, crypto: CryptoEngine): Promise<PathProcessingResult> {
  const n = path.length;
  const warnings = new Set<string>();
  const tree = new PolicyTree();
  const nameConstraints = new NameConstraintState();
  let explicitPolicy = options.initialExplicitPolicy ? 0 : n + 1;
  let inhibitAnyPolicy = options.initialAnyPolicyInhibit ? 0 : n + 1;
  let policyMapping = options.initialPolicyMappingInhibit ? 0 : n + 1;
  let maxPathLength = n;
  let working = anchor;
  // The anchor's validity is checked too (as OpenSSL does): an expired root is not a trust anchor.
  if (options.at < anchor.notBefore || options.at > anchor.notAfter) fail(options.at > anchor.notAfter ? 'CERT_EXPIRED' : 'CERT_NOT_YET_VALID', 'the trust anchor is not valid at the validation time', n);

  for (let i = 1; i <= n; i++) {
    const cert = path[i - 1]!;
    const depth = n - i;
    const last = i === n;
    const { certificate } = cert;
    // §6.1.3 (a)(1) signature, (a)(2) validity, (a)(4) name chaining.
    if (!namesEqual(cert.issuer, working.subject)) fail('UNTRUSTED_CHAIN', 'issuer name does not match the issuing certificate', depth);
    if (!algorithmsMatch(certificate.signatureAlgorithm, certificate.signature)) fail('CERT_SIGNATURE_INVALID', 'signature algorithms differ inside the certificate', depth);
    const signature = await checkSignature(certificate.tbsView, certificate.signatureValue, certificate.signatureAlgorithm, working.certificate.subjectPublicKeyInfo, crypto);
    if (signature === 'unsupported') fail('UNSUPPORTED_ALGORITHM', `certificate signature algorithm ${certificate.signatureAlgorithm.algorithmId} is not supported`, depth);
    if (signature === 'invalid') fail('CERT_SIGNATURE_INVALID', 'certificate signature does not verify', depth);
    if (usesSha1(certificate.signatureAlgorithm)) warnings.add('SHA1_SIGNATURE_IN_CHAIN');
    if (options.at < cert.notBefore) fail('CERT_NOT_YET_VALID', `certificate not valid before ${cert.notBefore.toISOString()}`, depth);
    if (options.at > cert.notAfter) fail('CERT_EXPIRED', `certificate expired ${cert.notAfter.toISOString()}`, depth);
    // §6.1.3 (b)–(c): skipped for self-issued intermediates.
    if (last || !cert.selfIssued) {
      const violation = nameConstraints.violation(namesToCheck(cert));
      if (violation) fail('NAME_CONSTRAINT_VIOLATION', `${violation.kind} name outside the permitted or inside an excluded subtree`, depth);
    }
    // §6.1.3 (d)–(f).
    const policies = cert.policies;
    if (policies === undefined) tree.clear();
    else tree.processCertificatePolicies(i, policies, inhibitAnyPolicy > 0 || (!last && cert.selfIssued));
    if (explicitPolicy <= 0 && tree.isNull) fail('POLICY_VIOLATION', 'no valid policy while an explicit policy is required', depth);
    if (last) break;

    // §6.1.4 preparation for certificate i+1.
    if (certificate.version !== 2) fail('BASIC_CONSTRAINTS_VIOLATION', 'an intermediate certificate is not version 3', depth);
    const mappings = policyMappings(cert, depth);
    tree.applyMappings(i, mappings, policyMapping, inhibitAnyPolicy);
    const constraints = cert.nameConstraints;
    if (constraints) nameConstraints.add(constraints.permitted, constraints.excluded);
    if (!cert.selfIssued) {
      if (explicitPolicy > 0) explicitPolicy--;
      if (policyMapping > 0) policyMapping--;
      if (inhibitAnyPolicy > 0) inhibitAnyPolicy--;
    }
    const pc = cert.policyConstraints;
    if (pc?.requireExplicitPolicy !== undefined && pc.requireExplicitPolicy < explicitPolicy) explicitPolicy = pc.requireExplicitPolicy;
    if (pc?.inhibitPolicyMapping !== undefined && pc.inhibitPolicyMapping < policyMapping) policyMapping = pc.inhibitPolicyMapping;
    const inhibitAny = cert.inhibitAnyPolicy;
    if (inhibitAny !== undefined && inhibitAny < inhibitAnyPolicy) inhibitAnyPolicy = inhibitAny;
    if (!cert.isCa) fail('BASIC_CONSTRAINTS_VIOLATION', 'an intermediate certificate is not a CA (basicConstraints cA)', depth);
    if (!cert.selfIssued) {
      if (maxPathLength <= 0) fail('BASIC_CONSTRAINTS_VIOLATION', 'the path is longer than a pathLenConstraint allows', depth);
      maxPathLength--;
    }
    const pathLength = cert.basicConstraints?.pathLength;
    if (pathLength !== undefined && pathLength < maxPathLength) maxPathLength = pathLength;
    if (cert.keyUsage && !cert.keyUsage.has('keyCertSign')) fail('CERT_UNSUITABLE', 'a CA certificate lacks keyCertSign', depth);
    const unknown = cert.criticalExtensions.find((oid) => !PROCESSED_EXTENSIONS.has(oid));
    if (unknown) fail('UNKNOWN_CRITICAL_EXTENSION', `unknown critical extension ${unknown}`, depth);
    working = cert;
  }

  // §6.1.5 wrap-up.
  const ee = path[n - 1]!;
  if (explicitPolicy > 0) explicitPolicy--;
  if (ee.policyConstraints?.requireExplicitPolicy === 0) explicitPolicy = 0;
  const unknown = ee.criticalExtensions.find((oid) => !PROCESSED_EXTENSIONS.has(oid));
  if (unknown) fail('UNKNOWN_CRITICAL_EXTENSION', `unknown critical extension ${unknown}`, 0);
  tree.intersect(n, options.initialPolicies);
  if (explicitPolicy <= 0 && tree.isNull) fail('POLICY_VIOLATION', 'the chain does not assert an acceptable certificate policy', 0);
  return { policies: tree.isNull ? [] : tree.leafPolicies(n), warnings: [...warnings] };
}
