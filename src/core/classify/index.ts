/** The sensitive-content classifier: detectors, draft classification and attachment extraction. */
export { classifyText, type ClassifyOptions } from './classify-text.js';
export { classifyDraft, type Draft, type DraftClassifyOptions, type ClassifiedLocation } from './classify-draft.js';
export { findIdentityNumbers, validateIdentityNumber, type IdentityValue } from './identity-number.js';
export { findPersonnummer } from './personnummer.js';
export { findSamordningsnummer } from './samordningsnummer.js';
export { findPaymentCards } from './payment-card.js';
export { findBankAccounts, ibanValid } from './bank-account.js';
export { findCredentials } from './credentials.js';
export { findCategories } from './category-detector.js';
export { luhnValid } from './luhn.js';
export { extractAttachmentText, attachmentKind, type AttachmentInput, type AttachmentKind } from './extract/index.js';
export { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extract/limits.js';
export { splitMessage, type MessageParts, type MessageAttachment } from './extract/eml.js';
export type { EncodedModel } from './model/weights.js';
export * from './types.js';
