/**
 * Signing with the smart card through the companion: find the card's signing certificate
 * (core/pki's choice, for the sender's address), open a card session, let the user type the PIN
 * in the companion's page (an Office dialog), poll until the session is ready, and hand core a
 * KeyProvider whose sign() is one POST /v1/sign. The private key never leaves the card; the PIN
 * never reaches the add-in.
 */
import type { KeyKind, KeyProvider } from '../../core/keys/key-provider.js';
import { readCertificateProfile, selectEncryptionCertificate, selectSigningCertificate, type CertificateProfile } from '../../core/pki/index.js';
import { AddinError } from '../errors.js';
import { fromBase64, toBase64, type CompanionClient } from './companion-client.js';
import { openPinDialog, type DialogHost } from './pin-dialog.js';

export interface CardCertificate {
  readonly token: string;
  /** CKA_ID, hex. */
  readonly id: string;
  readonly der: Uint8Array;
  readonly profile: CertificateProfile;
}

export interface CardCertificates {
  readonly signing: CardCertificate | undefined;
  readonly encryption: CardCertificate | undefined;
}

/** The card's signing and encryption certificates for `email`, as core/pki selects them. */
export async function cardCertificates(client: CompanionClient, email: string, now = new Date()): Promise<CardCertificates> {
  const { keys } = await client.keys();
  const ders = keys.map((key) => fromBase64(key.certificate));
  const pick = (index: number | undefined): CardCertificate | undefined => {
    const key = index === undefined ? undefined : keys[index];
    const der = index === undefined ? undefined : ders[index];
    return key && der ? { token: key.token, id: key.id, der, profile: readCertificateProfile(der) } : undefined;
  };
  return {
    signing: pick(selectSigningCertificate(ders, { email, now }).selected?.index),
    encryption: pick(selectEncryptionCertificate(ders, { email, now }).selected?.index),
  };
}

export function keyKindOf(profile: CertificateProfile): KeyKind {
  const match = /^EC (P-256|P-384|P-521)$/u.exec(profile.keyAlgorithm);
  if (match?.[1]) return { type: 'EC', curve: match[1] as 'P-256' | 'P-384' | 'P-521' };
  if (profile.keyAlgorithm.startsWith('RSA')) return { type: 'RSA' };
  throw new AddinError('NO_CARD', `unsupported card key ${profile.keyAlgorithm}`);
}

export interface LoginOptions {
  readonly pollMs?: number;
  /** How long the user has to type the PIN (default 3 minutes). */
  readonly timeoutMs?: number;
}

/**
 * Opens a session on `token` for `purpose` and waits until the PIN was typed in the companion's
 * page. Closes the dialog when done; a dialog closed early, a locked PIN, a pulled card or the
 * time limit end in CARD_LOGIN_FAILED (with the companion's code) and the session is closed.
 */
export async function cardLogin(client: CompanionClient, office: DialogHost, token: string, purpose: 'sign' | 'decrypt', options: LoginOptions = {}): Promise<string> {
  const pollMs = options.pollMs ?? 500;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let state = await client.openSession({ token, purpose });
  if (state.state === 'ready') return state.sessionId;
  if (state.state === 'closed' || state.pinPageUrl === undefined) throw new AddinError('CARD_LOGIN_FAILED', 'the session closed at once', { companionCode: state.error?.code ?? 'CLOSED' });
  const sessionId = state.sessionId;
  const pinPage = URL.canParse(state.pinPageUrl) ? new URL(state.pinPageUrl) : null;
  // The PIN page must be the companion's own: never open an address the response could steer elsewhere.
  if (pinPage === null || pinPage.origin !== new URL(client.baseUrl).origin) {
    await client.closeSession(sessionId).catch(() => undefined);
    throw new AddinError('COMPANION_BAD_RESPONSE', 'the PIN page is not on the companion');
  }
  const dialog = await openPinDialog(office, pinPage.href).catch(async (error: unknown) => {
    await client.closeSession(sessionId).catch(() => undefined);
    throw error;
  });
  let userClosed = false;
  void dialog.closedByUser.then(() => {
    userClosed = true;
  });
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      state = await client.session(state.sessionId);
      if (state.state === 'ready') return state.sessionId;
      if (state.state === 'closed') throw new AddinError('CARD_LOGIN_FAILED', 'the card session closed', { companionCode: state.error?.code ?? 'CLOSED' });
      if (state.pin.locked) throw new AddinError('CARD_LOGIN_FAILED', 'the PIN is locked', { companionCode: 'PIN_LOCKED' });
      if (userClosed) throw new AddinError('CARD_LOGIN_FAILED', 'the PIN dialog was closed', { companionCode: 'DIALOG_CLOSED' });
      if (Date.now() > deadline) throw new AddinError('CARD_LOGIN_FAILED', 'no PIN in time', { companionCode: 'TIMEOUT' });
    }
  } catch (error) {
    await client.closeSession(state.sessionId).catch(() => undefined);
    throw error;
  } finally {
    dialog.close();
  }
}

/** A KeyProvider for core's signer: every private-key operation is one companion call. */
export function cardKeyProvider(client: CompanionClient, sessionId: string, card: CardCertificate): KeyProvider {
  const refuse = (): Promise<Uint8Array> => Promise.reject(new AddinError('NO_CARD', 'this session signs only'));
  return {
    certificate: card.der,
    keyKind: keyKindOf(card.profile),
    label: `card ${card.profile.name ?? card.id}`,
    decryptKeyTransport: refuse,
    deriveKeyAgreement: refuse,
    sign: (algorithm, data) => client.sign({ sessionId, id: card.id, algorithm, data: toBase64(data) }),
  };
}
