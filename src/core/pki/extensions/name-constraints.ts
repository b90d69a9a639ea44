/** RFC 5280 §4.2.1.10 NameConstraints: permitted and excluded subtrees (minimum 0, no maximum). */
import { NameConstraints, type Extension, type GeneralSubtree } from 'pkijs';
import { KuvertError } from '../../errors.js';
import { fromGeneralName, type Name } from './general-names.js';
import { parsedExtension } from './parsed-extension.js';

export interface NameConstraintsValue {
  readonly permitted: readonly Name[] | undefined;
  readonly excluded: readonly Name[] | undefined;
}

function subtrees(list: GeneralSubtree[] | undefined): readonly Name[] | undefined {
  if (list === undefined) return undefined;
  return list.map((subtree) => {
    const minimum = typeof subtree.minimum === 'number' ? subtree.minimum : subtree.minimum.valueBlock.valueDec;
    // §4.2.1.10: "minimum MUST be zero, and maximum MUST be absent".
    if (minimum !== 0 || subtree.maximum !== undefined) throw new KuvertError('MALFORMED_CERTIFICATE', 'name constraint with minimum/maximum');
    return fromGeneralName(subtree.base);
  });
}

export function readNameConstraints(extension: Extension): NameConstraintsValue {
  const value = parsedExtension(extension, NameConstraints, 'nameConstraints');
  const result = { permitted: subtrees(value.permittedSubtrees), excluded: subtrees(value.excludedSubtrees) };
  if (!result.permitted?.length && !result.excluded?.length) throw new KuvertError('MALFORMED_CERTIFICATE', 'empty nameConstraints');
  return result;
}
