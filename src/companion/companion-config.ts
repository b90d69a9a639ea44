/**
 * The companion's settings: a JSON config file, then command-line flags on top. Unknown keys are
 * refused; there is no default add-in origin (the companion serves no one until told whom).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KuvertError } from '../core/errors.js';
import { parsePolicy, type Policy, type RevocationMode, type StorageDestination } from '../core/policy/index.js';
import { readCertificates } from '../core/pki/index.js';
import { array, boolean, integer, literal, object, optional, string } from '../protocol/schema.js';
import { storeFormat } from '../protocol/index.js';

export interface CompanionConfig {
  readonly port: number;
  readonly allowedOrigins: readonly string[];
  readonly pkcs11Modules: readonly string[];
  readonly stateDir: string;
  readonly pairingTokenFile?: string;
  readonly sessionIdleSeconds: number;
  /** Policy: log the card out after each operation (default false: after the idle time). */
  readonly logoutAfterOperation: boolean;
  /**
   * Approved storage: from the policy's storage.destinations when the policy has them; the
   * config file's `destinations` only as a fallback (tests, a single machine without a policy).
   */
  readonly destinations: readonly StorageDestination[];
  readonly directories: readonly { readonly url: string; readonly base: string; readonly filter?: string; readonly timeoutMs?: number }[];
  /** The organisation policy (validated by core/policy), as text for GET /v1/policy and parsed. */
  readonly policy?: { readonly text: string; readonly source: string; readonly parsed: Policy };
  /** Trust anchors (DER) for validating and harvesting certificates. */
  readonly trustAnchors: readonly Uint8Array[];
  readonly revocation: RevocationMode;
  /** False: no OCSP, CRL or AIA download (offline). */
  readonly online: boolean;
}

export const DEFAULT_PORT = 47_111;
export const DEFAULT_SESSION_IDLE_SECONDS = 120;

// https origins, or plain http on the loopback host itself (browsers treat that as a secure
// context; the playground and local development use it). Always an explicit allow-list entry.
const origin = string({ maxLength: 256, pattern: /^(?:https:\/\/[a-z0-9.-]+|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\]))(?::\d{1,5})?$/u });
const configFile = object({
  port: optional(integer(0, 65_535)),
  allowedOrigins: optional(array(origin, 64)),
  pkcs11Modules: optional(array(string({ maxLength: 1024 }), 16)),
  stateDir: optional(string({ maxLength: 1024 })),
  pairingTokenFile: optional(string({ maxLength: 1024 })),
  sessionIdleSeconds: optional(integer(5, 3600)),
  destinations: optional(array(object({ name: string({ maxLength: 128 }), path: string({ maxLength: 1024 }), formats: optional(array(storeFormat, 3)) }), 64)),
  policy: optional(string({ maxLength: 1024 })),
  trustAnchors: optional(array(string({ maxLength: 1024 }), 64)),
  revocation: optional(literal('off', 'soft-fail', 'hard-fail')),
  online: optional(boolean()),
  directories: optional(array(object({
    url: string({ maxLength: 1024, pattern: /^ldaps?:\/\/[^\s]+$/u }), base: string({ maxLength: 1024 }),
    filter: optional(string({ maxLength: 1024 })), timeoutMs: optional(integer(100, 60_000)),
  }), 16)),
});

export interface CompanionFlags {
  readonly config?: string | undefined;
  readonly port?: string | undefined;
  readonly 'allow-origin'?: readonly string[] | undefined;
  readonly 'pkcs11-module'?: readonly string[] | undefined;
  readonly 'state-dir'?: string | undefined;
  readonly 'pairing-token-file'?: string | undefined;
  readonly policy?: string | undefined;
  readonly trust?: readonly string[] | undefined;
  readonly offline?: boolean | undefined;
}

const CERTIFICATE_FILE = /\.(?:cer|crt|pem|der)$/iu;

/** Trust anchors from files and folders (every .cer/.crt/.pem/.der in a folder, as ../shared/trust). */
export async function loadTrustAnchors(paths: readonly string[]): Promise<Uint8Array[]> {
  const anchors: Uint8Array[] = [];
  for (const item of paths) {
    const info = await stat(item).catch((error: unknown) => {
      throw new KuvertError('FILE_NOT_FOUND', `cannot read the trust anchors at ${item}`, { cause: error });
    });
    const files = info.isDirectory() ? (await readdir(item)).filter((name) => CERTIFICATE_FILE.test(name)).sort().map((name) => path.join(item, name)) : [item];
    for (const file of files) {
      try {
        anchors.push(...readCertificates(new Uint8Array(await readFile(file))));
      } catch (error) {
        throw new KuvertError('MALFORMED_CERTIFICATE', `${file} is not a certificate (PEM or DER)`, { cause: error });
      }
    }
  }
  return anchors;
}

