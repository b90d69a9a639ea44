/** Each recipient's certificate status: the book at once, then the companion's lookup and validation. */
import { useEffect, useState } from 'react';
import { loadCompanionStore, resolveRecipient } from '../companion/recipient-lookup.js';
import type { RecipientCertificate } from './certificate-status.js';
import type { TaskpaneServices } from './services.js';

/** Needs only the book and the companion, so the read pane's secure reply uses it too (keep `services` stable between renders). */
export function useRecipients(services: Pick<TaskpaneServices, 'certificates' | 'companion'>, addresses: readonly string[], generation: number): RecipientCertificate[] {
  const now = (): Date => new Date();
  const [resolved, setResolved] = useState<RecipientCertificate[]>([]);
  useEffect(() => {
    let cancelled = false;
    setResolved(addresses.map((address) => services.certificates.lookup(address, now())));
    const resolveAll = (): Promise<RecipientCertificate[]> =>
      Promise.all(addresses.map((address) => resolveRecipient(address, services.certificates, services.companion, now()).catch(() => services.certificates.lookup(address, now()))));
    void loadCompanionStore(services.certificates, services.companion)
      .then(resolveAll)
      .then((list) => {
        if (!cancelled) setResolved(list);
      });
    return () => {
      cancelled = true;
    };
  }, [services, addresses, generation]);
  return resolved;
}
