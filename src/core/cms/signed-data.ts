/**
 * signCms: content → DER ContentInfo with SignedData (RFC 5652 §5, RFC 8551 §2.5), signed through
 * KeyProvider.sign, returned as chunks so opaque content is never copied.
 *
 * Signed attributes: contentType, signingTime, messageDigest, smimeCapabilities, ESS
 * signingCertificateV2 (RFC 5035), and sMIMEEncryptionKeyPreference when the encryption certificate
 * differs from the signing one. The signer's chain is included without self-signed roots.
 */
import { KuvertError, assertArgument, toKuvertError } from '../errors.js';
import { bytesEqual } from '../bytes.js';
import { defaultCrypto, digestChunks, type CryptoEngine } from '../crypto-engine.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { chunksLength } from './der-writer.js';
import { readCertificateFields } from './certificate-fields.js';
import { OID } from './oids.js';
import { digestAlgorithmDer, signatureAlgorithmDer, signatureAlgorithmFor, verifySignatureValue } from './signature-algorithms.js';
import { encodeOctetString, encodeSignedAttributes, encodeSigningTime, oidDer, type AttributeInput } from './signed-attributes.js';
import { encodeSigningCertificateV2 } from './signing-certificate-v2.js';
import { encodeEncryptionKeyPreference } from './encryption-key-preference.js';
import { encodeAnnouncedCapabilities } from './announced-capabilities.js';
import { encodeSignerInfo } from './signer-info.js';
import { writeSignedData } from './signed-data-framing.js';

export type SignatureDigest = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** One signer: its key, certificate and chain (and, for SITHS cards, its encryption certificate). */
export interface SignerInput {
  /** The signing key; its certificate is the signer's unless `certificate` is given. */
  readonly signer: KeyProvider;
  /** DER signer certificate, when the key provider carries none. */
  readonly certificate?: Uint8Array;
  /** Intermediate certificates to include after the signer's; self-signed roots are left out. */
  readonly chain?: readonly Uint8Array[];
  /** RSA keys: PKCS#1 v1.5 (default, what cards and Outlook use) or RSASSA-PSS. */
  readonly rsaPadding?: 'pkcs1' | 'pss';
  /** The certificate correspondents should encrypt to, when it is not the signing certificate. */
  readonly encryptionCertificate?: Uint8Array;
}

export interface SignCmsOptions extends Partial<SignerInput> {
  /**
   * More signers (RFC 5652 §5.1: one SignerInfo each, all over the same content). The first
   * signer is `signer` when given, then these in order; at least one signer is needed. The
   * top-level `rsaPadding` applies to those that set none.
   */
  readonly signers?: readonly SignerInput[];
  /** Default SHA-256, for every signer. SHA-1 is not offered. */
  readonly digest?: SignatureDigest;
  /** Default true: the content is not carried inside (multipart/signed). */
  readonly detached?: boolean;
  /** Encapsulated content type OID; default id-data. */
  readonly contentType?: string;
  /** Default: now. */
  readonly signingTime?: Date;
}

export interface SignedCms {
  /** DER ContentInfo, in order; concatenate or stream them. */
  readonly chunks: Uint8Array[];
  readonly length: number;
  readonly digest: SignatureDigest;
}

const OPTION_KEYS = new Set(['signer', 'certificate', 'chain', 'signers', 'digest', 'rsaPadding', 'detached', 'contentType', 'signingTime', 'encryptionCertificate']);
const SIGNER_KEYS = new Set(['signer', 'certificate', 'chain', 'rsaPadding', 'encryptionCertificate']);
const DIGESTS: readonly string[] = ['SHA-256', 'SHA-384', 'SHA-512'];

function checkSigner(input: SignerInput): void {
  assertArgument(typeof input.signer?.sign === 'function', 'signer must be a KeyProvider');
  assertArgument(input.certificate === undefined || input.certificate instanceof Uint8Array, 'certificate must be DER bytes');
  assertArgument(input.chain === undefined || input.chain.every((c) => c instanceof Uint8Array), 'chain must be DER certificates');
  assertArgument(input.rsaPadding === undefined || input.rsaPadding === 'pkcs1' || input.rsaPadding === 'pss', 'rsaPadding must be pkcs1 or pss');
  assertArgument(input.encryptionCertificate === undefined || input.encryptionCertificate instanceof Uint8Array, 'encryptionCertificate must be DER bytes');
}

