/**
 * The original sender's certificates for the reply, straight from the message: for every signature
 * the signer panel found valid (math, path and revocation checked by the companion), the signer
 * certificate and the one its sMIMEEncryptionKeyPreference names among the SignedData's
 * certificates (RFC 8551 §2.5.3; SITHS cards encrypt to another certificate than they sign with).
 * The harvest put the same ones in the companion's store; this does not wait for it. Each is
 * checked again for encryption (resolveRecipient) before anything is encrypted to it.
 */
import { bytesEqual } from '../../../core/bytes.js';
import { findPreferredCertificate } from '../../../core/cms/index.js';
import { defaultCrypto, type CryptoEngine } from '../../../core/crypto-engine.js';
import type { ReceivedSignature } from '../message-layers.js';
import type { SignerView } from '../signer-panel.js';

/** DER certificates, signer first, then the preferred encryption certificate (so it wins in the book). */
export async function senderCertificates(signatures: readonly ReceivedSignature[], views: readonly SignerView[], crypto: CryptoEngine = defaultCrypto()): Promise<Uint8Array[]> {
  const found: Uint8Array[] = [];
  for (const [i, signature] of signatures.entries()) {
    const { result } = signature;
    if (views[i]?.verdict !== 'valid' || !result.valid || result.certificate === undefined) continue;
    found.push(result.certificate);
    const preferred = result.encryptionKeyPreference ? await findPreferredCertificate(result.encryptionKeyPreference, signature.certificates, crypto) : undefined;
    if (preferred !== undefined && !bytesEqual(preferred, result.certificate)) found.push(preferred);
  }
  return found;
}
