/**
 * Personnummer (Skatteverket SKV 704): YYMMDD-NNNC, YYMMDD+NNNC (100 years or older), YYYYMMDDNNNC,
 * with or without separator. Candidates, Luhn, date and context rules are shared with
 * samordningsnummer in identity-number.ts.
 */
import { findIdentityNumbers } from './identity-number.js';
import type { DetectorOptions, RawFinding } from './types.js';

export function findPersonnummer(text: string, options: DetectorOptions): RawFinding[] {
  return findIdentityNumbers(text, options).filter((f) => f.type === 'personnummer');
}
