/**
 * verifyMessage: every signature of an S/MIME message (any nesting), with the signer certificate's
 * path validated by core/pki at the signing time and now, and the message's From compared with the
 * certificate's e-mail. The result is what the CLI prints with --json and what the task pane shows.
 *
 * A SITHS certificate may carry no e-mail: the identity (name, HSA-id, organisation) is then
 * reported and no mismatch is claimed. A personnummer is never shown in full.
 */
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError, type KuvertErrorCode } from '../errors.js';
import type { CmsSignerResult } from '../cms/index.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { readCertificateProfile, validateCertificatePath, type CertificateProfile, type PathValidationResult, type RevocationOptions, type RevocationResult } from '../pki/index.js';
import type { FetchPort } from '../pki/types.js';
import { PkiCertificate } from '../pki/pki-certificate.js';
import { unwrapSignedMessage, type MessageLayer, type SignedLayer } from './signature-layers.js';
import { senderMatch, type SenderMatch } from './sender-match.js';

export interface VerifyMessageOptions {
  /** DER trust anchors; without any, no signature can be trusted (UNTRUSTED_CHAIN). */
  readonly trustAnchors?: readonly Uint8Array[];
  /** DER intermediates from a local store, besides those in the message. */
  readonly intermediates?: readonly Uint8Array[];
  /** Revocation policy; offline CRLs (DER) are added to those the message carries. Default: CRLs only, soft-fail. */
  readonly revocation?: RevocationOptions;
  /** The present (e.g. to verify an archived message as of a date); default new Date(). */
  readonly now?: Date;
  /** Keys to open encrypted layers with. */
  readonly keys?: readonly KeyProvider[];
  /**
   * Fetches missing intermediates from the certificates' AIA caIssuers URLs (RFC 5280 §4.2.2.1).
   * Absent: no AIA (the message's and the local intermediates only). When a path cannot be built
   * and an AIA location failed, the result's message says which.
   */
  readonly aiaFetch?: FetchPort;
}

/** The signer as a user needs to see it (issue 4): never a full personnummer, never the raw subject. */
export interface SignerIdentity {
  readonly name: string | null;
  readonly email: string | null;
  readonly hsaId: string | null;
  readonly personnummerPresent: boolean;
  readonly organization: string | null;
  readonly issuer: string;
  readonly serial: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly policies: readonly string[];
  readonly role: CertificateProfile['role'];
}

export interface ChainEntry {
  readonly name: string | null;
  readonly organization: string | null;
  readonly issuer: string;
  readonly serial: string;
  readonly notAfter: string;
  readonly fingerprintSha256: string;
}

export interface SignatureVerification {
  /** Signature math, signed attributes and the certificate path all good. */
  readonly valid: boolean;
  /** Why not valid (BAD_SIGNATURE, UNTRUSTED_CHAIN, CERT_EXPIRED, CERT_REVOKED, …); null when valid. */
  readonly code: KuvertErrorCode | null;
  readonly message: string | null;
  readonly signer: SignerIdentity | null;
  readonly chain: readonly ChainEntry[];
  readonly revocation: RevocationResult;
  /** ISO 8601 from the signed signingTime attribute (claimed by the signer). */
  readonly signingTime: string | null;
  readonly validAtSigningTime: boolean | null;
  readonly validNow: boolean | null;
  readonly sender: SenderMatch;
  readonly signatureAlgorithm: string | null;
  readonly layer: 'signed-detached' | 'signed-opaque';
  readonly canonicalization: 'raw' | 'crlf';
  readonly warnings: readonly string[];
}

export interface MessageVerification extends SignatureVerification {
  /** Every signer of every signature, in the order of `signatures` (`signer` is the first); unknown signers left out. */
  readonly signers: readonly SignerIdentity[];
  /** Every signature of every layer, outermost first; the fields above repeat the first one. */
  readonly signatures: readonly SignatureVerification[];
  readonly layers: readonly ('signed-detached' | 'signed-opaque' | 'encrypted' | 'encrypted-unopened')[];
  /** The innermost entity, when every layer was opened (not part of the JSON result). */
  readonly content?: Uint8Array;
}

