/**
 * Decrypting with the smart card through the companion — the read-side mirror of card-signer.ts.
 * The message's RecipientInfos are matched against the certificates on the user's tokens
 * (GET /v1/keys) before any PIN is asked for: a message for another card fails at once with the
 * certificates it was encrypted for. Then a card session is opened for `decrypt`, the PIN typed
 * in the companion's page, and core decrypts with a KeyProvider whose private-key operations are
 * POST /v1/decrypt-key calls. Only wrapped keys and public values cross; the PIN never does.
 */
import { toHex } from '../../core/bytes.js';
import { defaultCrypto, type CryptoEngine } from '../../core/crypto-engine.js';
import { cipherKeyLength, type ContentCipher } from '../../core/cms/content-encryption.js';
import { identifyCertificate } from '../../core/cms/certificate-identity.js';
import type { RecipientSummary } from '../../core/cms/index.js';
import type { KeyProvider } from '../../core/keys/key-provider.js';
import { readCertificateProfile } from '../../core/pki/index.js';
import type { KeysResponse } from '../../protocol/index.js';
import { AddinError } from '../errors.js';
import { cardLogin, keyKindOf, type CardCertificate, type LoginOptions } from './card-signer.js';
import { fromBase64, toBase64, type CompanionClient } from './companion-client.js';
import type { DialogHost } from './pin-dialog.js';

/** A recipient the message names, as a person can read it (for "wrong card"). */
export interface EncryptedFor {
  readonly issuer?: string;
  /** Upper-case hex with colons, e.g. 4F:1A:…. */
  readonly serialNumber?: string;
  readonly subjectKeyIdentifier?: string;
}

/** Thrown when no card certificate matches; `encryptedFor` names what the message was encrypted for. */
export class WrongCardError extends AddinError {
  readonly encryptedFor: readonly EncryptedFor[];

  constructor(encryptedFor: readonly EncryptedFor[]) {
    super('WRONG_CARD', `the message is encrypted for ${encryptedFor.map(describeEncryptedFor).join('; ') || 'no recipient Kuvert can use'}`);
    this.encryptedFor = encryptedFor;
  }
}

const stripZeros = (hex: string): string => hex.toLowerCase().replace(/^(?:00)+(?=..)/u, '');

export function readableHex(hex: string): string {
  return (stripZeros(hex).toUpperCase().match(/../gu) ?? []).join(':');
}

export function encryptedForOf(recipient: RecipientSummary): EncryptedFor {
  return {
    ...(recipient.issuer === undefined ? {} : { issuer: recipient.issuer }),
    ...(recipient.serialNumber === undefined ? {} : { serialNumber: readableHex(recipient.serialNumber) }),
    ...(recipient.subjectKeyIdentifier === undefined ? {} : { subjectKeyIdentifier: readableHex(recipient.subjectKeyIdentifier) }),
  };
}

export function describeEncryptedFor(entry: EncryptedFor): string {
  if (entry.issuer !== undefined) return `${entry.issuer}, serial ${entry.serialNumber ?? '?'}`;
  return `key id ${entry.subjectKeyIdentifier ?? '?'}`;
}

/**
 * The card certificates the message is encrypted for, in the order of the tokens. Throws
 * NO_DECRYPTION_CARD when no token holds a certificate, WrongCardError when none matches.
 */
export async function matchCardKeys(recipients: readonly RecipientSummary[], keys: KeysResponse['keys'], crypto: CryptoEngine = defaultCrypto()): Promise<CardCertificate[]> {
  if (keys.length === 0) throw new AddinError('NO_DECRYPTION_CARD');
  const usable = recipients.filter((r) => r.kind !== 'other');
  const matched: CardCertificate[] = [];
  for (const key of keys) {
    const der = fromBase64(key.certificate);
    let identity;
    try {
      identity = await identifyCertificate(der, crypto);
    } catch {
      continue; // an unreadable certificate on the card matches nothing
    }
    const serial = stripZeros(toHex(identity.serialNumber));
    const ski = toHex(identity.subjectKeyIdentifier);
    const fits = usable.some((r) =>
      r.subjectKeyIdentifier !== undefined
        ? r.subjectKeyIdentifier.toLowerCase() === ski
        : r.issuer === identity.issuerName && r.serialNumber !== undefined && stripZeros(r.serialNumber) === serial,
    );
    if (fits) matched.push({ token: key.token, id: key.id, der, profile: readCertificateProfile(der) });
  }
  if (matched.length === 0) throw new WrongCardError(usable.map(encryptedForOf));
  return matched;
}

