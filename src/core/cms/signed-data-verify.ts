/**
 * verifyCms: checks every SignerInfo of a SignedData (RFC 5652 §5.6): the content digest against
 * the signed messageDigest, the signed contentType against eContentType, the signature over the
 * signed attributes, and the ESS signing-certificate binding (RFC 5035 §5.4). Certificate trust is
 * not decided here (that is core/pki); this module only finds the signer certificate.
 *
 * Content (detached or encapsulated) is hashed in its pieces through digestChunks, so a 50 MB
 * message is hashed incrementally when the engine has streams and never copied.
 */
import { KuvertError, isKuvertError, type KuvertErrorCode } from '../errors.js';
import { bytesEqual, concatBytes } from '../bytes.js';
import { defaultCrypto, digestChunks, type CryptoEngine } from '../crypto-engine.js';
import type { DigestAlgorithm } from '../keys/key-provider.js';
import { identifyCertificate, serialNumbersEqual, type CertificateIdentity } from './certificate-identity.js';
import { OID } from './oids.js';
import { describeSignatureAlgorithm, parseSignatureAlgorithm, verifySignatureValue } from './signature-algorithms.js';
import { checkMandatoryAttributes, singleValue } from './signed-attributes.js';
import { checkSigningCertificateV1, checkSigningCertificateV2 } from './signing-certificate-v2.js';
import { parseEncryptionKeyPreference, type EncryptionKeyPreference } from './encryption-key-preference.js';
import { parseSmimeCapabilities, type SmimeCapabilities } from './smime-capabilities.js';
import { parseSignerInfo, type ParsedSignerInfo, type SignerIdentifier } from './signer-info.js';
import { readSignedData } from './signed-data-framing.js';

export interface VerifyCmsOptions {
  /** A detached signature's content (the exact bytes that were signed), as pieces. */
  readonly detachedContent?: readonly Uint8Array[];
  /** DER certificates to find signers in, besides those the message carries. */
  readonly certificates?: readonly Uint8Array[];
}

export interface CmsSignerResult {
  /** True when the signature and its signed attributes match the content (trust not included). */
  readonly valid: boolean;
  readonly code?: KuvertErrorCode;
  readonly message?: string;
  /** DER of the signer certificate, when found. */
  readonly certificate?: Uint8Array;
  readonly digest?: DigestAlgorithm;
  /** e.g. rsa-pkcs1-sha256, rsa-pss-sha256, ecdsa-sha384. */
  readonly signatureAlgorithm?: string;
  readonly signingTime?: Date;
  readonly capabilities?: SmimeCapabilities;
  readonly encryptionKeyPreference?: EncryptionKeyPreference;
}

export interface VerifiedCms {
  /** eContentType OID. */
  readonly contentType: string;
  /** Encapsulated content as pieces of the input; undefined when detached. */
  readonly content: Uint8Array[] | undefined;
  readonly detached: boolean;
  /** Every certificate the message carries (DER). */
  readonly certificates: Uint8Array[];
  readonly crls: Uint8Array[];
  readonly signers: CmsSignerResult[];
}

const OPTION_KEYS = new Set(['detachedContent', 'certificates']);

function matches(sid: SignerIdentifier, identity: CertificateIdentity): boolean {
  return sid.type === 'issuerAndSerialNumber'
    ? bytesEqual(sid.issuer, identity.issuer) && serialNumbersEqual(sid.serialNumber, identity.serialNumber)
    : bytesEqual(sid.subjectKeyIdentifier, identity.subjectKeyIdentifier);
}

