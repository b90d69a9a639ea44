export { encryptMessage, type EncryptMessageOptions } from './encrypt-message.js';
export { decryptMessage, type DecryptedMessage } from './decrypt-message.js';
export { encodedMessageBytes, type EncodedMessage } from './encoded-message.js';
export { smimeKind, type SmimeKind } from './content-type.js';
export { OBSCURED_SUBJECT } from './header-protection.js';
