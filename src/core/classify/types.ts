/**
 * Shared types of the sensitive-content classifier. Findings carry codes and offsets only: no
 * user-facing sentences (ARCHITECTURE.md), and the matched text is never logged by core.
 */

/** Identity numbers: validated by structure (date, Luhn), not by words. */
export type IdentityType = 'personnummer' | 'samordningsnummer';

/** Categories of sensitive data (GDPR art. 9/10 plus what Swedish public-sector policy adds). */
export const CATEGORY_TYPES = [
  'health',
  'ethnic-origin',
  'political-opinion',
  'religion',
  'trade-union',
  'genetic',
  'biometric',
  'sex-life',
  'protected-identity',
  'secrecy',
  'criminal-record',
  'social',
  'credentials',
  'salary',
  'bank-account',
  'payment-card',
  'hr-assessment',
  'grades',
] as const;
export type CategoryType = (typeof CATEGORY_TYPES)[number];

/** An attachment that could not be read is a finding of its own: never a silent pass. */
export type FindingType = IdentityType | CategoryType | 'uninspectable';

export const FINDING_TYPES: readonly FindingType[] = ['personnummer', 'samordningsnummer', ...CATEGORY_TYPES, 'uninspectable'];

/** Where a text came from: the subject, a body part or an attachment (index and file name). */
export interface Location {
  readonly kind: 'subject' | 'body' | 'attachment';
  /** Attachment file name, or a body part's label (e.g. `text/plain`), when known. */
  readonly name?: string;
  /** Position among the attachments (or body parts), counting from 0. */
  readonly index?: number;
}

/** Why an attachment could not be inspected (stable codes). */
export type UninspectableReason =
  | 'ENCRYPTED'
  | 'UNSUPPORTED_TYPE'
  | 'TOO_LARGE'
  | 'CORRUPT'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'EXTRACTION_FAILED';

export interface Finding {
  readonly type: FindingType;
  /** Offsets in the decoded text of `location` (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** 0–1. Structure-validated numbers start at 0.75 and context words raise them (as Purview does). */
  readonly confidence: number;
  readonly location: Location;
  /** For identity numbers: the 12-digit form YYYYMMDDNNNC. */
  readonly normalized?: string;
  /** Machine-readable evidence codes, e.g. `LUHN_OK`, `CONTEXT_WORD`, `ICD10`. */
  readonly evidence: readonly string[];
  /** For `uninspectable`: why. */
  readonly reason?: UninspectableReason;
}

/** What one detector reports before a location is attached. */
export type RawFinding = Omit<Finding, 'location'>;

/** A detector is a pure function over one text. */
export type Detector = (text: string, options: DetectorOptions) => RawFinding[];

export interface DetectorOptions {
  /** "Today" for the no-future-dates and century rules; injected so tests are stable. */
  readonly now: Date;
  /** `text` lower-cased with offsets kept (lowerSameLength), when the caller already has it. */
  readonly lower?: string;
}
