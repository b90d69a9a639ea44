/** Smart cards and tokens through PKCS#11: modules, tokens, PIN login and the card KeyProvider. */
export { Pkcs11Module, type Pkcs11Binding, type TokenDescription } from './pkcs11-module.js';
export { TokenSession, describeTriesLeft, type CardCertificate } from './token-session.js';
export { CardKeyProvider, cardErrorOf } from './card-key-provider.js';
export type { PinStatus } from './pin-status.js';
export { openCardKeys, cardKeyRequestFrom, CARD_OPTION_SPEC, CARD_OPTIONS_HELP, type CardKeyRequest, type CardKeys, type CardOptions } from './open-card-keys.js';
