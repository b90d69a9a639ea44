/**
 * The peer S/MIME implementations Kuvert must interoperate with: OpenSSL `cms`, NSS `cmsutil` and
 * GnuPG `gpgsm`, each driven through its CLI in a temp dir.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runTool, runToolOk } from './run-tool.js';
import type { TestIdentity, TestPki } from './test-pki.js';

export const OID = {
  envelopedData: '1.2.840.113549.1.7.3',
  authEnvelopedData: '1.2.840.113549.1.9.16.1.23',
  aes128cbc: '2.16.840.1.101.3.4.1.2',
  aes256cbc: '2.16.840.1.101.3.4.1.42',
  aes128gcm: '2.16.840.1.101.3.4.1.6',
  aes256gcm: '2.16.840.1.101.3.4.1.46',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaesOaep: '1.2.840.113549.1.1.7',
  sha256: '2.16.840.1.101.3.4.2.1',
  ecPublicKey: '1.2.840.10045.2.1',
} as const;

export const KUVERT_CIPHER_OID = {
  'aes256-cbc': OID.aes256cbc,
  'aes128-cbc': OID.aes128cbc,
  'aes256-gcm': OID.aes256gcm,
  'aes128-gcm': OID.aes128gcm,
} as const;
export type KuvertCipher = keyof typeof KUVERT_CIPHER_OID;

/** A scratch file path inside `dir` with a random name. */
export function scratchFile(dir: string, suffix: string): string {
  return path.join(dir, `${randomBytes(6).toString('hex')}${suffix}`);
}

// ---------- OpenSSL ----------

export type OpensslCipher = '-aes256' | '-aes128' | '-aes-256-gcm' | '-aes-128-gcm';

export interface OpensslRecipient {
  readonly identity: TestIdentity;
  /** RSA only: OAEP with this digest instead of PKCS#1 v1.5. */
  readonly oaepDigest?: 'sha1' | 'sha256';
  /** EC only: the ECDH KDF digest (OpenSSL's default is SHA-1). */
  readonly ecdhKdfDigest?: 'sha256' | 'sha384';
}

/** `openssl cms -encrypt` with S/MIME output, headers added the way a mail client would. */
export async function opensslEncrypt(
  dir: string,
  entity: Buffer,
  recipients: readonly OpensslRecipient[],
  cipher: OpensslCipher,
  headers: { From: string; To: string; Subject: string; Cc?: string; Date?: string; 'Message-ID'?: string },
): Promise<Buffer> {
  const input = scratchFile(dir, '.entity');
  await writeFile(input, entity);
  const args = ['cms', '-encrypt', '-binary', '-crlfeol', cipher, '-in', input, '-from', headers.From, '-to', headers.To, '-subject', headers.Subject];
  for (const r of recipients) {
    args.push('-recip', r.identity.certPem);
    if (r.oaepDigest !== undefined) args.push('-keyopt', 'rsa_padding_mode:oaep', '-keyopt', `rsa_oaep_md:${r.oaepDigest}`);
    if (r.ecdhKdfDigest !== undefined) args.push('-keyopt', `ecdh_kdf_md:${r.ecdhKdfDigest}`);
  }
  const smime = await runToolOk('openssl', args);
  const extra = (['Cc', 'Date', 'Message-ID'] as const)
    .map((name) => (headers[name] === undefined || headers[name] === '' ? '' : `${name}: ${headers[name]}\r\n`))
    .join('');
  return Buffer.concat([Buffer.from(extra, 'utf8'), smime]);
}

/** `openssl cms -decrypt` of an S/MIME message: returns the inner MIME entity. */
export async function opensslDecrypt(dir: string, message: Buffer, identity: TestIdentity): Promise<Buffer> {
  const input = scratchFile(dir, '.eml');
  await writeFile(input, message);
  return runToolOk('openssl', ['cms', '-decrypt', '-binary', '-in', input, '-inkey', identity.keyPem, '-recip', identity.certPem]);
}

/** Every OID in `openssl cms -cmsout -print` of the DER CMS: the algorithms a message really uses. */
export async function cmsOids(dir: string, der: Buffer): Promise<string[]> {
  const input = scratchFile(dir, '.der');
  await writeFile(input, der);
  const printed = (await runToolOk('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', input])).toString('utf8');
  return [...printed.matchAll(/\((\d+(?:\.\d+)+)\)/g)].map((m) => m[1]!);
}

// ---------- NSS ----------

/** An NSS database holding the test CA (trusted for e-mail) and the given identities' keys. */
export class NssDb {
  private constructor(
    readonly dir: string,
    private readonly db: string,
  ) {}