export async function verifyCms(der: Uint8Array, options: VerifyCmsOptions = {}, crypto: CryptoEngine = defaultCrypto()): Promise<VerifiedCms> {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  const parsed = readSignedData(der);
  if (parsed.content && options.detachedContent) throw new KuvertError('MALFORMED_CMS', 'the SignedData carries its content and detached content was given too');
  const content = parsed.content ?? (options.detachedContent ? [...options.detachedContent] : undefined);
  if (!content) throw new KuvertError('MALFORMED_CMS', 'detached signature without the signed content');
  if (parsed.signerInfos.length === 0) throw new KuvertError('NOT_SIGNED', 'the SignedData has no signer (certs-only)');
  const candidates: CertificateIdentity[] = [];
  for (const certificate of [...parsed.certificates, ...(options.certificates ?? [])]) {
    try {
      candidates.push(await identifyCertificate(certificate, crypto));
    } catch {
      // An unparseable extra certificate only matters if it was the signer's: then it is "missing".
    }
  }
  const digests = new Map<DigestAlgorithm, Uint8Array>();
  const contentDigest = async (algorithm: DigestAlgorithm): Promise<Uint8Array> => {
    let value = digests.get(algorithm);
    if (!value) {
      value = await digestChunks(algorithm, content, crypto);
      digests.set(algorithm, value);
    }
    return value;
  };
  const signers: CmsSignerResult[] = [];
  for (const signerInfo of parsed.signerInfos) {
    signers.push(await verifySigner(signerInfo, parsed.contentType, content, candidates, contentDigest, crypto));
  }
  return { contentType: parsed.contentType, content: parsed.content, detached: parsed.content === undefined, certificates: parsed.certificates, crls: parsed.crls, signers };
}

async function verifySigner(
  bytes: Uint8Array,
  contentType: string,
  content: readonly Uint8Array[],
  candidates: readonly CertificateIdentity[],
  contentDigest: (algorithm: DigestAlgorithm) => Promise<Uint8Array>,
  crypto: CryptoEngine,
): Promise<CmsSignerResult> {
  let info: ParsedSignerInfo;
  try {
    info = parseSignerInfo(bytes);
  } catch (error) {
    return failure(error, {});
  }
  const identity = candidates.find((candidate) => matches(info.sid, candidate));
  const known: { -readonly [K in keyof Omit<CmsSignerResult, 'valid'>]?: CmsSignerResult[K] } = { digest: info.digest };
  if (identity) known.certificate = identity.der;
  try {
    const algorithm = parseSignatureAlgorithm(info.signatureAlgorithm, info.digest);
    known.signatureAlgorithm = describeSignatureAlgorithm(algorithm);
    if (!identity) throw new KuvertError('SIGNER_CERT_MISSING', 'the signer certificate is not in the message; give it with the certificates option');
    const digest = await contentDigest(info.digest);
    let signedData: Uint8Array;
    const attributes = info.signedAttributes;
    if (attributes) {
      known.signingTime = checkMandatoryAttributes(attributes, contentType, digest).signingTime;
      const v2 = singleValue(attributes, OID.signingCertificateV2);
      if (v2) await checkSigningCertificateV2(v2, identity.der, crypto);
      const v1 = singleValue(attributes, OID.signingCertificate);
      if (v1) await checkSigningCertificateV1(v1, identity.der, crypto);
      signedData = attributes.signedBytes;
      const capabilities = singleValue(attributes, OID.smimeCapabilities);
      if (capabilities) known.capabilities = parseSmimeCapabilities(capabilities);
      const preference = singleValue(attributes, OID.smimeEncryptionKeyPreference);
      const parsedPreference = preference ? parseEncryptionKeyPreference(preference) : undefined;
      if (parsedPreference) known.encryptionKeyPreference = parsedPreference;
    } else {
      // RFC 5652 §5.3: without signed attributes the content type must be id-data; the signature is over the content.
      if (contentType !== OID.data) throw new KuvertError('BAD_SIGNATURE', 'signed attributes are required for a content type other than id-data');
      signedData = content.length === 1 ? content[0]! : concatBytes(content);
    }
    const ok = await verifySignatureValue(identity.subjectPublicKeyInfo, identity.publicKey, algorithm, signedData, info.signature, crypto);
    if (!ok) throw new KuvertError('BAD_SIGNATURE', 'the signature value does not verify with the signer certificate');
    return { valid: true, ...known };
  } catch (error) {
    return failure(error, known);
  }
}

function failure(error: unknown, known: Omit<Partial<CmsSignerResult>, 'valid'>): CmsSignerResult {
  // Verification fails closed: anything unexpected is reported as a failed signature, never skipped.
  const kuvertError = isKuvertError(error) ? error : new KuvertError('BAD_SIGNATURE', 'the signature could not be checked', { cause: error });
  return { ...known, valid: false, code: kuvertError.code, message: kuvertError.message };
}
