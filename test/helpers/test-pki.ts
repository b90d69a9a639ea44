/**
 * A throw-away PKI made with the `openssl` CLI: one RSA test CA and end-entity S/MIME certificates
 * (keyEncipherment for RSA, keyAgreement for EC, emailProtection EKU, SAN email), with keys as
 * PKCS#8 PEM and PKCS#12. Every test file makes its own in a fresh temp dir.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runToolOk } from './run-tool.js';

export type KeySpec = 'rsa2048' | 'rsa3072' | 'rsa4096' | 'p256' | 'p384';

export interface IdentityRequest {
  /** Unique within the PKI; also the local part of the e-mail address. */
  readonly label: string;
  readonly spec: KeySpec;
}

export interface TestIdentity {
  readonly label: string;
  readonly spec: KeySpec;
  readonly email: string;
  readonly certPem: string;
  readonly certDer: string;
  /** PKCS#8 PEM, unencrypted. */
  readonly keyPem: string;
  /** OpenSSL 3 default PKCS#12: PBES2/AES-256-CBC, HMAC-SHA-256. */
  readonly p12: string;
  /** PKCS#12 with PBE-SHA1-3DES and a SHA-1 MAC: the newest form gpgsm 2.2 can import. */
  readonly p12Compat: string;
}

export interface TestPki {
  readonly dir: string;
  readonly caCertPem: string;
  readonly p12Password: string;
  identity(label: string): TestIdentity;
  dispose(): Promise<void>;
}

export const P12_PASSWORD = 'Hemligt lösen 7';
export const EMAIL_DOMAIN = 'kuvert.test';

const keygenArgs: Record<KeySpec, string[]> = {
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  rsa3072: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072'],
  rsa4096: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:4096'],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-pkeyopt', 'ec_param_enc:named_curve'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-pkeyopt', 'ec_param_enc:named_curve'],
};

const extensionsFile = `
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[rsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment, digitalSignature
extendedKeyUsage = emailProtection
subjectAltName = email:copy
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ec]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyAgreement, digitalSignature
extendedKeyUsage = emailProtection
subjectAltName = email:copy
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

/** Makes the CA and the requested identities; key generation runs in parallel (RSA 4096 is slow). */
export async function createTestPki(requests: readonly IdentityRequest[]): Promise<TestPki> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-pki-'));
  const ext = path.join(dir, 'ext.cnf');
  await writeFile(ext, extensionsFile);
  const caKey = path.join(dir, 'ca.key');
  const caCertPem = path.join(dir, 'ca.pem');
  await runToolOk('openssl', ['genpkey', ...keygenArgs.rsa2048, '-out', caKey]);
  await runToolOk('openssl', [
    'req', '-x509', '-new', '-key', caKey, '-sha256', '-days', '30', '-subj', '/O=Kuvert test/CN=Kuvert Test CA',
    '-config', ext, '-extensions', 'ca', '-out', caCertPem,
  ]);
  const identities = new Map<string, TestIdentity>();
  let serial = 100;
  await Promise.all(
    requests.map(async (request) => {
      serial += 1;
      identities.set(request.label, await createIdentity(dir, ext, caKey, caCertPem, request, serial));
    }),
  );
  return {
    dir,
    caCertPem,
    p12Password: P12_PASSWORD,
    identity(label) {
      const found = identities.get(label);
      if (found === undefined) throw new Error(`no test identity "${label}"`);
      return found;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

async function createIdentity(
  dir: string,
  ext: string,
  caKey: string,
  caCertPem: string,
  { label, spec }: IdentityRequest,
  serial: number,
): Promise<TestIdentity> {
  const base = path.join(dir, label);
  const email = `${label}@${EMAIL_DOMAIN}`;
  const keyPem = `${base}.key.pem`;
  const csr = `${base}.csr`;
  const certPem = `${base}.cert.pem`;
  const certDer = `${base}.cert.der`;
  await runToolOk('openssl', ['genpkey', ...keygenArgs[spec], '-out', keyPem]);
  await runToolOk('openssl', ['req', '-new', '-key', keyPem, '-subj', `/O=Kuvert test/CN=Test ${label}/emailAddress=${email}`, '-out', csr]);
  await runToolOk('openssl', [
    'x509', '-req', '-in', csr, '-CA', caCertPem, '-CAkey', caKey, '-set_serial', String(serial), '-days', '30', '-sha256',
    '-extfile', ext, '-extensions', spec.startsWith('rsa') ? 'rsa' : 'ec', '-out', certPem,
  ]);
  await runToolOk('openssl', ['x509', '-in', certPem, '-outform', 'DER', '-out', certDer]);
  const p12 = `${base}.p12`;
  const p12Compat = `${base}.compat.p12`;
  const pass = { KUVERT_TEST_P12_PASS: P12_PASSWORD };
  const common = ['pkcs12', '-export', '-inkey', keyPem, '-in', certPem, '-certfile', caCertPem, '-name', label, '-passout', 'env:KUVERT_TEST_P12_PASS'];
  await runToolOk('openssl', [...common, '-out', p12], { env: pass });
  await runToolOk('openssl', [...common, '-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1', '-out', p12Compat], { env: pass });
  const header = (await readFile(keyPem, 'utf8')).split('\n')[0];
  if (header !== '-----BEGIN PRIVATE KEY-----') throw new Error(`${keyPem} is not PKCS#8 PEM: ${header}`);
  return { label, spec, email, certPem, certDer, keyPem, p12, p12Compat };
}
