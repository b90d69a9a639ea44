/** Private keys: the KeyProvider interface and the software implementation. */
export type { DigestAlgorithm, KeyProvider, KeyTransportAlgorithm, SignatureAlgorithm } from './key-provider.js';
export { loadSoftwareKeys, type SoftwareKeySource } from './load-software-keys.js';
export { SoftwareKeyProvider } from './software-key-provider.js';
