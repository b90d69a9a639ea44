/**
 * Loads a software signing key for `kuvert sign` and `kuvert encrypt --sign-key`: the key file
 * (PEM or PKCS#12), the signer certificate and any chain certificates from --cert files.
 */
import { KuvertError } from '../core/errors.js';
import { loadSoftwareKeys, type KeyProvider } from '../core/keys/index.js';
import { readCertificateDers as readCertificates } from '../core/cms/certificate-fields.js';
import type { CryptoEngine } from '../core/crypto-engine.js';
import type { CliIo } from './command.js';
import { readInputFile } from './files.js';

export interface SigningKey {
  readonly signer: KeyProvider;
  /** Other certificates from the --cert files and the key file (intermediates; roots are dropped later). */
  readonly chain: Uint8Array[];
}

export function passwordFrom(variable: string | undefined, io: CliIo): string | undefined {
  if (variable === undefined) return undefined;
  const password = io.env[variable];
  if (password === undefined) throw new KuvertError('USAGE', `environment variable ${variable} is not set`);
  return password;
}

export async function loadSigningKey(keyPath: string, certPaths: readonly string[], passwordVariable: string | undefined, io: CliIo, crypto: CryptoEngine): Promise<SigningKey> {
  const certificates = (await Promise.all(certPaths.map(async (path) => readCertificates(await readInputFile(path, io, 'certificate'))))).flat();
  const password = passwordFrom(passwordVariable, io);
  const keyData = await readInputFile(keyPath, io, 'key');
  const keys = await loadSoftwareKeys({ data: keyData, certificates, ...(password !== undefined ? { password } : {}) }, crypto);
  const signer = keys.find((key) => key.certificate !== undefined);
  if (!signer) throw new KuvertError('SIGNER_CERT_MISSING', 'no certificate matches the signing key; give it with --cert');
  const chain = certificates.filter((der) => !sameBytes(der, signer.certificate!));
  return { signer, chain };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export interface SigningKeys {
  /** One key provider per --key, in order, each with its certificate. */
  readonly signers: KeyProvider[];
  /** The other certificates (intermediates; roots are dropped later). */
  readonly chain: Uint8Array[];
}

/** Several signers (`kuvert sign --key A --key B`): each key finds its certificate among all --cert files. */
export async function loadSigningKeys(keyPaths: readonly string[], certPaths: readonly string[], passwordVariable: string | undefined, io: CliIo, crypto: CryptoEngine): Promise<SigningKeys> {
  const loaded = [];
  for (const keyPath of keyPaths) loaded.push(await loadSigningKey(keyPath, certPaths, passwordVariable, io, crypto));
  const signers = loaded.map((key) => key.signer);
  const chain: Uint8Array[] = [];
  for (const der of loaded.flatMap((key) => key.chain)) {
    if (signers.some((signer) => sameBytes(signer.certificate!, der)) || chain.some((c) => sameBytes(c, der))) continue;
    chain.push(der);
  }
  return { signers, chain };
}
