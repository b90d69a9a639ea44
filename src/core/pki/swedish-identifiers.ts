/**
 * The subject serialNumber of SITHS and Efos certificates: an HSA-id (`SE<organisationsnummer>-<suffix>`)
 * or a personnummer/samordningsnummer. A personnummer is only ever returned masked.
 */
import { luhnValid } from '../classify/luhn.js';

const HSA_ID = /^SE(\d{10})-[0-9A-Za-z]+$/;
const PERSONAL_NUMBER = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/;
const ORGANISATION_IDENTIFIER = /^(?:NTRSE-|SE)?(\d{6})-?(\d{4})$/;

export function hsaIdOf(serialNumber: string): string | undefined {
  return HSA_ID.test(serialNumber) ? serialNumber : undefined;
}

/** 556677-8899 form of the organisationsnummer in an HSA-id or organizationIdentifier, when valid. */
export function organisationNumberOf(value: string): string | undefined {
  const hsa = HSA_ID.exec(value);
  const digits = hsa ? hsa[1]! : ORGANISATION_IDENTIFIER.exec(value)?.slice(1, 3).join('');
  if (digits === undefined || !luhnValid(digits) || Number(digits.slice(2, 4)) < 20) return undefined;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** `YYYYMMDD-****` (or `YYMMDD-****`) when `serialNumber` is a personnummer or samordningsnummer. */
export function maskedPersonnummerOf(serialNumber: string): string | undefined {
  const m = PERSONAL_NUMBER.exec(serialNumber.trim());
  if (!m) return undefined;
  const [, century = '', yy, mm, dd, tail] = m as unknown as [string, string | undefined, string, string, string, string];
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) return undefined;
  if (!luhnValid(`${yy}${mm}${dd}${tail}`)) return undefined;
  return `${century}${yy}${mm}${dd}-****`;
}

/** Masks every personnummer-shaped, Luhn-valid number in display text (a CN or e-mail may carry one too). */
export function maskPersonnummerIn(text: string): string {
  return text.replace(/(?<!\d)(\d{6}|\d{8})([-+]?)(\d{4})(?!\d)/g, (match: string) => maskedPersonnummerOf(match) ?? match);
}
