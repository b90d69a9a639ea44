/** CMS enveloping (RFC 5652 EnvelopedData, RFC 5083 AuthEnvelopedData): the public surface. */
export { encryptCms, type EncryptOptions, type EncryptOptions as EncryptCmsOptions, type EncryptRecipient, type EncryptedCms } from './encrypt.js';
export { decryptCms, decryptCmsInPlace, type DecryptedCms, type DecryptedCms as DecryptCmsResult } from './decrypt.js';
export { inspectEnvelope, type EnvelopeInfo } from './inspect.js';
export type { RecipientSummary } from './recipient-infos.js';
export type { ContentCipher } from './content-encryption.js';
export type { EnvelopeType } from './envelope-framing.js';
export type { RecipientIdentifierChoice } from './key-trans-recipient.js';
export { chooseContentCipher, chooseRecipientKey, DEFAULT_CIPHER, DEFAULT_OAEP_HASH } from './algorithm-choice.js';
export { parseSmimeCapabilities, type SmimeCapabilities, type SmimeCapability } from './smime-capabilities.js';
// SignedData (RFC 5652 §5, RFC 8551 §2.5, RFC 5035)
export { signCms, signCmsDigest, type SignCmsOptions, type SignerInput, type SignedCms, type SignatureDigest } from './signed-data.js';
export { verifyCms, type VerifyCmsOptions, type VerifiedCms, type CmsSignerResult } from './signed-data-verify.js';
export { isSignedDataContentInfo } from './signed-data-framing.js';
export { findPreferredCertificate, type EncryptionKeyPreference } from './encryption-key-preference.js';
