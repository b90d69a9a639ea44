import type { CategoryType } from '../types.js';

/**
 * One category's vocabulary. Terms are lower-case regex fragments matched at a word start; a
 * trailing `*` allows any inflection (`sjukskriv*` → sjukskriven, sjukskrivningen). Fragments must
 * not contain nested quantifiers: they are joined into one alternation that runs over whole texts.
 */
export interface Lexicon {
  readonly type: CategoryType;
  /** Terms that, said about someone, disclose such data ("sjukskriven", "F32.1", "belastningsregistret"). */
  readonly strong: readonly string[];
  /** Terms that need support from other hits or a person nearby ("vård", "medicin"). */
  readonly weak: readonly string[];
  /** Context words: weak, and never raised by a disclosure verb (professions, places: "hon är läkare"). */
  readonly context?: readonly string[];
  /**
   * Compound heads: stems that also count at the END of a longer word (höft|fraktur, alkohol|missbruket),
   * with any common inflection. Written `stem` or `stem -modifier -modifier` where each `-modifier`
   * is a modifier that gives the compound another meaning (`skada -vatten`: vattenskada is no injury).
   */
  readonly strongHeads?: readonly string[];
  readonly weakHeads?: readonly string[];
}
