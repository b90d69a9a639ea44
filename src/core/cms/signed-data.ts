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
import { derBytes } from './asn1.js';
import { chunksLength } from './der-writer.js';
import { identifyCertificate, type CertificateIdentity } from './certificate-identity.js';
import { OID } from './oids.js';
import { digestAlgorithmDer, signatureAlgorithmDer, signatureAlgorithmFor, verifySignatureValue } from './signature-algorithms.js';
import { encodeOctetString, encodeSignedAttributes, encodeSigningTime, oidDer, type AttributeInput } from './signed-attributes.js';
import { encodeSigningCertificateV2 } from './signing-certificate-v2.js';
import { encodeEncryptionKeyPreference } from './encryption-key-preference.js';
import { encodeAnnouncedCapabilities } from './announced-capabilities.js';
import { encodeSignerInfo } from './signer-info.js';
import { writeSignedData } from './signed-data-framing.js';

export type SignatureDigest = 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface SignCmsOptions {
  /** The signing key; its certificate is the signer's unless `certificate` is given. */
  readonly signer: KeyProvider;
  /** DER signer certificate, when the key provider carries none. */
  readonly certificate?: Uint8Array;
  /** Intermediate certificates to include after the signer's; self-signed roots are left out. */
  readonly chain?: readonly Uint8Array[];
  /** Default SHA-256. SHA-1 is not offered. */
  readonly digest?: SignatureDigest;
  /** RSA keys: PKCS#1 v1.5 (default, what cards and Outlook use) or RSASSA-PSS. */
  readonly rsaPadding?: 'pkcs1' | 'pss';
  /** Default true: the content is not carried inside (multipart/signed). */
  readonly detached?: boolean;
  /** Encapsulated content type OID; default id-data. */
  readonly contentType?: string;
  /** Default: now. */
  readonly signingTime?: Date;
  /** The certificate correspondents should encrypt to, when it is not the signing certificate. */
  readonly encryptionCertificate?: Uint8Array;
}

export interface SignedCms {
  /** DER ContentInfo, in order; concatenate or stream them. */
  readonly chunks: Uint8Array[];
  readonly length: number;
  readonly digest: SignatureDigest;
}

const OPTION_KEYS = new Set(['signer', 'certificate', 'chain', 'digest', 'rsaPadding', 'detached', 'contentType', 'signingTime', 'encryptionCertificate']);
const DIGESTS: readonly string[] = ['SHA-256', 'SHA-384', 'SHA-512'];

function checkOptions(options: SignCmsOptions): void {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  assertArgument(typeof options.signer?.sign === 'function', 'signer must be a KeyProvider');
  assertArgument(options.certificate === undefined || options.certificate instanceof Uint8Array, 'certificate must be DER bytes');
  assertArgument(options.chain === undefined || options.chain.every((c) => c instanceof Uint8Array), 'chain must be DER certificates');
  assertArgument(options.digest === undefined || DIGESTS.includes(options.digest), 'digest must be SHA-256, SHA-384 or SHA-512');
  assertArgument(options.rsaPadding === undefined || options.rsaPadding === 'pkcs1' || options.rsaPadding === 'pss', 'rsaPadding must be pkcs1 or pss');
  assertArgument(options.signingTime === undefined || (options.signingTime instanceof Date && !Number.isNaN(options.signingTime.getTime())), 'signingTime must be a valid Date');
  assertArgument(options.encryptionCertificate === undefined || options.encryptionCertificate instanceof Uint8Array, 'encryptionCertificate must be DER bytes');
}

function isSelfSigned(identity: CertificateIdentity): boolean {
  return bytesEqual(derBytes(identity.certificate.subject.toSchema()), identity.issuer);
}

export async function signCms(content: Uint8Array | readonly Uint8Array[], options: SignCmsOptions, crypto: CryptoEngine = defaultCrypto()): Promise<SignedCms> {
  const pieces = content instanceof Uint8Array ? [content] : [...content];
  assertArgument(pieces.every((p) => p instanceof Uint8Array), 'content must be bytes');
  checkOptions(options);
  const certificateDer = options.certificate ?? options.signer.certificate;
  if (!certificateDer) throw new KuvertError('SIGNER_CERT_MISSING', 'the signing key has no certificate; pass one');
  const digest: SignatureDigest = options.digest ?? 'SHA-256';
  const contentType = options.contentType ?? OID.data;
  try {
    const identity = await identifyCertificate(certificateDer, crypto);
    const algorithm = signatureAlgorithmFor(identity.publicKey, digest, options.rsaPadding);
    const messageDigest = await digestChunks(digest, pieces, crypto);
    const attributes: AttributeInput[] = [
      { type: OID.contentTypeAttribute, values: [oidDer(contentType)] },
      { type: OID.signingTime, values: [encodeSigningTime(options.signingTime ?? new Date())] },
      { type: OID.messageDigest, values: [encodeOctetString(messageDigest)] },
      { type: OID.smimeCapabilities, values: [encodeAnnouncedCapabilities()] },
      { type: OID.signingCertificateV2, values: [await encodeSigningCertificateV2(identity, 'SHA-256', crypto)] },
    ];
    if (options.encryptionCertificate && !bytesEqual(options.encryptionCertificate, certificateDer)) {
      const encryption = await identifyCertificate(options.encryptionCertificate, crypto);
      attributes.push({ type: OID.smimeEncryptionKeyPreference, values: [encodeEncryptionKeyPreference(encryption)] });
    }
    const signedAttributes = encodeSignedAttributes(attributes);
    const signature = await options.signer.sign(algorithm, signedAttributes);
    // A card (or a key paired with the wrong certificate) that returns a wrong signature must not
    // produce a message every recipient rejects: check it once here, the cost is one public-key operation.
    if (!(await verifySignatureValue(identity.subjectPublicKeyInfo, identity.publicKey, algorithm, signedAttributes, signature, crypto))) {
      throw new KuvertError('KEY_MISMATCH', 'the signature does not verify with the signer certificate');
    }
    const signerInfo = encodeSignerInfo({
      identity,
      digestAlgorithm: digestAlgorithmDer(digest),
      signedAttributes,
      signatureAlgorithm: signatureAlgorithmDer(algorithm),
      signature,
    });
    const chain: Uint8Array[] = [];
    for (const der of options.chain ?? []) {
      if (bytesEqual(der, certificateDer) || chain.some((c) => bytesEqual(c, der))) continue;
      if (!isSelfSigned(await identifyCertificate(der, crypto))) chain.push(der);
    }
    const chunks = writeSignedData({
      // RFC 5652 §5.1: version 1 for id-data with v1 SignerInfos, 3 for other content types.
      version: contentType === OID.data ? 1 : 3,
      digestAlgorithms: [digestAlgorithmDer(digest)],
      contentType,
      ...(options.detached === false ? { content: pieces } : {}),
      certificates: [certificateDer, ...chain],
      signerInfos: [signerInfo],
    });
    return { chunks, length: chunksLength(chunks), digest };
  } catch (error) {
    throw toKuvertError(error, 'SIGN_FAILED');
  }
}
