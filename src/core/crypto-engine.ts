/**
 * The WebCrypto engine core code runs on. Passed in as the last parameter (PKI.js style) so the same
 * code runs in the browser, Outlook's event runtime and Node; the default is the platform's own.
 */
export type CryptoEngine = Crypto;

export function defaultCrypto(): CryptoEngine {
  const engine = (globalThis as { crypto?: Crypto }).crypto;
  if (!engine?.subtle) throw new Error('WebCrypto is not available on this platform');
  return engine;
}
