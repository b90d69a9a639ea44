/**
 * What a chunk must contain before the model may report a structural category the structural
 * detector did not find: a bank account or card needs a number of at least six digits (groups may be
 * split by spaces or hyphens), a credential a value — a token of four or more characters with a
 * digit in it. Without them the model, trained on a few hundred examples, reads the topic
 * ("Ange ditt kontonummer i formuläret") as the data.
 */
import type { CategoryType } from '../types.js';

const GATED = new Set<CategoryType>(['bank-account', 'payment-card', 'credentials']);

/** Whether category `type` may be reported from lower[from, to). */
export function gateOpen(type: CategoryType, lower: string, from: number, to: number): boolean {
  if (!GATED.has(type)) return true;
  return type === 'credentials' ? hasValueToken(lower, from, to) : hasLongNumber(lower, from, to);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Six or more digits in one run, single spaces or hyphens allowed between digits. */
function hasLongNumber(lower: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits >= 6) return true;
    } else if (!((c === 32 || c === 45) && digits > 0 && i + 1 < to && isDigit(lower.charCodeAt(i + 1)))) digits = 0;
  }
  return false;
}

/** A run of four or more non-space characters that contains a digit. */
function hasValueToken(lower: string, from: number, to: number): boolean {
  let length = 0;
  let digit = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? lower.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (digit && length >= 4) return true;
      length = 0;
      digit = false;
    } else {
      length++;
      digit ||= isDigit(c);
    }
  }
  return false;
}
