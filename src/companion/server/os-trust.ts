/**
 * Trusting the companion's local CA in the user's own certificate stores, without admin rights,
 * the way office-addin-dev-certs does for its dev CA: Linux — the user's NSS database
 * (~/.pki/nssdb, which Chromium/Chrome/Edge read) and each Firefox profile found; Windows — the
 * current user's Root store (`certutil -user -addstore Root`, Windows asks the user to confirm);
 * macOS — the login keychain (`security add-trusted-cert`). `untrust` undoes exactly that.
 */
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { KuvertError } from '../../core/errors.js';

const run = promisify(execFile);

export interface TrustOptions {
  readonly platform?: NodeJS.Platform;
  /** The user's home folder (default HOME/USERPROFILE). */
  readonly home: string;
}

export interface TrustReport {
  /** Each store changed, e.g. `NSS sql:/home/anna/.pki/nssdb`. */
  readonly stores: readonly string[];
}

/** A nickname unique to this CA, so two state directories never overwrite each other's entry. */
async function nicknameOf(caCertPath: string): Promise<{ nickname: string; sha1: string; serial: string }> {
  const pem = await readFile(caCertPath, 'utf8');
  const cert = new X509Certificate(pem);
  const sha256 = createHash('sha256').update(cert.raw).digest('hex');
  return { nickname: `Kuvert companion local CA ${sha256.slice(0, 8)}`, sha1: cert.fingerprint.replace(/:/gu, ''), serial: cert.serialNumber };
}

async function tool(command: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(command, [...args], { timeout: 60_000 });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      const hint = command === 'certutil' && process.platform === 'linux' ? ' (install libnss3-tools)' : '';
      throw new KuvertError('FILE_NOT_FOUND', `${command} is not installed${hint}`, { cause: error });
    }
    throw new KuvertError('INTERNAL', `${command} ${args[0] ?? ''} failed: ${(failure.stderr ?? failure.message).trim().slice(0, 300)}`, { cause: error });
  }
}

/** The NSS databases of this user: ~/.pki/nssdb (made when absent) and Firefox profiles that exist. */
async function nssDatabases(home: string, create: boolean): Promise<string[]> {
  const shared = path.join(home, '.pki', 'nssdb');
  const databases: string[] = [];
  const hasDb = async (dir: string): Promise<boolean> => (await stat(path.join(dir, 'cert9.db')).catch(() => undefined)) !== undefined;
  if (!(await hasDb(shared)) && create) {
    await mkdir(shared, { recursive: true, mode: 0o700 });
    await tool('certutil', ['-d', `sql:${shared}`, '-N', '--empty-password']);
  }
  if (await hasDb(shared)) databases.push(shared);
  const firefox = path.join(home, '.mozilla', 'firefox');
  for (const profile of await readdir(firefox).catch(() => [] as string[])) {
    if (await hasDb(path.join(firefox, profile))) databases.push(path.join(firefox, profile));
  }
  return databases;
}

export async function trustLocalCa(caCertPath: string, options: TrustOptions): Promise<TrustReport> {
  const platform = options.platform ?? process.platform;
  const { nickname } = await nicknameOf(caCertPath);
  if (platform === 'win32') {
    await tool('certutil', ['-user', '-addstore', 'Root', caCertPath]);
    return { stores: ['Windows CurrentUser\\Root'] };
  }
  if (platform === 'darwin') {
    const keychain = path.join(options.home, 'Library', 'Keychains', 'login.keychain-db');
    await tool('security', ['add-trusted-cert', '-r', 'trustRoot', '-k', keychain, caCertPath]);
    return { stores: [`macOS keychain ${keychain}`] };
  }
  const stores: string[] = [];
  for (const db of await nssDatabases(options.home, true)) {
    // C,, : a trusted CA for TLS servers only (not for e-mail or code signing).
    await tool('certutil', ['-d', `sql:${db}`, '-A', '-t', 'C,,', '-n', nickname, '-i', caCertPath]);
    stores.push(`NSS sql:${db}`);
  }
  return { stores };
}

export async function untrustLocalCa(caCertPath: string, options: TrustOptions): Promise<TrustReport> {
  const platform = options.platform ?? process.platform;
  const { nickname, sha1, serial } = await nicknameOf(caCertPath);
  if (platform === 'win32') {
    await tool('certutil', ['-user', '-delstore', 'Root', serial]);
    return { stores: ['Windows CurrentUser\\Root'] };
  }
  if (platform === 'darwin') {
    const keychain = path.join(options.home, 'Library', 'Keychains', 'login.keychain-db');
    await tool('security', ['remove-trusted-cert', caCertPath]).catch(() => '');
    await tool('security', ['delete-certificate', '-Z', sha1, keychain]);
    return { stores: [`macOS keychain ${keychain}`] };
  }
  const stores: string[] = [];
  for (const db of await nssDatabases(options.home, false)) {
    const listed = await tool('certutil', ['-d', `sql:${db}`, '-L']);
    if (!listed.includes(nickname)) continue;
    await tool('certutil', ['-d', `sql:${db}`, '-D', '-n', nickname]);
    stores.push(`NSS sql:${db}`);
  }
  return { stores };
}
