/**
 * The read pane's decryption with the card, as one DecryptFunction for message-layers.ts: the
 * card certificates (GET /v1/keys) matched against the envelope before any PIN is asked for, one
 * decrypt session (PIN in the companion's page), core decrypts, the session is closed afterwards
 * whatever happened. The decrypted bytes live in memory only.
 */
import { defaultCrypto, type CryptoEngine } from '../../core/crypto-engine.js';
import { KuvertError } from '../../core/errors.js';
import type { EnvelopeInfo } from '../../core/cms/index.js';
import { decryptMessage, encodedMessageBytes } from '../../core/smime/index.js';
import { cardDecryptKeyProvider, cardDecryptLogin, matchCardKeys } from '../companion/card-decryptor.js';
import type { LoginOptions } from '../companion/card-signer.js';
import type { CompanionClient } from '../companion/companion-client.js';
import type { DialogHost } from '../companion/pin-dialog.js';
import { AddinError } from '../errors.js';
import type { DecryptFunction } from './message-layers.js';

export interface CardDecryptOptions extends LoginOptions {
  readonly crypto?: CryptoEngine;
  /** Told when the PIN is being asked for (the status line says so). */
  readonly onPinRequested?: () => void;
}

export function cardDecryptFunction(client: CompanionClient | undefined, dialogs: DialogHost, options: CardDecryptOptions = {}): DecryptFunction {
  return async (encrypted: Uint8Array, envelope: EnvelopeInfo): Promise<Uint8Array> => {
    if (client === undefined) throw new AddinError('COMPANION_UNREACHABLE', 'no companion is configured');
    if (!client.paired) throw new AddinError('COMPANION_NOT_PAIRED');
    const crypto = options.crypto ?? defaultCrypto();
    const { keys } = await client.keys();
    const [card] = await matchCardKeys(envelope.recipients, keys, crypto);
    if (card === undefined) throw new AddinError('WRONG_CARD');
    options.onPinRequested?.();
    const sessionId = await cardDecryptLogin(client, dialogs, card, options);
    const key = cardDecryptKeyProvider(client, sessionId, card, envelope.cipher);
    try {
      const decrypted = await decryptMessage(encrypted, [key], crypto);
      return encodedMessageBytes(decrypted.message);
    } catch (error) {
      // Core turns a failed unwrap into a random key (no padding oracle): say what the companion said.
      const companionError = key.lastError();
      if (error instanceof KuvertError && error.code === 'DECRYPT_FAILED' && companionError instanceof Error) throw companionError;
      throw error;
    } finally {
      await client.closeSession(sessionId).catch(() => undefined);
    }
  };
}
