/**
 * The user's local store of other people's certificates, in the companion's state directory:
 * one DER file per certificate named by its SHA-256 fingerprint, plus a small JSON note (where it
 * came from, when). Import (.cer/.crt/.pem/.p7b/.p7c), list with expiry warnings, find by
 * e-mail address, remove. Every certificate is parsed by core/pki before it is kept.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KuvertError } from '../../core/errors.js';
import { readCertificateProfile, type CertificateProfile } from '../../core/pki/index.js';
import { readCertificateBag } from './certificate-bag.js';

/** Warn this long before a certificate expires. */
const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'valid' | 'expires-soon' | 'expired' | 'not-yet-valid';

/** An S/MIME capability a correspondent announced (RFC 8551 §2.5.2): dotted OID, DER parameters in base64. */
export interface StoredCapability {
  readonly algorithm: string;
  readonly parameters?: string;
}

/** What the store keeps beside each certificate (the `.json` note). */
export interface CertificateNote {
  readonly source: string;
  readonly importedAt: string;
  /** From a verified signed message: the algorithms the signer announced, in their order. */
  readonly capabilities?: readonly StoredCapability[];
  /** From a verified signed message: when it was harvested (refreshed on every new message). */
  readonly harvestedAt?: string;
  /** Set on the certificate a signer named with sMIMEEncryptionKeyPreference: the signer's fingerprint. */
  readonly encryptionKeyOf?: string;
}

export interface StoredCertificate extends CertificateNote {
  readonly fingerprint: string;
  readonly der: Uint8Array;
  readonly profile: CertificateProfile;
  readonly expiry: ExpiryState;
}

function expiryOf(profile: CertificateProfile, now: Date): ExpiryState {
  if (new Date(profile.notBefore) > now) return 'not-yet-valid';
  const left = new Date(profile.notAfter).getTime() - now.getTime();
  if (left < 0) return 'expired';
  return left < EXPIRY_WARNING_DAYS * 86_400_000 ? 'expires-soon' : 'valid';
}

export class CertificateStore {
  readonly #dir: string;
  readonly #clock: () => Date;

  constructor(dir: string, clock: () => Date = () => new Date()) {
    this.#dir = dir;
    this.#clock = clock;
  }

  /** Adds every certificate in `data`; ones already stored are left as they are. Returns the fingerprints. */
  async import(data: Uint8Array, source: string): Promise<string[]> {
    const certificates = readCertificateBag(data);
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const fingerprints: string[] = [];
    for (const der of certificates) {
      const profile = readCertificateProfile(der);
      if (profile.role === 'ca') continue;
      const base = path.join(this.#dir, profile.fingerprintSha256);
      try {
        await writeFile(`${base}.der`, der, { flag: 'wx', mode: 0o600 });
        await writeFile(`${base}.json`, JSON.stringify({ source, importedAt: this.#clock().toISOString() }), { mode: 0o600 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new KuvertError('INTERNAL', 'cannot write to the certificate store', { cause: error });
      }
      fingerprints.push(profile.fingerprintSha256);
    }
    if (fingerprints.length === 0) throw new KuvertError('CERT_UNSUITABLE', 'the file holds only CA certificates');
    return fingerprints;
  }

  /**
   * Keeps one certificate with its note, replacing the note of one already stored (a newer signed
   * message refreshes the capabilities). The caller has validated the certificate.
   */
  async keep(der: Uint8Array, note: Omit<CertificateNote, 'importedAt'>): Promise<string> {
    const profile = readCertificateProfile(der);
    if (profile.role === 'ca') throw new KuvertError('CERT_UNSUITABLE', 'a CA certificate is not kept in the store');
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const base = path.join(this.#dir, profile.fingerprintSha256);
    const previous = await this.#note(profile.fingerprintSha256);
    try {
      await writeFile(`${base}.der`, der, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new KuvertError('INTERNAL', 'cannot write to the certificate store', { cause: error });
    }
    const merged: CertificateNote = { ...note, importedAt: previous.importedAt ?? this.#clock().toISOString() };
    await writeFile(`${base}.json.tmp`, JSON.stringify(merged), { mode: 0o600 });
    await rename(`${base}.json.tmp`, `${base}.json`);
    return profile.fingerprintSha256;
  }

  async #note(fingerprint: string): Promise<Partial<CertificateNote>> {
    try {
      return JSON.parse(await readFile(path.join(this.#dir, `${fingerprint}.json`), 'utf8')) as Partial<CertificateNote>;
    } catch {
      return {};
    }
  }

  async list(): Promise<StoredCertificate[]> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    const now = this.#clock();
    const entries = await Promise.all(names.filter((name) => /^[0-9a-f]{64}\.der$/u.test(name)).map(async (name) => {
      const fingerprint = name.slice(0, 64);
      const der = new Uint8Array(await readFile(path.join(this.#dir, name)));
      const note = await this.#note(fingerprint);
      const profile = readCertificateProfile(der);
      return { ...note, fingerprint, der, profile, source: note.source ?? 'unknown', importedAt: note.importedAt ?? '', expiry: expiryOf(profile, now) };
    }));
    return entries.sort((a, b) => (a.profile.email ?? '').localeCompare(b.profile.email ?? '') || a.profile.notAfter.localeCompare(b.profile.notAfter));
  }

  async findByEmail(email: string): Promise<StoredCertificate[]> {
    const wanted = email.toLowerCase();
    return (await this.list()).filter((entry) => entry.profile.email?.toLowerCase() === wanted);
  }

  async remove(fingerprint: string): Promise<void> {
    if (!/^[0-9a-f]{64}$/u.test(fingerprint)) throw new KuvertError('INVALID_ARGUMENT', 'a fingerprint is 64 lower-case hex digits');
    const base = path.join(this.#dir, fingerprint);
    const present = await readFile(`${base}.der`).then(() => true, () => false);
    if (!present) throw new KuvertError('NOT_FOUND', 'no such certificate in the store');
    await rm(`${base}.der`, { force: true });
    await rm(`${base}.json`, { force: true });
  }
}
