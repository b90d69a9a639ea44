/** Option values shared by sign, encrypt and verify; its own file so that `kuvert sign` loads no encryption code. */
import { KuvertError } from '../../core/errors.js';

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  const found = allowed.find((a) => a === lower);
  if (!found) throw new KuvertError('USAGE', `${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}
