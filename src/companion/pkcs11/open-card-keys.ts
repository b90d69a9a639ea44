/**
 * One-shot access to the keys on a card for the CLI: load the module, find the token, log in,
 * hand out key providers, and on close log out and unload. The PIN is used for C_Login only.
 */
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { KuvertError } from '../../core/errors.js';
import { Pkcs11Module } from './pkcs11-module.js';
import type { CardKeyProvider } from './card-key-provider.js';
import type { CardKeyRequest } from './card-options.js';

export { CARD_OPTION_SPEC, CARD_OPTIONS_HELP, cardKeyRequestFrom, type CardKeyRequest, type CardOptions } from './card-options.js';

export interface CardKeys {
  readonly keys: readonly CardKeyProvider[];
  close(): void;
}

export function openCardKeys(request: CardKeyRequest, crypto: CryptoEngine): CardKeys {
  if (request.keyId !== undefined && !/^(?:[0-9a-f]{2})+$/iu.test(request.keyId)) throw new KuvertError('INVALID_ARGUMENT', '--key-id must be hex (the key\'s CKA_ID)');
  const card = Pkcs11Module.open(request.library);
  try {
    const session = card.openSession(card.findToken(request.token).slot);
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      session.logout();
      session.close();
      card.finalize();
    };
    try {
      session.login(request.pin);
      const keys = session.keyProviders(crypto, request.keyId?.toLowerCase());
      if (keys.length === 0) throw new KuvertError('TOKEN_NOT_FOUND', 'the token holds no private key');
      return { keys, close };
    } catch (error) {
      close();
      throw error;
    }
  } catch (error) {
    card.finalize();
    throw error;
  }
}