const OPTION_KEYS = new Set(['trustAnchors', 'intermediates', 'revocation', 'now', 'keys', 'aiaFetch']);
const NOT_CHECKED: RevocationResult = { status: 'not-checked' };

/** NOT_SIGNED is thrown (as a KuvertError) when no layer is signed. */
export async function verifyMessage(message: Uint8Array, options: VerifyMessageOptions = {}, crypto: CryptoEngine = defaultCrypto()): Promise<MessageVerification> {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  const unwrapped = await unwrapSignedMessage(message, options.keys ? { keys: options.keys } : {}, crypto);
  const signatures: SignatureVerification[] = [];
  for (const layer of unwrapped.layers) {
    if (layer.kind === 'encrypted') continue;
    for (const signer of layer.cms.signers) {
      signatures.push(await verifySignature(layer, signer, layer.signedFrom ?? unwrapped.from, options, crypto));
    }
  }
  const first = signatures[0];
  if (!first) {
    const closed = unwrapped.layers.some((l) => l.kind === 'encrypted' && !l.opened);
    throw new KuvertError('NOT_SIGNED', closed ? 'the message is encrypted; give a key to look for a signature inside' : 'the message carries no S/MIME signature');
  }
  const failed = signatures.find((s) => !s.valid);
  return {
    ...first,
    valid: failed === undefined,
    code: failed?.code ?? null,
    message: failed?.message ?? null,
    signers: signatures.flatMap((s) => (s.signer ? [s.signer] : [])),
    signatures,
    layers: unwrapped.layers.map(layerName),
    ...(unwrapped.content ? { content: unwrapped.content } : {}),
  };
}

function layerName(layer: MessageLayer): MessageVerification['layers'][number] {
  if (layer.kind !== 'encrypted') return layer.kind;
  return layer.opened ? 'encrypted' : 'encrypted-unopened';
}

