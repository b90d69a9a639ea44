import { KuvertError } from '../../errors.js';
import type { UninspectableReason } from '../types.js';

/** An attachment that cannot be inspected, with the reason code the finding will carry. */
export class UninspectableError extends KuvertError {
  readonly reason: UninspectableReason;

  constructor(reason: UninspectableReason, message: string, options?: { cause?: unknown }) {
    super(reason === 'TOO_LARGE' || reason === 'TIMEOUT' ? 'EXTRACTION_LIMIT' : 'ATTACHMENT_UNINSPECTABLE', message, options);
    this.reason = reason;
  }
}

/** Maps any extraction failure to a reason; unknown errors are EXTRACTION_FAILED, never a pass. */
export function reasonOf(error: unknown): UninspectableReason {
  if (error instanceof UninspectableError) return error.reason;
  if (error instanceof KuvertError && error.code === 'EXTRACTION_LIMIT') return /timed out/.test(error.message) ? 'TIMEOUT' : 'TOO_LARGE';
  if (error instanceof KuvertError && error.code === 'ATTACHMENT_UNINSPECTABLE') return /encrypted/.test(error.message) ? 'ENCRYPTED' : 'CORRUPT';
  return 'EXTRACTION_FAILED';
}
