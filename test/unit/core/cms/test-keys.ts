/** Test identities made with the openssl CLI in a temporary directory (shared by cms/keys/interop tests). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestIdentity {
  readonly name: string;
  readonly dir: string;
  readonly certPath: string;
  readonly keyPath: string;
  readonly certDer: Uint8Array;
  readonly keyPem: Uint8Array;
}

export function makeTempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kuvert-cms-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openssl(args: readonly string[], input?: Uint8Array): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** `spec` is 'rsa:2048' or 'ec:P-256'. Adds a subjectKeyIdentifier (openssl req does by default). */
export function makeIdentity(dir: string, name: string, spec: string): TestIdentity {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.crt`);
  const [type, param] = spec.split(':') as [string, string];
  const keyArgs = type === 'rsa' ? ['-newkey', `rsa:${param}`] : ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${param}`];
  openssl(['req', '-x509', ...keyArgs, '-nodes', '-keyout', keyPath, '-out', certPath, '-subj', `/C=SE/O=Kuvert test/CN=${name}`, '-days', '2']);
  const certDer = new Uint8Array(openssl(['x509', '-in', certPath, '-outform', 'DER']));
  return { name, dir, certPath, keyPath, certDer, keyPem: new Uint8Array(readFileSync(keyPath)) };
}

export function concatChunks(chunks: Iterable<Uint8Array>): Uint8Array {
  return new Uint8Array(Buffer.concat([...chunks]));
}
