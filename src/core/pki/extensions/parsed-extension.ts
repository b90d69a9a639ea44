/**
 * pkijs parses known extensions lazily and, on a malformed value, returns an empty object with a
 * `parsingError` instead of throwing. We fail closed: a malformed extension is a malformed certificate.
 */
import type { Extension } from 'pkijs';
import { KuvertError } from '../../errors.js';

export function parsedExtension<T>(extension: Extension, type: abstract new (...args: never[]) => T, name: string): T {
  let value: unknown;
  try {
    value = extension.parsedValue;
  } catch (error) {
    throw new KuvertError('MALFORMED_CERTIFICATE', `malformed ${name} extension`, { cause: error });
  }
  if (!(value instanceof type) || (value as { parsingError?: string }).parsingError !== undefined) {
    throw new KuvertError('MALFORMED_CERTIFICATE', `malformed ${name} extension`);
  }
  return value;
}
