/**
 * In-memory cache of downloaded CRLs, keyed by URL and kept until the CRL's nextUpdate (§5.1.2.5:
 * a newer CRL is guaranteed to exist then). CRLs without nextUpdate are not cached.
 */
import type { PkiCrl } from './pki-crl.js';

export class CrlCache {
  private readonly entries = new Map<string, PkiCrl>();

  constructor(private readonly maxEntries = 64) {}

  get(url: string, now: Date): PkiCrl | undefined {
    const crl = this.entries.get(url);
    if (crl?.nextUpdate !== undefined && now <= crl.nextUpdate) return crl;
    this.entries.delete(url);
    return undefined;
  }

  put(url: string, crl: PkiCrl): void {
    if (crl.nextUpdate === undefined) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(url, crl);
  }
}

let shared: CrlCache | undefined;

/** The process-wide cache used when the caller passes none. */
export function sharedCrlCache(): CrlCache {
  shared ??= new CrlCache();
  return shared;
}
