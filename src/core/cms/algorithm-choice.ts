/**
 * The one place that decides which algorithms an encryption uses.
 *
 * Default: AES-256-CBC in EnvelopedData with RSAES-PKCS1-v1_5 — what classic Outlook on Windows and
 * today's smart cards read. AES-256-GCM (AuthEnvelopedData, RFC 8551's preference) and RSAES-OAEP are
 * used when the caller asks, or when every recipient announced them in SMIMECapabilities. EC
 * recipients always use ECDH key agreement; the KDF and wrap follow the curve (key-agree-recipient.ts).
 */
import { KuvertError } from '../errors.js';
import type { DigestAlgorithm, KeyTransportAlgorithm } from '../keys/key-provider.js';
import { OID } from './oids.js';
import type { ContentCipher } from './content-encryption.js';
import type { PublicKeyKind } from './certificate-identity.js';
import { announces, type SmimeCapabilities } from './smime-capabilities.js';

export const DEFAULT_CIPHER: ContentCipher = 'aes256-cbc';
export const DEFAULT_OAEP_HASH: DigestAlgorithm = 'SHA-256';

export interface RecipientPreferences {
  readonly keyTransport?: 'pkcs1' | 'oaep';
  readonly oaepHash?: DigestAlgorithm;
  readonly capabilities?: SmimeCapabilities;
}

export type RecipientKeyChoice = { readonly kind: 'key-transport'; readonly algorithm: KeyTransportAlgorithm } | { readonly kind: 'key-agreement' };

export function chooseContentCipher(requested: ContentCipher | undefined, recipients: readonly RecipientPreferences[]): ContentCipher {
  if (requested) return requested;
  const everyone = (oid: string): boolean => recipients.length > 0 && recipients.every((r) => announces(r.capabilities, oid));
  if (everyone(OID.aes256GCM)) return 'aes256-gcm';
  return DEFAULT_CIPHER;
}

export function chooseRecipientKey(preferences: RecipientPreferences, key: PublicKeyKind | undefined): RecipientKeyChoice {
  if (!key) throw new KuvertError('CERT_UNSUITABLE', 'the certificate key is neither RSA nor EC P-256/P-384/P-521');
  if (key.type === 'EC') {
    if (preferences.keyTransport) throw new KuvertError('INVALID_ARGUMENT', 'keyTransport applies to RSA certificates only');
    return { kind: 'key-agreement' };
  }
  const oaep = preferences.keyTransport === 'oaep'
    || (preferences.keyTransport === undefined && announces(preferences.capabilities, OID.rsaesOaep));
  if (!oaep) return { kind: 'key-transport', algorithm: { name: 'RSAES-PKCS1-v1_5' } };
  const hash = preferences.oaepHash ?? DEFAULT_OAEP_HASH;
  return { kind: 'key-transport', algorithm: { name: 'RSA-OAEP', hash, mgfHash: hash } };
}
