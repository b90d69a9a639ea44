export { encryptMessage, type EncryptMessageOptions } from './encrypt-message.js';
export { decryptMessage, decryptSmimeEnvelope, type DecryptedMessage } from './decrypt-message.js';
export { readSmimeEnvelope, readSmimeEnvelopeHeader, type SmimeEnvelope, type SmimeEnvelopeHeader } from './smime-envelope.js';
export { encodedMessageBytes, type EncodedMessage } from './encoded-message.js';
export { smimeKind, type SmimeKind } from './content-type.js';
export { OBSCURED_SUBJECT } from './header-protection.js';
export { signMessage, signAndEncryptMessage, type SignMessageOptions, type SignAndEncryptOptions } from './sign-message.js';
export { unwrapSignedMessage, type UnwrappedMessage, type UnwrapOptions, type MessageLayer, type SignedLayer, type EncryptedLayer } from './signature-layers.js';