/** The companion codes that mean the card session is gone (decrypt again, with the PIN). */
const SESSION_GONE = new Set(['PIN_REQUIRED', 'TOKEN_REMOVED', 'NOT_FOUND', 'CLOSED', 'TOKEN_NOT_FOUND']);

/** A companion refusal during a card operation as the read pane's typed error. */
export function cardOperationError(error: unknown): unknown {
  if (!(error instanceof AddinError)) return error;
  const code = error.companionCode;
  if (code === 'PIN_LOCKED') return new AddinError('CARD_LOCKED', undefined, { cause: error, companionCode: code });
  if ((error.code === 'COMPANION_REFUSED' || error.code === 'CARD_LOGIN_FAILED') && code !== undefined && SESSION_GONE.has(code)) {
    return new AddinError('CARD_SESSION_CLOSED', undefined, { cause: error, companionCode: code });
  }
  return error;
}

/**
 * Logs in for decryption. A failed login is reported by kind: locked card (CARD_LOCKED), session
 * gone (CARD_SESSION_CLOSED), or CARD_LOGIN_FAILED whose companionCode says PIN_FINAL_TRY or
 * PIN_COUNT_LOW when the card reports wrong PINs typed, else why (DIALOG_CLOSED, TIMEOUT, …).
 */
export async function cardDecryptLogin(client: CompanionClient, office: DialogHost, card: CardCertificate, options: LoginOptions = {}): Promise<string> {
  try {
    return await cardLogin(client, office, card.token, 'decrypt', options);
  } catch (error) {
    if (error instanceof AddinError && error.code === 'CARD_LOGIN_FAILED' && error.companionCode !== 'PIN_LOCKED') {
      // Wrong PINs were typed in the companion's page: say how close the card is to locking.
      const pin = (await client.status().catch(() => undefined))?.tokens.find((t) => t.token === card.token)?.pin;
      if (pin?.locked) throw new AddinError('CARD_LOCKED', undefined, { cause: error, companionCode: 'PIN_LOCKED' });
      if (pin?.finalTry) throw new AddinError('CARD_LOGIN_FAILED', error.message, { cause: error, companionCode: 'PIN_FINAL_TRY' });
      if (pin?.countLow) throw new AddinError('CARD_LOGIN_FAILED', error.message, { cause: error, companionCode: 'PIN_COUNT_LOW' });
    }
    throw cardOperationError(error);
  }
}

export interface CardDecryptKey extends KeyProvider {
  /** The companion error behind a failed unwrap (core turns key-transport failures into random keys). */
  readonly lastError: () => unknown;
}

/**
 * A KeyProvider for core's decryption: key transport (PKCS#1 v1.5, OAEP) and key agreement (ECDH)
 * are POST /v1/decrypt-key; `cipher` is the message's content cipher, whose key length the
 * companion returns always (a failed unwrap answers a random key: no padding oracle).
 */
export function cardDecryptKeyProvider(client: CompanionClient, sessionId: string, card: CardCertificate, cipher: ContentCipher): CardDecryptKey {
  let last: unknown;
  const remember = (error: unknown): never => {
    last = cardOperationError(error);
    throw last instanceof Error ? last : new AddinError('COMPANION_REFUSED');
  };
  const keyLength = cipherKeyLength(cipher) as 16 | 24 | 32;
  return {
    certificate: card.der,
    keyKind: keyKindOf(card.profile),
    label: `card ${card.profile.name ?? card.id}`,
    lastError: () => last,
    decryptKeyTransport: (algorithm, encryptedKey) =>
      client.decryptKey({
        kind: 'key-transport', sessionId, id: card.id, keyLength, encryptedKey: toBase64(encryptedKey),
        algorithm: algorithm.name === 'RSA-OAEP'
          ? { name: 'RSA-OAEP', hash: algorithm.hash, mgfHash: algorithm.mgfHash, ...(algorithm.label === undefined ? {} : { label: toBase64(algorithm.label) }) }
          : { name: 'RSAES-PKCS1-v1_5' },
      }).catch(remember),
    deriveKeyAgreement: (originatorPublicKey) =>
      client.decryptKey({ kind: 'key-agreement', sessionId, id: card.id, originatorPublicKey: toBase64(originatorPublicKey) }).catch(remember),
    sign: () => Promise.reject(new AddinError('CARD_SESSION_CLOSED', 'this session decrypts only')),
  };
}
