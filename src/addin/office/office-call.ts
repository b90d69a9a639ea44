/** Office.js's callback style as promises; a failed AsyncResult becomes OFFICE_CALL_FAILED. */
import { AddinError } from '../errors.js';
import type { OfficeAsyncResult, OfficeCallback } from './types.js';

export function officeCall<T>(what: string, start: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = (result: OfficeAsyncResult<T>): void => {
      if (result.status === 'succeeded') resolve(result.value);
      else reject(new AddinError('OFFICE_CALL_FAILED', `${what}: ${result.error?.name ?? 'failed'}`));
    };
    try {
      start(done);
    } catch (error) {
      reject(new AddinError('OFFICE_CALL_FAILED', `${what} threw`, { cause: error }));
    }
  });
}
