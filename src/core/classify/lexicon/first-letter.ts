/**
 * One term per first letter of a leading alternation: `byFirstLetter('kommunal|vision|unionen', 's-ombud')`
 * gives `(?:kommunal)s-ombud`, `(?:vision)s-ombud`, `(?:unionen)s-ombud`, grouped by their first letter.
 * The scanner puts a term, whole, into the regex of every letter it may start with; a long leading
 * alternation would be copied into many of those regexes, and V8 stops optimising a regex that grows
 * too large (the scan then slows by an order of magnitude). `alternatives` is a flat `a|b|c` list.
 */
export function byFirstLetter(alternatives: string, rest: string): string[] {
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives.split('|')) {
    const first = alternative.charAt(0);
    groups.set(first, [...(groups.get(first) ?? []), alternative]);
  }
  return [...groups.values()].map((group) => `(?:${group.join('|')})${rest}`);
}
