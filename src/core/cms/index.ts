/** CMS enveloping (RFC 5652 EnvelopedData, RFC 5083 AuthEnvelopedData): the public surface. */
export { encryptCms, type EncryptOptions, type EncryptOptions as EncryptCmsOptions, type EncryptRecipient, type EncryptedCms } from './encrypt.js';
export { decryptCms, type DecryptedCms, type DecryptedCms as DecryptCmsResult } from './decrypt.js';
export { inspectEnvelope, type EnvelopeInfo } from './inspect.js';
export type { RecipientSummary } from './recipient-infos.js';
export type { ContentCipher } from './content-encryption.js';
export type { EnvelopeType } from './envelope-framing.js';
export type { RecipientIdentifierChoice } from './key-trans-recipient.js';
export { chooseContentCipher, chooseRecipientKey, DEFAULT_CIPHER, DEFAULT_OAEP_HASH } from './algorithm-choice.js';
export { parseSmimeCapabilities, type SmimeCapabilities, type SmimeCapability } from './smime-capabilities.js';
