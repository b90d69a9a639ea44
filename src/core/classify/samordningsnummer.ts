/**
 * Samordningsnummer (Skatteverket SKV 707): the number of someone who is not, or has not been,
 * folkbokförd in Sweden; written like a personnummer with the birth day + 60. Validation is shared
 * with personnummer in identity-number.ts.
 */
import { findIdentityNumbers } from './identity-number.js';
import type { DetectorOptions, RawFinding } from './types.js';

export function findSamordningsnummer(text: string, options: DetectorOptions): RawFinding[] {
  return findIdentityNumbers(text, options).filter((f) => f.type === 'samordningsnummer');
}