/** The organisation policy file, checked by core/policy; a problem names the file and the field. */
export async function loadPolicyFile(file: string): Promise<{ text: string; source: string; parsed: Policy }> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new KuvertError('FILE_NOT_FOUND', `cannot read the policy file ${file}`, { cause: error });
  });
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new KuvertError('POLICY_INVALID', `${file}: not JSON (${error instanceof Error ? error.message : 'parse error'})`, { cause: error });
  }
  try {
    return { text, source: file, parsed: parsePolicy(json) };
  } catch (error) {
    throw new KuvertError('POLICY_INVALID', `${file}: ${error instanceof Error ? error.message : 'invalid'}`, { cause: error });
  }
}

export function defaultStateDir(env: Readonly<Record<string, string | undefined>>): string {
  if (process.platform === 'win32' && env['APPDATA']) return path.join(env['APPDATA'], 'Kuvert', 'companion');
  return path.join(env['XDG_STATE_HOME'] ?? path.join(os.homedir(), '.local', 'state'), 'kuvert', 'companion');
}

export async function resolveCompanionConfig(flags: CompanionFlags, cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<CompanionConfig> {
  let file: ReturnType<typeof configFile.parse> = {};
  if (flags.config !== undefined) {
    const text = await readFile(path.resolve(cwd, flags.config), 'utf8').catch((error: unknown) => {
      throw new KuvertError('FILE_NOT_FOUND', `cannot read the config file ${flags.config}`, { cause: error });
    });
    try {
      file = configFile.parse(JSON.parse(text) as unknown, 'config');
    } catch (error) {
      throw new KuvertError('INVALID_ARGUMENT', `${flags.config}: ${error instanceof Error ? error.message : 'not JSON'}`, { cause: error });
    }
  }
  const port = flags.port === undefined ? file.port ?? DEFAULT_PORT : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new KuvertError('USAGE', '--port must be a port number');
  const allowedOrigins = flags['allow-origin']?.length ? [...flags['allow-origin']] : [...(file.allowedOrigins ?? [])];
  for (const value of allowedOrigins) {
    try {
      origin.parse(value, '--allow-origin');
    } catch {
      throw new KuvertError('USAGE', `--allow-origin ${value}: an https origin (scheme, host, optional port), or http on 127.0.0.1/localhost, is expected`);
    }
  }
  if (allowedOrigins.length === 0) throw new KuvertError('USAGE', 'no add-in origin is allowed: give --allow-origin ORIGIN (or allowedOrigins in the config)');
  const resolvePath = (value: string): string => path.resolve(cwd, value);
  const pairingTokenFile = flags['pairing-token-file'] ?? file.pairingTokenFile;
  const policyFile = flags.policy ?? file.policy;
  const policy = policyFile === undefined ? undefined : await loadPolicyFile(resolvePath(policyFile));
  const fromPolicy = policy?.parsed.storage?.destinations;
  return {
    port,
    allowedOrigins,
    pkcs11Modules: flags['pkcs11-module']?.length ? [...flags['pkcs11-module']] : [...(file.pkcs11Modules ?? [])],
    stateDir: resolvePath(flags['state-dir'] ?? file.stateDir ?? defaultStateDir(env)),
    ...(pairingTokenFile !== undefined ? { pairingTokenFile: resolvePath(pairingTokenFile) } : {}),
    sessionIdleSeconds: policy?.parsed.cardSession?.idleSeconds ?? file.sessionIdleSeconds ?? DEFAULT_SESSION_IDLE_SECONDS,
    logoutAfterOperation: policy?.parsed.cardSession?.logoutAfterOperation ?? false,
    // Policy paths are absolute by schema (and may be Windows shares): used as written.
    destinations: fromPolicy ?? (file.destinations ?? []).map((destination) => ({
      name: destination.name, path: resolvePath(destination.path), ...(destination.formats ? { formats: [...destination.formats] } : {}),
    })),
    directories: file.directories ?? [],
    ...(policy ? { policy } : {}),
    trustAnchors: await loadTrustAnchors((flags.trust?.length ? flags.trust : file.trustAnchors ?? []).map(resolvePath)),
    revocation: policy?.parsed.revocation?.mode ?? file.revocation ?? 'soft-fail',
    online: flags.offline === true ? false : file.online ?? true,
  };
}
