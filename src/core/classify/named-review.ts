/**
 * An assessment named with whose it is: "Sammanfattning medarbetarsamtal 12/11, Jesper: …",
 * "Utvärdering av Farid efter första halvåret", "360-gradersbedömningen för Annika H.", "feedback på
 * Ahmeds provanställning", "Performance note – Ana Costa", "betyget för Wilma". The word alone is a
 * topic (talks are booked, templates change); followed by a name, or after a name's possessive, it is
 * that person's review or grade. The name is read from the original text's case; the windows are a
 * few dozen characters and the patterns have no nested quantifiers.
 */
import type { CategoryType } from './types.js';

/** The categories whose hits this raises. */
export const NAMED_REVIEW_TYPES: ReadonlySet<CategoryType> = new Set<CategoryType>(['hr-assessment', 'grades']);

/** After the hit's word (and a school subject: "Betyg i engelska för Wilma"): a connector, an optional role or date, then the start of the next word. */
const AFTER = /^[a-zåäöé]{0,6}(?: i [a-zåäö]{2,20})?(?: (?:med|för|till|av|på|om|gällande|angående|of|for|with|on)| ?[–—:,-]|,? \d{1,2}\/\d{1,2},?| \d{4}(?:-\d{2}-\d{2})? ?[–—:,-]?)(?: (?:kandidat(?:en)?|eleven|medarbetaren|vikarien|praktikanten|läraren|candidate|employee))? (?=\S)/;
/** A pronoun object after the connector: "medarbetarsamtalet med henne". */
const PRONOUN = /^(?:henne|honom|hen|dig|er|her|him|you)(?![a-zåäö])/;
/** Capitalised words that are no person. */
const NOT_NAMES = new Set(
  'hr it ledningsgruppen nämnden chefen chefer alla samtliga mall mallen rutin rutinen vecka kommunen regionen förvaltningen skolan enheten avdelningen heroma teams vklass schoolsoft the all our'.split(' '),
);
/** A possessive before the hit: "Ahmeds provanställning" (not "Kommunens", "Skolans"). */
const POSSESSIVE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{1,14}s) $/u;
/** A name at the start of the text after the connector. */
const NAME = /^\p{Lu}\p{Ll}{1,14}/u;
const ORGANISATION_ENDING = /(?:ens|ets|ans|ns|ts)$/;

/** A pupil's talk or report ("utvecklingssamtalet med Aron (7C)", "omdöme för Hugo: når inte kunskapskraven"): grades, not an employee's review. */
const SCHOOL = /(?<![a-zåäö])(?:åk|årskurs|klass|elev\p{Ll}*|kunskapskrav\p{Ll}*|betyg\p{Ll}*|vårdnadshavar\p{Ll}*|mentor\p{Ll}*|\d[a-f](?![a-zåäö]))/u;

/** Whether the hit at [start, end) of category `type` is tied to a named person right after it or by a possessive right before it. */
export function namedReview(text: string, lower: string, start: number, end: number, type: CategoryType): boolean {
  if (type === 'hr-assessment' && SCHOOL.test(lower.slice(end, end + 100))) return false;
  const after = AFTER.exec(lower.slice(end, end + 48));
  if (after !== null) {
    const at = end + after[0].length;
    if (PRONOUN.test(lower.slice(at, at + 6))) return true;
    // A capitalised word (a name) of two to 15 letters, read from the original case like POSSESSIVE below.
    const next = NAME.exec(text.slice(at, at + 16))?.[0].toLowerCase();
    if (next !== undefined && !NOT_NAMES.has(next)) return true;
  }
  const before = POSSESSIVE.exec(text.slice(Math.max(0, start - 18), start));
  const name = before?.[1]?.toLowerCase();
  return name !== undefined && !ORGANISATION_ENDING.test(name) && !NOT_NAMES.has(name);
}
