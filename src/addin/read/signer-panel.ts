/**
 * The signer panel's model: for every signature, who signed (name, HSA-id, organisation, issuer,
 * validity), whether the math holds (core/smime), whether the certificate path and revocation hold
 * (the companion's POST /v1/certificates/validate: a web add-in cannot fetch OCSP/CRL), and one
 * plain verdict. Without the companion the path and revocation are reported as not checked, never
 * as good. React-free.
 */
import { readCertificateProfile, type CertificateProfile } from '../../core/pki/index.js';
import { senderMatch, type SenderMatch } from '../../core/smime/index.js';
import type { CertificateValidateResponse } from '../../protocol/index.js';
import { toBase64 } from '../companion/companion-client.js';
import type { ReceivedSignature } from './message-layers.js';

/** The verdict, from best to worst; the text is in read-text.ts. */
export type SignatureVerdict =
  | 'valid' // math, path and revocation good
  | 'valid-unchecked' // math good; the path and revocation were not checked (no companion)
  | 'changed' // the signature does not match the content
  | 'unknown-issuer' // no path to a trusted issuer
  | 'revoked'
  | 'expired'
  | 'untrusted' // other path failures (policy, usage, …)
  | 'unknown-signer'; // the signer certificate is not in the message

export type RevocationView = CertificateValidateResponse['revocation']['status'] | 'not-checked-no-companion';

export interface SignerView {
  readonly verdict: SignatureVerdict;
  /** The core or companion code behind a failed verdict (BAD_SIGNATURE, UNTRUSTED_CHAIN, …). */
  readonly code: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly hsaId: string | null;
  readonly organization: string | null;
  readonly issuer: string | null;
  readonly notBefore: string | null;
  readonly notAfter: string | null;
  /** ISO 8601 signingTime (claimed by the signer). */
  readonly signingTime: string | null;
  readonly revocation: RevocationView;
  readonly revokedAt: string | null;
  /** Subjects from the signer to the trust anchor, when the companion validated. */
  readonly chain: readonly string[];
  readonly sender: SenderMatch;
  readonly layer: ReceivedSignature['layer'];
  /** DER of the signer certificate (for the certificate store). */
  readonly certificate: Uint8Array | undefined;
}

/** What validates a signer certificate: the companion client's validateCertificate, or nothing. */
export type ValidateCertificate = (request: { certificate: string; intermediates: string[]; usage: 'signature'; at?: string }) => Promise<CertificateValidateResponse>;

function profileOf(der: Uint8Array | undefined): CertificateProfile | undefined {
  if (der === undefined) return undefined;
  try {
    return readCertificateProfile(der);
  } catch {
    return undefined;
  }
}

function verdictOfCode(code: string | undefined): SignatureVerdict {
  switch (code) {
    case 'CERT_REVOKED':
      return 'revoked';
    case 'CERT_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return 'expired';
    case 'UNTRUSTED_CHAIN':
      return 'unknown-issuer';
    case undefined:
    default:
      return 'untrusted';
  }
}

/**
 * One signature's panel. `validate` undefined (not paired, no companion) reports the path and
 * revocation as not checked; a companion failure is reported the same way, never as trusted.
 */
export async function signerView(signature: ReceivedSignature, validate: ValidateCertificate | undefined): Promise<SignerView> {
  const { result } = signature;
  const profile = profileOf(result.certificate);
  const base = {
    name: profile?.name ?? null,
    email: profile?.email ?? null,
    hsaId: profile?.hsaId ?? null,
    organization: profile?.organization ?? null,
    issuer: profile?.issuer ?? null,
    notBefore: profile?.notBefore ?? null,
    notAfter: profile?.notAfter ?? null,
    signingTime: result.signingTime?.toISOString() ?? null,
    sender: senderMatch(signature.from, profile),
    layer: signature.layer,
    certificate: result.certificate,
    chain: [] as readonly string[],
    revokedAt: null,
  };
  if (result.certificate === undefined || profile === undefined) {
    return { ...base, verdict: result.valid ? 'unknown-signer' : 'changed', code: result.code ?? 'SIGNER_CERT_MISSING', revocation: 'not-checked' };
  }
  if (!result.valid) return { ...base, verdict: 'changed', code: result.code ?? 'BAD_SIGNATURE', revocation: 'not-checked' };
  if (validate === undefined) return { ...base, verdict: 'valid-unchecked', code: null, revocation: 'not-checked-no-companion' };
  let checked: CertificateValidateResponse;
  try {
    checked = await validate({
      certificate: toBase64(result.certificate),
      intermediates: signature.certificates.slice(0, 16).map(toBase64),
      usage: 'signature',
      ...(result.signingTime ? { at: result.signingTime.toISOString() } : {}),
    });
  } catch {
    return { ...base, verdict: 'valid-unchecked', code: null, revocation: 'not-checked-no-companion' };
  }
  const revocation = { revocation: checked.revocation.status, revokedAt: checked.revocation.revokedAt ?? null, chain: checked.chain };
  if (checked.valid) return { ...base, ...revocation, verdict: 'valid', code: null };
  return { ...base, ...revocation, verdict: verdictOfCode(checked.code), code: checked.code ?? 'UNTRUSTED_CHAIN' };
}

export function signerViews(signatures: readonly ReceivedSignature[], validate: ValidateCertificate | undefined): Promise<SignerView[]> {
  return Promise.all(signatures.map((s) => signerView(s, validate)));
}

/** Harvest only when every signature is valid and checked (the companion re-verifies anyway). */
export function shouldHarvest(views: readonly SignerView[]): boolean {
  return views.length > 0 && views.every((v) => v.verdict === 'valid');
}
