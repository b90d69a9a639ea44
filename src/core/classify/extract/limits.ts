/** Size and time limits for attachment text extraction. Raising them is a denial-of-service risk. */
export interface ExtractionLimits {
  /** Largest attachment inspected at all (bytes). Larger → `uninspectable` TOO_LARGE. */
  readonly maxAttachmentBytes: number;
  /** Most bytes inflated from one archive (OOXML/ODF) in total: the zip-bomb guard. */
  readonly maxInflatedBytes: number;
  /** Most entries read from one archive. */
  readonly maxArchiveEntries: number;
  /** Longest text kept from one attachment (UTF-16 units); more → TOO_LARGE, never a silent cut. */
  readonly maxTextLength: number;
  /** Wall-clock budget for one attachment (ms), checked between pages and entries. */
  readonly timeoutMs: number;
  /** Most PDF pages read. */
  readonly maxPdfPages: number;
  /** Deepest nesting of attached messages. */
  readonly maxDepth: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxAttachmentBytes: 30 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxArchiveEntries: 5_000,
  maxTextLength: 50 * 1024 * 1024,
  timeoutMs: 10_000,
  maxPdfPages: 2_000,
  maxDepth: 3,
};
