/**
 * Luhn (mod 10) over a string of ASCII digits: weights 2,1,2,… from the right of the payload,
 * digits of products summed. Used by personnummer (over YYMMDDNNN + C) and payment cards.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The check digit that makes `payload + digit` Luhn-valid (test-data generation and tests). */
export function luhnCheckDigit(payload: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(payload + String(c))) return String(c);
  return '0';
}
