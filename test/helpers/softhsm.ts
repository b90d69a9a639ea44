/**
 * Throw-away SoftHSM2 tokens for companion tests: a temp token directory with its own
 * SOFTHSM2_CONF, tokens made with softhsm2-util and keys/certificates imported with pkcs11-tool
 * (opensc). Missing tools fail the test with the Debian package to install; nothing is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { requireTools, runToolOk } from './run-tool.js';

export const USER_PIN = '246810';
export const SO_PIN = '13579135';

const KNOWN_LIBRARIES = ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so', '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so', '/usr/local/lib/softhsm/libsofthsm2.so'];

/** The SoftHSM2 PKCS#11 module: from `dpkg -L libsofthsm2`, else a known path. */
export function softhsmLibrary(): string {
  try {
    const listed = execFileSync('dpkg', ['-L', 'libsofthsm2'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n').find((line) => line.endsWith('/libsofthsm2.so') && existsSync(line));
    if (listed) return listed;
  } catch {
    // Not a Debian system, or the package is missing: try the known paths.
  }
  const known = KNOWN_LIBRARIES.find((candidate) => existsSync(candidate));
  if (!known) throw new Error('libsofthsm2.so not found: install the Debian packages softhsm2 and opensc (see .ci/run).');
  return known;
}

export interface ImportRequest {
  /** CKA_ID in hex. */
  readonly id: string;
  readonly label: string;
  /** PKCS#8 PEM private key file. */
  readonly keyPem: string;
  /** Certificate file (PEM); absent for a bare key. */
  readonly certPem?: string;
}

export interface SoftHsm {
  readonly library: string;
  readonly conf: string;
  /** Environment for child processes (kuvert CLI, companion) so they see the same tokens. */
  readonly env: Readonly<Record<string, string>>;
  createToken(label: string, pin?: string): Promise<void>;
  importIdentity(tokenLabel: string, request: ImportRequest, pin?: string): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Makes an empty SoftHSM2 store and points this process's SOFTHSM2_CONF at it (the module reads
 * it at C_Initialize), so call it before opening the module in-process.
 */
export async function createSoftHsm(): Promise<SoftHsm> {
  requireTools({ 'softhsm2-util': 'softhsm2', 'pkcs11-tool': 'opensc', openssl: 'openssl' });
  const library = softhsmLibrary();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-softhsm-'));
  const tokens = path.join(dir, 'tokens');
  await mkdir(tokens);
  const conf = path.join(dir, 'softhsm2.conf');
  await writeFile(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
  process.env['SOFTHSM2_CONF'] = conf;
  await setProcessEnvironment('SOFTHSM2_CONF', conf);
  const env = { SOFTHSM2_CONF: conf };
  const p11 = (tokenLabel: string, pin: string, args: string[]): Promise<Buffer> =>
    runToolOk('pkcs11-tool', ['--module', library, '--token-label', tokenLabel, '--login', '--pin', pin, ...args], { env });
  return {
    library,
    conf,
    env,
    async createToken(label, pin = USER_PIN) {
      await runToolOk('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', SO_PIN], { env });
    },
    async importIdentity(tokenLabel, request, pin = USER_PIN) {
      const keyDer = path.join(dir, `${request.id}-${request.label}.key.der`);
      await runToolOk('openssl', ['pkey', '-in', request.keyPem, '-outform', 'DER', '-out', keyDer]);
      await p11(tokenLabel, pin, ['--write-object', keyDer, '--type', 'privkey', '--id', request.id, '--label', request.label, '--usage-decrypt', '--usage-sign', '--usage-derive']);
      if (request.certPem !== undefined) {
        const certDer = path.join(dir, `${request.id}-${request.label}.cert.der`);
        await runToolOk('openssl', ['x509', '-in', request.certPem, '-outform', 'DER', '-out', certDer]);
        await p11(tokenLabel, pin, ['--write-object', certDer, '--type', 'cert', '--id', request.id, '--label', request.label]);
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Jest gives each test file a copy of process.env, so setting it does not reach getenv() in a
 * native module; a worker thread with SHARE_ENV writes the real environment of this process.
 */
function setProcessEnvironment(name: string, value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`process.env[${JSON.stringify(name)}] = ${JSON.stringify(value)};`, { eval: true, env: SHARE_ENV });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
}
