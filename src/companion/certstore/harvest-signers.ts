/**
 * Harvesting correspondents' certificates from signed messages they sent (RFC 8551 §2.5.2–2.5.3):
 * the companion verifies the message itself with core/smime (a caller's verdict is never taken),
 * and only when every signature is valid and chains to a trust anchor keeps each signer's
 * certificate with the S/MIME capabilities it announced, plus the certificate its
 * sMIMEEncryptionKeyPreference names (SITHS cards encrypt to a different certificate than they
 * sign with) once that one validates for encryption. Anything less stores nothing and says why.
 */
import { createHash } from 'node:crypto';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { KuvertError } from '../../core/errors.js';
import { bytesEqual } from '../../core/bytes.js';
import { findPreferredCertificate } from '../../core/cms/index.js';
import { validateCertificatePath } from '../../core/pki/index.js';
import type { FetchPort, RevocationOptions } from '../../core/pki/types.js';
import { unwrapSignedMessage, verifyMessage } from '../../core/smime/index.js';
import type { CertificateStore } from './certificate-store.js';

export interface HarvestOptions {
  readonly trustAnchors: readonly Uint8Array[];
  readonly revocation: RevocationOptions;
  readonly aiaFetch?: FetchPort;
  /** Shown in the store's list: "harvested from <source>". */
  readonly source: string;
  readonly now?: Date;
}

export interface HarvestResult {
  /** Fingerprints stored or refreshed; empty when nothing verified. */
  readonly fingerprints: readonly string[];
  /** Why nothing was stored (NOT_SIGNED, BAD_SIGNATURE, UNTRUSTED_CHAIN, CERT_REVOKED, …). */
  readonly code?: string;
}

const fingerprintOf = (der: Uint8Array): string => createHash('sha256').update(der).digest('hex');

export async function harvestSigners(message: Uint8Array, store: CertificateStore, options: HarvestOptions, crypto: CryptoEngine): Promise<HarvestResult> {
  const now = options.now ?? new Date();
  let verdict;
  try {
    verdict = await verifyMessage(message, { trustAnchors: options.trustAnchors, revocation: options.revocation, now }, crypto);
  } catch (error) {
    if (error instanceof KuvertError && error.code !== 'UNKNOWN_OPTION' && error.code !== 'INTERNAL') return { fingerprints: [], code: error.code };
    throw error;
  }
  if (!verdict.valid) return { fingerprints: [], code: verdict.code ?? 'BAD_SIGNATURE' };
  const verified = new Set(verdict.signatures.filter((s) => s.valid).map((s) => s.chain[0]?.fingerprintSha256));
  const unwrapped = await unwrapSignedMessage(message, {}, crypto);
  const harvestedAt = now.toISOString();
  const fingerprints: string[] = [];
  for (const layer of unwrapped.layers) {
    if (layer.kind === 'encrypted') continue;
    for (const signer of layer.cms.signers) {
      if (!signer.valid || !signer.certificate || !verified.has(fingerprintOf(signer.certificate))) continue;
      const capabilities = (signer.capabilities ?? []).map((c) => ({ algorithm: c.algorithm, ...(c.parameters ? { parameters: Buffer.from(c.parameters).toString('base64') } : {}) }));
      const signerPrint = await store.keep(signer.certificate, { source: `harvested from ${options.source}`, capabilities, harvestedAt });
      fingerprints.push(signerPrint);
      const preferred = signer.encryptionKeyPreference ? await findPreferredCertificate(signer.encryptionKeyPreference, layer.cms.certificates, crypto) : undefined;
      if (!preferred || bytesEqual(preferred, signer.certificate)) continue;
      const path = await validateCertificatePath({
        certificate: preferred, intermediates: layer.cms.certificates, trustAnchors: options.trustAnchors, usage: 'encryption', now, revocation: options.revocation,
        ...(options.aiaFetch ? { aiaFetch: options.aiaFetch } : {}),
      }, crypto);
      if (!path.valid) continue;
      fingerprints.push(await store.keep(preferred, { source: `harvested from ${options.source}`, capabilities, harvestedAt, encryptionKeyOf: signerPrint }));
    }
  }
  return { fingerprints: [...new Set(fingerprints)] };
}