async function verifySignature(layer: SignedLayer, signer: CmsSignerResult, from: string | undefined, options: VerifyMessageOptions, crypto: CryptoEngine): Promise<SignatureVerification> {
  const warnings: string[] = [];
  if (layer.canonicalization === 'crlf') warnings.push('CANONICALIZED_TO_CRLF');
  const profile = signer.certificate ? safeProfile(signer.certificate) : undefined;
  const base = {
    signer: profile ? identityOf(profile) : null,
    signingTime: signer.signingTime?.toISOString() ?? null,
    sender: senderMatch(from, profile),
    signatureAlgorithm: signer.signatureAlgorithm ?? null,
    layer: layer.kind,
    canonicalization: layer.canonicalization,
  } as const;
  if (base.sender.status === 'mismatch') warnings.push('SENDER_MISMATCH');
  if (!signer.valid || !signer.certificate) {
    return { ...base, valid: false, code: signer.code ?? 'BAD_SIGNATURE', message: signer.message ?? null, chain: [], revocation: NOT_CHECKED, validAtSigningTime: null, validNow: null, warnings };
  }
  const anchors = options.trustAnchors ?? [];
  if (anchors.length === 0) {
    return { ...base, valid: false, code: 'UNTRUSTED_CHAIN', message: 'no trust anchor was given', chain: [], revocation: NOT_CHECKED, validAtSigningTime: null, validNow: null, warnings: [...warnings, 'NO_TRUST_ANCHORS'] };
  }
  const now = options.now ?? new Date();
  let at = signer.signingTime ?? now;
  if (at.getTime() > now.getTime() + 5 * 60_000) {
    warnings.push('SIGNING_TIME_IN_FUTURE');
    at = now;
  }
  const revocation: RevocationOptions = {
    mode: options.revocation?.mode ?? 'soft-fail',
    ...(options.revocation?.fetch ? { fetch: options.revocation.fetch } : {}),
    crls: [...layer.cms.crls, ...(options.revocation?.crls ?? [])],
  };
  const aia = options.aiaFetch ? recordingFetch(options.aiaFetch) : undefined;
  let path: PathValidationResult;
  try {
    path = await validateCertificatePath({
      certificate: signer.certificate,
      intermediates: [...layer.cms.certificates, ...(options.intermediates ?? [])],
      trustAnchors: anchors,
      usage: 'signature',
      at,
      now,
      revocation,
      ...(aia ? { aiaFetch: aia.fetch } : {}),
    }, crypto);
  } catch (error) {
    const code = error instanceof KuvertError ? error.code : 'UNTRUSTED_CHAIN';
    return { ...base, valid: false, code, message: error instanceof Error ? error.message : null, chain: [], revocation: NOT_CHECKED, validAtSigningTime: null, validNow: null, warnings };
  }
  const code = path.valid ? null : path.code ?? 'UNTRUSTED_CHAIN';
  let message = path.valid ? null : path.message ?? null;
  if (aia && aia.failures.length > 0) {
    warnings.push('AIA_UNAVAILABLE');
    // The likely reason a path is missing: say so rather than only "no path to a trust anchor".
    if (code === 'UNTRUSTED_CHAIN') message = `${message ?? 'no path to a trust anchor'}; the issuer certificate could not be fetched: ${aia.failures.join('; ')}`;
  } else if (!aia && code === 'UNTRUSTED_CHAIN') {
    const urls = issuerLocations([signer.certificate, ...layer.cms.certificates]);
    if (urls.length > 0) message = `${message ?? 'no path to a trust anchor'}; the certificates name their issuers at ${urls.join(', ')} (AIA), which were not fetched: network use is off`;
  }
  return {
    ...base,
    valid: path.valid,
    code,
    message,
    chain: path.chain.map(chainEntry),
    revocation: path.revocation,
    validAtSigningTime: path.validAtTime,
    validNow: path.validNow,
    warnings: [...warnings, ...path.warnings],
  };
}

/** AIA caIssuers URLs of the given certificates, for a hint when they were not fetched. */
function issuerLocations(certificates: readonly Uint8Array[]): string[] {
  const urls = new Set<string>();
  for (const der of certificates) {
    try {
      for (const url of new PkiCertificate(der).authorityInfoAccess?.caIssuers ?? []) if (/^https?:\/\//i.test(url)) urls.add(url);
    } catch {
      // An unreadable certificate names nothing.
    }
  }
  return [...urls].slice(0, 3);
}

/** A FetchPort that notes every AIA location that failed (error or HTTP status), for the message. */
function recordingFetch(fetch: FetchPort): { fetch: FetchPort; failures: string[] } {
  const failures: string[] = [];
  const recording: FetchPort = async (url, init) => {
    try {
      const response = await fetch(url, init);
      if (response.status !== 200) failures.push(`${url} answered HTTP ${response.status}`);
      return response;
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
  return { fetch: recording, failures };
}

function safeProfile(der: Uint8Array): CertificateProfile | undefined {
  try {
    return readCertificateProfile(der);
  } catch {
    return undefined;
  }
}

function identityOf(profile: CertificateProfile): SignerIdentity {
  return {
    name: profile.name ?? null,
    email: profile.email ?? null,
    hsaId: profile.hsaId ?? null,
    personnummerPresent: profile.personnummerPresent,
    organization: profile.organization ?? null,
    issuer: profile.issuer,
    serial: profile.serial,
    notBefore: profile.notBefore,
    notAfter: profile.notAfter,
    policies: profile.policies,
    role: profile.role,
  };
}

function chainEntry(profile: CertificateProfile): ChainEntry {
  return {
    name: profile.name ?? null,
    organization: profile.organization ?? null,
    issuer: profile.issuer,
    serial: profile.serial,
    notAfter: profile.notAfter,
    fingerprintSha256: profile.fingerprintSha256,
  };
}
