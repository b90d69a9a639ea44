/** Rejects unknown option names at API entry, so a typo never silently weakens a check. */
import { KuvertError } from '../errors.js';

export function assertKnownOptions(options: object, known: readonly string[], where: string): void {
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new KuvertError('UNKNOWN_OPTION', `${where}: unknown option ${unknown.join(', ')}`);
}