/** The signers in order, checked: `signer` (with the top-level certificate, chain, …) first, then `signers`. */
function signersOf(options: SignCmsOptions): SignerInput[] {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  assertArgument(options.digest === undefined || DIGESTS.includes(options.digest), 'digest must be SHA-256, SHA-384 or SHA-512');
  assertArgument(options.signingTime === undefined || (options.signingTime instanceof Date && !Number.isNaN(options.signingTime.getTime())), 'signingTime must be a valid Date');
  assertArgument(options.signers === undefined || Array.isArray(options.signers), 'signers must be a list');
  const list: SignerInput[] = [];
  if (options.signer !== undefined) {
    const { signer, certificate, chain, rsaPadding, encryptionCertificate } = options;
    list.push({ signer, ...(certificate ? { certificate } : {}), ...(chain ? { chain } : {}), ...(rsaPadding ? { rsaPadding } : {}), ...(encryptionCertificate ? { encryptionCertificate } : {}) });
  } else {
    assertArgument(options.certificate === undefined && options.chain === undefined && options.encryptionCertificate === undefined, 'certificate, chain and encryptionCertificate belong to a signer');
  }
  const more: readonly SignerInput[] = options.signers ?? [];
  for (const input of more) {
    for (const key of Object.keys(input)) if (!SIGNER_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown signer option ${key}`);
    list.push({ ...input, ...(input.rsaPadding === undefined && options.rsaPadding !== undefined ? { rsaPadding: options.rsaPadding } : {}) });
  }
  assertArgument(list.length > 0, 'signer must be a KeyProvider');
  list.forEach(checkSigner);
  return list;
}


export async function signCms(content: Uint8Array | readonly Uint8Array[], options: SignCmsOptions, crypto: CryptoEngine = defaultCrypto()): Promise<SignedCms> {
  const pieces = content instanceof Uint8Array ? [content] : [...content];
  assertArgument(pieces.every((p) => p instanceof Uint8Array), 'content must be bytes');
  const signers = signersOf(options);
  const digest: SignatureDigest = options.digest ?? 'SHA-256';
  let messageDigest: Uint8Array;
  try {
    messageDigest = await digestChunks(digest, pieces, crypto);
  } catch (error) {
    throw toKuvertError(error, 'SIGN_FAILED');
  }
  return signWithDigest(messageDigest, signers, options, crypto, options.detached === false ? pieces : undefined);
}

/**
 * Detached SignedData for content whose digest was computed by the caller (streaming: the content
 * was hashed while it was written). `messageDigest` must be the `digest` (default SHA-256) of the
 * exact content bytes.
 */
export async function signCmsDigest(messageDigest: Uint8Array, options: Omit<SignCmsOptions, 'detached'>, crypto: CryptoEngine = defaultCrypto()): Promise<SignedCms> {
  assertArgument(messageDigest instanceof Uint8Array, 'messageDigest must be bytes');
  const signers = signersOf(options);
  return signWithDigest(messageDigest, signers, options, crypto, undefined);
}

async function signWithDigest(messageDigest: Uint8Array, signers: readonly SignerInput[], options: SignCmsOptions, crypto: CryptoEngine, content: Uint8Array[] | undefined): Promise<SignedCms> {
  const digest: SignatureDigest = options.digest ?? 'SHA-256';
  const contentType = options.contentType ?? OID.data;
  const signingTime = options.signingTime ?? new Date();
  try {
    const certificates: Uint8Array[] = [];
    const signerInfos: Uint8Array[] = [];
    for (const input of signers) {
      const certificateDer = input.certificate ?? input.signer.certificate;
      if (!certificateDer) throw new KuvertError('SIGNER_CERT_MISSING', `the signing key ${input.signer.label} has no certificate; pass one`);
      signerInfos.push(await signerInfoFor(input, certificateDer, { digest, contentType, signingTime, messageDigest }, crypto));
      // RFC 8551 §2.5.3: the certificate sMIMEEncryptionKeyPreference names SHOULD travel in the
      // message, so a correspondent can encrypt to it without a directory lookup.
      const announced = input.encryptionCertificate ? [input.encryptionCertificate] : [];
      for (const der of [certificateDer, ...announced, ...(input.chain ?? [])]) {
        if (certificates.some((c) => bytesEqual(c, der))) continue;
        if (der === certificateDer || der === input.encryptionCertificate || !(await readCertificateFields(der, crypto)).selfIssued) certificates.push(der);
      }
    }
    const chunks = writeSignedData({
      // RFC 5652 §5.1: version 1 for id-data with v1 SignerInfos, 3 for other content types.
      version: contentType === OID.data ? 1 : 3,
      digestAlgorithms: [digestAlgorithmDer(digest)],
      contentType,
      ...(content ? { content } : {}),
      certificates,
      signerInfos,
    });
    return { chunks, length: chunksLength(chunks), digest };
  } catch (error) {
    throw toKuvertError(error, 'SIGN_FAILED');
  }
}

interface SignedFacts {
  readonly digest: SignatureDigest;
  readonly contentType: string;
  readonly signingTime: Date;
  readonly messageDigest: Uint8Array;
}

async function signerInfoFor(input: SignerInput, certificateDer: Uint8Array, facts: SignedFacts, crypto: CryptoEngine): Promise<Uint8Array> {
  const identity = await readCertificateFields(certificateDer, crypto);
  const algorithm = signatureAlgorithmFor(identity.publicKey, facts.digest, input.rsaPadding);
  const attributes: AttributeInput[] = [
    { type: OID.contentTypeAttribute, values: [oidDer(facts.contentType)] },
    { type: OID.signingTime, values: [encodeSigningTime(facts.signingTime)] },
    { type: OID.messageDigest, values: [encodeOctetString(facts.messageDigest)] },
    { type: OID.smimeCapabilities, values: [encodeAnnouncedCapabilities()] },
    { type: OID.signingCertificateV2, values: [await encodeSigningCertificateV2(identity, 'SHA-256', crypto)] },
  ];
  if (input.encryptionCertificate && !bytesEqual(input.encryptionCertificate, certificateDer)) {
    const encryption = await readCertificateFields(input.encryptionCertificate, crypto);
    attributes.push({ type: OID.smimeEncryptionKeyPreference, values: [encodeEncryptionKeyPreference(encryption)] });
  }
  const signedAttributes = encodeSignedAttributes(attributes);
  const signature = await input.signer.sign(algorithm, signedAttributes);
  // A card (or a key paired with the wrong certificate) that returns a wrong signature must not
  // produce a message every recipient rejects: check it once here, the cost is one public-key operation.
  if (!(await verifySignatureValue(identity.subjectPublicKeyInfo, identity.publicKey, algorithm, signedAttributes, signature, crypto))) {
    throw new KuvertError('KEY_MISMATCH', `the signature of ${input.signer.label} does not verify with the signer certificate`);
  }
  return encodeSignerInfo({
    identity,
    digestAlgorithm: digestAlgorithmDer(facts.digest),
    signedAttributes,
    signatureAlgorithm: signatureAlgorithmDer(algorithm),
    signature,
  });
}
