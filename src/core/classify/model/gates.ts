/**
 * What a chunk must contain before the model may report a structural category the structural
 * detector did not find: a bank account or card needs a number of at least six digits (groups may be
 * split by spaces or hyphens), a credential a value — a token of four or more characters with a
 * digit in it. Without them the model, trained on a few hundred examples, reads the topic
 * ("Ange ditt kontonummer i formuläret") as the data.
 */
import type { CategoryType } from '../types.js';

const GATED = new Set<CategoryType>(['bank-account', 'payment-card', 'credentials']);
/** Categories about a matter rather than a person: no person needed. */
const NO_PERSON_NEEDED = new Set<CategoryType>(['secrecy', 'bank-account', 'payment-card', 'credentials']);

/** What one chunk holds, read once per chunk. */
export interface ChunkGates {
  readonly person: boolean;
  readonly longNumber: boolean;
  readonly valueToken: boolean;
}

/** Reads the gates of [from, to) of `text` (`lower` its lower-cased copy). */
export function chunkGates(text: string, lower: string, from: number, to: number): ChunkGates {
  return { person: namesSomeone(text, lower, from, to), longNumber: hasLongNumber(lower, from, to), valueToken: hasValueToken(lower, from, to) };
}

/** Whether category `type` may be reported from a chunk with these gates. */
export function gateOpen(type: CategoryType, gates: ChunkGates): boolean {
  if (!NO_PERSON_NEEDED.has(type) && !gates.person) return false;
  if (!GATED.has(type)) return true;
  return type === 'credentials' ? gates.valueToken : gates.longNumber;
}

/** Pronouns and person nouns (Swedish and English). */
const PERSON_WORDS = new Set(
  (
    'hon han hen jag mig min mitt mina hennes hans hens henne honom dennes vi vår vårt våra eleven elevens patienten patientens brukaren brukarens klienten ' +
    'medarbetaren arbetstagaren sökanden barnet sonen dottern maken makan kollegan pappan mamman vårdnadshavaren vårdnadshavarna hyresgästen kunden familjen ' +
    'pojken flickan mannen kvinnan föräldrarna personen she he her his him my me we our they their the employee pupil patient client'
  ).split(' '),
);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Whether the chunk names someone: a pronoun or person noun, a capitalised word that does not start
 * a sentence (a name), or a digit run of ten or more (an identity number). "Vision bjuder på frukost"
 * names no one; the model, trained on few such texts, would otherwise read the union's name as a
 * membership.
 */
function namesSomeone(text: string, lower: string, from: number, to: number): boolean {
  let sentenceStart = true;
  let digits = 0;
  for (let i = from; i < to; ) {
    const c = lower.charCodeAt(i);
    if (isLetter(c)) {
      let j = i;
      while (j < to && isLetter(lower.charCodeAt(j))) j++;
      const upper = text.charCodeAt(i);
      const capital = (upper >= 65 && upper <= 90) || upper === 0xc5 || upper === 0xc4 || upper === 0xd6;
      // English "I" (Swedish "i" is a preposition).
      if (j - i === 1 && upper === 73) return true;
      if ((capital && !sentenceStart && j - i > 1) || (j - i <= 14 && PERSON_WORDS.has(lower.slice(i, j)))) return true;
      sentenceStart = false;
      digits = 0;
      i = j;
      continue;
    }
    if (isDigit(c)) {
      if (++digits >= 10) return true;
    } else if (c !== 45 && c !== 32) digits = 0;
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58) sentenceStart = true;
    i++;
  }
  return false;
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