  static async create(pki: TestPki, identities: readonly TestIdentity[]): Promise<NssDb> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-nss-'));
    const db = `sql:${dir}`;
    await runToolOk('certutil', ['-N', '-d', db, '--empty-password']);
    await runToolOk('certutil', ['-A', '-d', db, '-n', 'Kuvert Test CA', '-t', 'CT,C,C', '-a', '-i', pki.caCertPem]);
    const pass = path.join(dir, 'p12.pass');
    await writeFile(pass, pki.p12Password);
    for (const identity of identities) await runToolOk('pk12util', ['-i', identity.p12, '-d', db, '-w', pass]);
    return new NssDb(dir, db);
  }

  /** `cmsutil -E`: DER EnvelopedData for the recipients' e-mail addresses. */
  async encrypt(entity: Buffer, recipients: readonly TestIdentity[]): Promise<Buffer> {
    const input = scratchFile(this.dir, '.entity');
    const output = scratchFile(this.dir, '.der');
    await writeFile(input, entity);
    await runToolOk('cmsutil', ['-E', '-d', this.db, '-r', recipients.map((r) => r.email).join(','), '-i', input, '-o', output]);
    return readFile(output);
  }

  /** `cmsutil -D` of DER CMS, with the keys in the database. */
  async decrypt(der: Buffer): Promise<Buffer> {
    const input = scratchFile(this.dir, '.der');
    await writeFile(input, der);
    const output = scratchFile(this.dir, '.out');
    await runToolOk('cmsutil', ['-D', '-d', this.db, '-i', input, '-o', output]);
    return readFile(output);
  }
}

// ---------- GnuPG gpgsm ----------

/** A gpgsm home with its own agent (loopback pinentry), the trusted test CA and the identities' keys. */
export class GpgsmHome {
  private constructor(
    readonly dir: string,
    private readonly password: string,
  ) {}

  static async create(pki: TestPki, identities: readonly TestIdentity[]): Promise<GpgsmHome> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-gpgsm-'));
    await writeFile(path.join(dir, 'gpg-agent.conf'), 'allow-loopback-pinentry\n');
    await writeFile(path.join(dir, 'gpgsm.conf'), 'disable-crl-checks\ndisable-policy-checks\n');
    const home = new GpgsmHome(dir, pki.p12Password);
    await home.gpgsm(['--import', pki.caCertPem]);
    const fingerprint = (await runToolOk('openssl', ['x509', '-in', pki.caCertPem, '-noout', '-fingerprint', '-sha1'])).toString('utf8');
    await writeFile(path.join(dir, 'trustlist.txt'), `${fingerprint.split('=')[1]!.trim()} S\n`);
    // gpgsm 2.2 cannot read OpenSSL 3's default PKCS#12 (PBES2); p12Compat uses PBE-SHA1-3DES.
    for (const identity of identities) await home.gpgsm(['--import', identity.p12Compat]);
    return home;
  }

  /** Runs gpgsm in this home; the passphrase goes through the loopback pinentry on stdin. */
  async gpgsm(args: readonly string[]): Promise<Buffer> {
    return runToolOk('gpgsm', ['--homedir', this.dir, '--batch', '--pinentry-mode', 'loopback', '--passphrase-fd', '0', ...args], {
      input: `${this.password}\n`,
    });
  }

  /** `gpgsm --encrypt`: DER EnvelopedData; `cipherAlgo` e.g. AES128, AES256. */
  async encrypt(entity: Buffer, recipients: readonly TestIdentity[], cipherAlgo?: string): Promise<Buffer> {
    const input = scratchFile(this.dir, '.entity');
    const output = scratchFile(this.dir, '.der');
    await writeFile(input, entity);
    const cipher = cipherAlgo === undefined ? [] : ['--cipher-algo', cipherAlgo];
    await this.gpgsm([...cipher, ...recipients.flatMap((r) => ['--recipient', r.email]), '--output', output, '--encrypt', input]);
    return readFile(output);
  }

  /** `gpgsm --decrypt` of base64 CMS as it stands in an S/MIME body (`--assume-base64`). */
  async decryptBase64(base64Text: string): Promise<Buffer> {
    const input = scratchFile(this.dir, '.b64');
    const output = scratchFile(this.dir, '.out');
    await writeFile(input, base64Text);
    await this.gpgsm(['--assume-base64', '--output', output, '--decrypt', input]);
    return readFile(output);
  }

  async dispose(): Promise<void> {
    await runTool('gpgconf', ['--homedir', this.dir, '--kill', 'all']);
  }
}
