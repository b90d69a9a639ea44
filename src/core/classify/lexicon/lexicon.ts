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
}
