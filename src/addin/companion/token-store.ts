/**
 * Where the companion pairing token lives: localStorage of the add-in's own origin, per companion
 * address. Not Office roaming settings: those travel with the mailbox to every device the user
 * signs in on (and are readable by anything with mailbox access), while the token is only good for
 * the companion on this one computer. localStorage stays on this device and this origin; in Outlook
 * on the web it is partitioned under Outlook's origin, so another site's pages cannot read it.
 * When storage is unavailable (a locked-down WebView) the token lives in memory for the session.
 */
export interface TokenStore {
  get(): string | undefined;
  set(token: string): void;
  clear(): void;
}

export function memoryTokenStore(initial?: string): TokenStore {
  let token = initial;
  return {
    get: () => token,
    set: (value) => {
      token = value;
    },
    clear: () => {
      token = undefined;
    },
  };
}

export function localTokenStore(companionUrl: string, storage: Storage | undefined = globalThis.localStorage): TokenStore {
  const key = `kuvert.companion.token:${companionUrl}`;
  const fallback = memoryTokenStore();
  const safe = <T>(action: (s: Storage) => T, otherwise: () => T): T => {
    try {
      return storage === undefined ? otherwise() : action(storage);
    } catch {
      return otherwise();
    }
  };
  return {
    get: () => safe((s) => s.getItem(key) ?? undefined, () => fallback.get()),
    set: (token) => safe((s) => s.setItem(key, token), () => fallback.set(token)),
    clear: () => safe((s) => s.removeItem(key), () => fallback.clear()),
  };
}
