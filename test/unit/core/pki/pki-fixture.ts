/**
 * Throw-away PKIs for the pki tests, made with the `openssl` CLI: CAs, SITHS-shaped end entities
 * (HSA-id or personnummer in subject serialNumber, organisation, policies, key usage pairs), CRLs via
 * `openssl ca -gencrl` and an index file for `openssl ocsp`. Each test file makes its own temp dir.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runToolOk } from '../../../helpers/run-tool.js';

export type KeySpec = 'rsa2048' | 'p256';

export interface Issued {
  readonly label: string;
  readonly certPath: string;
  readonly keyPath: string;
  readonly der: Uint8Array;
  readonly serialHex: string;
  readonly subject: string;
}

export interface Revoked {
  readonly cert: Issued;
  readonly reason?: string;
  /** openssl time, e.g. 20240102030405Z; default now. */
  readonly at?: string;
}

const keygen: Record<KeySpec, string[]> = {
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
};

export const CA_EXT = 'basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid';

/** SITHS e-id Person policy arc used in tests (not a real policy OID). */
export const TEST_POLICY = '1.2.752.129.2.1.2.99.1';

function opensslTime(date: Date): string {
  return `${date.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`;
}

export class PkiFixture {
  private serial = 0x1000;
  private constructor(readonly dir: string) {}

  static async create(): Promise<PkiFixture> {
    return new PkiFixture(await mkdtemp(path.join(os.tmpdir(), 'kuvert-pki-test-')));
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }

  private async key(label: string, spec: KeySpec): Promise<string> {
    const keyPath = path.join(this.dir, `${label}.key`);
    await runToolOk('openssl', ['genpkey', ...keygen[spec], '-out', keyPath]);
    return keyPath;
  }

  private async finish(label: string, certPath: string, keyPath: string, subject: string): Promise<Issued> {
    const der = await runToolOk('openssl', ['x509', '-in', certPath, '-outform', 'DER']);
    const serialLine = (await runToolOk('openssl', ['x509', '-in', certPath, '-noout', '-serial'])).toString().trim();
    return { label, certPath, keyPath, der: new Uint8Array(der), serialHex: serialLine.split('=')[1]!.toLowerCase(), subject };
  }

  async root(label: string, subject: string, ext = CA_EXT, spec: KeySpec = 'rsa2048'): Promise<Issued> {
    const keyPath = await this.key(label, spec);
    const certPath = path.join(this.dir, `${label}.pem`);
    const extPath = path.join(this.dir, `${label}.ext`);
    await writeFile(extPath, `[req]\ndistinguished_name = dn\n[dn]\n[v3]\n${ext.replace('authorityKeyIdentifier = keyid', '')}\n`);
    await runToolOk('openssl', ['req', '-x509', '-new', '-key', keyPath, '-sha256', '-days', '3650', '-subj', subject, '-config', extPath, '-extensions', 'v3', '-utf8', '-out', certPath]);
    return this.finish(label, certPath, keyPath, subject);
  }

  async issue(label: string, issuer: Issued, subject: string, ext: string, options: { spec?: KeySpec; days?: number } = {}): Promise<Issued> {
    const keyPath = await this.key(label, options.spec ?? 'rsa2048');
    const csr = path.join(this.dir, `${label}.csr`);
    const certPath = path.join(this.dir, `${label}.pem`);
    const extPath = path.join(this.dir, `${label}.ext`);
    await writeFile(extPath, `[v3]\n${ext}\n`);
    await runToolOk('openssl', ['req', '-new', '-key', keyPath, '-subj', subject, '-utf8', '-out', csr]);
    this.serial += 1;
    await runToolOk('openssl', [
      'x509', '-req', '-in', csr, '-CA', issuer.certPath, '-CAkey', issuer.keyPath, '-set_serial', `0x${this.serial.toString(16)}`,
      '-days', String(options.days ?? 365), '-sha256', '-extfile', extPath, '-extensions', 'v3', '-out', certPath,
    ]);
    return this.finish(label, certPath, keyPath, subject);
  }

  /** An `openssl ca` index file: V (valid) for `valid`, R for `revoked`. */
  async indexFile(label: string, valid: readonly Issued[], revoked: readonly Revoked[]): Promise<string> {
    const expiry = opensslTime(new Date(Date.now() + 365 * 86400_000));
    const now = opensslTime(new Date(Date.now() - 60_000));
    const lines = [
      ...valid.map((c) => `V\t${expiry}\t\t${c.serialHex.toUpperCase()}\tunknown\t${c.subject}`),
      ...revoked.map((r) => `R\t${expiry}\t${r.at ?? now}${r.reason ? `,${r.reason}` : ''}\t${r.cert.serialHex.toUpperCase()}\tunknown\t${r.cert.subject}`),
    ];
    const indexPath = path.join(this.dir, `${label}.index.txt`);
    await writeFile(indexPath, lines.length ? `${lines.join('\n')}\n` : '');
    await writeFile(`${indexPath}.attr`, 'unique_subject = no\n');
    return indexPath;
  }

  /** A CRL signed by `issuer` listing `revoked`; `hours` until nextUpdate. */
  async crl(label: string, issuer: Issued, revoked: readonly Revoked[], hours = 24): Promise<Uint8Array> {
    const index = await this.indexFile(label, [], revoked);
    const config = path.join(this.dir, `${label}.ca.cnf`);
    await writeFile(config, `[ca]\ndefault_ca = d\n[d]\ndatabase = ${index}\ndefault_md = sha256\ncrlnumber = ${path.join(this.dir, `${label}.crlnumber`)}\n[crl_ext]\nauthorityKeyIdentifier = keyid\n`);
    await writeFile(path.join(this.dir, `${label}.crlnumber`), '01\n');
    const out = path.join(this.dir, `${label}.crl.pem`);
    await runToolOk('openssl', ['ca', '-gencrl', '-config', config, '-keyfile', issuer.keyPath, '-cert', issuer.certPath, '-crlhours', String(hours), '-crlexts', 'crl_ext', '-out', out]);
    return new Uint8Array(await runToolOk('openssl', ['crl', '-in', out, '-outform', 'DER']));
  }

  async read(file: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(file));
  }
}

/** A SITHS-shaped person certificate pair profile (see FACTS.md: separate signature and authentication certificates). */
export function sithsPersonExt(usage: 'signature' | 'authentication' | 'auth-and-encryption' | 'encryption', extra = ''): string {
  const keyUsage = {
    signature: 'nonRepudiation',
    authentication: 'digitalSignature',
    'auth-and-encryption': 'digitalSignature, keyEncipherment',
    encryption: 'keyEncipherment',
  }[usage];
  return `basicConstraints = critical, CA:FALSE\nkeyUsage = critical, ${keyUsage}\ncertificatePolicies = ${TEST_POLICY}\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n${extra}`;
}
