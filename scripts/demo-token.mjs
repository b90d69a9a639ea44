// A demo smart card for `npm start`: a SoftHSM2 token "Kuvert demo" in the given state folder,
// holding a SITHS-like pair (a signature certificate with nonRepudiation and an encryption
// certificate with keyEncipherment, separate RSA keys, CKA_ID 01 and 02) issued by a demo CA.
// Idempotent: a second call finds the token and returns it unchanged. Nothing here is for real
// mail: the PIN is printed, and the CA is a throw-away one made with openssl on this machine.
//
//   import { ensureDemoToken } from './demo-token.mjs';
//   const demo = ensureDemoToken({ stateDir });   // undefined when SoftHSM2 is not installed
//   // demo.module → --pkcs11-module; demo.softhsm2Conf → SOFTHSM2_CONF for a child process
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_TOKEN_LABEL = 'Kuvert demo';
export const DEMO_PIN = '123456';
const DEMO_SO_PIN = '87654321';
const KNOWN_LIBRARIES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
  '/opt/homebrew/lib/softhsm/libsofthsm2.so',
  '/usr/local/opt/softhsm/lib/softhsm/libsofthsm2.so',
];

function hasTool(name) {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // softhsm2-util and pkcs11-tool exit non-zero on --version in some builds; only ENOENT means absent.
    return error.code !== 'ENOENT';
  }
}

function softhsmLibrary() {
  try {
    const listed = execFileSync('dpkg', ['-L', 'libsofthsm2'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n').find((line) => line.endsWith('/libsofthsm2.so') && existsSync(line));
    if (listed) return listed;
  } catch {
    // Not Debian, or the package is missing: the known paths below.
  }
  return KNOWN_LIBRARIES.find((candidate) => existsSync(candidate));
}

const PERSON = '/C=SE/O=Kuvert demo/serialNumber=SE5565594230-DEMO1/GN=Demo/SN=Användare/CN=Demo Användare';
const EXTENSIONS = {
  ca: 'basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash',
  // SITHS e-id: the signature ("underskrift") certificate has nonRepudiation only.
  signature: 'basicConstraints = critical, CA:FALSE\nkeyUsage = critical, nonRepudiation\nextendedKeyUsage = emailProtection\nsubjectAltName = email:demo@kuvert.test\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid',
  encryption: 'basicConstraints = critical, CA:FALSE\nkeyUsage = critical, keyEncipherment, dataEncipherment\nextendedKeyUsage = emailProtection\nsubjectAltName = email:demo@kuvert.test\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid',
};

function openssl(args, cwd) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The demo CA and the two person certificates, as PEM files in `dir`. */
function makeDemoPki(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const [name, ext] of Object.entries(EXTENSIONS)) writeFileSync(join(dir, `${name}.ext`), `[v3]\n${ext}\n[req]\ndistinguished_name = dn\n[dn]\n`);
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'ca.key'], dir);
  openssl(['req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '3650', '-utf8', '-subj', '/C=SE/O=Kuvert demo/CN=Kuvert demo CA (not for real mail)', '-config', 'ca.ext', '-extensions', 'v3', '-out', 'ca.pem'], dir);
  let serial = 0x4b55;
  for (const name of ['signature', 'encryption']) {
    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', `${name}.key`], dir);
    openssl(['req', '-new', '-key', `${name}.key`, '-utf8', '-subj', PERSON, '-out', `${name}.csr`], dir);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', `0x${(serial++).toString(16)}`, '-days', '730', '-sha256', '-extfile', `${name}.ext`, '-extensions', 'v3', '-out', `${name}.pem`], dir);
    openssl(['pkey', '-in', `${name}.key`, '-outform', 'DER', '-out', `${name}.key.der`], dir);
    openssl(['x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`], dir);
  }
}

function tokenPresent(env) {
  try {
    const slots = execFileSync('softhsm2-util', ['--show-slots'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return slots.split('\n').some((line) => /^\s*Label:\s*/u.test(line) && line.replace(/^\s*Label:\s*/u, '').trim() === DEMO_TOKEN_LABEL);
  } catch {
    return false;
  }
}

/**
 * Makes (once) and returns the demo token in `stateDir`. Sets SOFTHSM2_CONF in this process so a
 * PKCS#11 module loaded here sees it; a child process needs `softhsm2Conf` in its environment.
 * Returns undefined, after saying why on stderr, when SoftHSM2 or OpenSC is not installed.
 */
export function ensureDemoToken({ stateDir, log = (line) => console.error(line) }) {
  const module = softhsmLibrary();
  if (!module || !hasTool('softhsm2-util') || !hasTool('pkcs11-tool') || !hasTool('openssl')) {
    log('Demo card: SoftHSM2 is not installed (Debian: apt install softhsm2 opensc), so the companion runs without a card.');
    return undefined;
  }
  const base = join(stateDir, 'demo-token');
  const tokens = join(base, 'tokens');
  const pki = join(base, 'pki');
  const conf = join(base, 'softhsm2.conf');
  const env = { ...process.env, SOFTHSM2_CONF: conf };
  const result = {
    module,
    tokenLabel: DEMO_TOKEN_LABEL,
    pin: DEMO_PIN,
    softhsm2Conf: conf,
    certificates: { signature: join(pki, 'signature.pem'), encryption: join(pki, 'encryption.pem') },
    caCertificate: join(pki, 'ca.pem'),
  };
  const ready = existsSync(conf) && existsSync(result.certificates.encryption) && existsSync(join(base, 'ready')) && tokenPresent(env);
  if (!ready) {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(tokens, { recursive: true, mode: 0o700 });
    writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`, { mode: 0o600 });
    makeDemoPki(pki);
    execFileSync('softhsm2-util', ['--init-token', '--free', '--label', DEMO_TOKEN_LABEL, '--pin', DEMO_PIN, '--so-pin', DEMO_SO_PIN], { env, stdio: 'ignore' });
    const p11 = (args) => execFileSync('pkcs11-tool', ['--module', module, '--token-label', DEMO_TOKEN_LABEL, '--login', '--pin', DEMO_PIN, ...args], { env, stdio: 'ignore' });
    for (const [name, id] of [['signature', '01'], ['encryption', '02']]) {
      const usage = name === 'signature' ? ['--usage-sign'] : ['--usage-decrypt'];
      const label = `Demo Användare ${name === 'signature' ? 'underskrift' : 'kryptering'}`;
      p11(['--write-object', join(pki, `${name}.key.der`), '--type', 'privkey', '--id', id, '--label', label, ...usage]);
      p11(['--write-object', join(pki, `${name}.der`), '--type', 'cert', '--id', id, '--label', label]);
      rmSync(join(pki, `${name}.key.der`));
    }
    writeFileSync(join(base, 'ready'), `${new Date().toISOString()}\n`);
    log(`Demo card: made the SoftHSM2 token "${DEMO_TOKEN_LABEL}" in ${base} (demo CA ${result.caCertificate}).`);
  }
  process.env.SOFTHSM2_CONF = conf;
  log(`Demo card: token "${DEMO_TOKEN_LABEL}", PIN ${DEMO_PIN} (a demo: never use this token for real mail).`);
  return result;
}

// `node scripts/demo-token.mjs [STATE_DIR]` makes the token by hand and prints what it made.
if (/(?:^|[\\/])demo-token\.mjs$/u.test(process.argv[1] ?? '')) {
  const stateDir = process.argv[2] ?? join(process.cwd(), '.kuvert-state', 'companion');
  const made = ensureDemoToken({ stateDir });
  if (made) console.log(JSON.stringify(made, null, 2));
  process.exit(made ? 0 : 1);
}
