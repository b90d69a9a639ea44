/** A reason a certification path is not valid, with the position of the certificate that failed. */
import type { KuvertErrorCode } from '../errors.js';

export class PathFailure extends Error {
  override readonly name = 'PathFailure';
  constructor(
    readonly code: KuvertErrorCode,
    message: string,
    /** 0 = end entity, counting towards the trust anchor; undefined when not tied to one certificate. */
    readonly depth?: number,
  ) {
    super(message);
  }
}

export function fail(code: KuvertErrorCode, message: string, depth?: number): never {
  throw new PathFailure(code, message, depth);
}
