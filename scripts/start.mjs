// `npm start`: builds Kuvert (core/CLI with tsc, the add-in with webpack), then serves the
// playground (emulated Outlook + the real task pane and on-send handler) and a fake Graph on
// 127.0.0.1, with a throw-away demo sender and recipient certificate made by openssl.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, ...path) => join(root, 'node_modules', pkg, ...path);
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });

// `npm start -- --no-build` serves what was built last time.
if (!process.argv.includes('--no-build')) {
  run([bin('typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')]);
  run([bin('webpack-cli', 'bin', 'cli.js'), '--config', join(root, 'webpack.config.js')]);
}
// The playground server is TypeScript: esbuild bundles it for Node (node: built-ins stay external).
const serverFile = join(root, 'dist', 'playground', 'server.mjs');
const esbuild = await import('esbuild');
await esbuild.build({ entryPoints: [join(root, 'src', 'playground', 'server.ts')], bundle: true, platform: 'node', format: 'esm', outfile: serverFile, logLevel: 'warning' });

/** A self-signed S/MIME certificate for the demo (never for real mail). */
function demoIdentity(dir, label) {
  const key = join(dir, `${label}.key.pem`);
  const cert = join(dir, `${label}.cert.pem`);
  if (!existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365', '-keyout', key, '-out', cert,
      '-subj', `/O=Kuvert demo/CN=Demo ${label}/emailAddress=${label}@kuvert.test`,
      '-addext', `subjectAltName=email:${label}@kuvert.test`, '-addext', 'keyUsage=critical,keyEncipherment,digitalSignature',
      '-addext', 'extendedKeyUsage=emailProtection'], { stdio: 'ignore' });
  }
  const der = execFileSync('openssl', ['x509', '-in', cert, '-outform', 'DER']);
  return { key, cert, der: new Uint8Array(der), email: `${label}@kuvert.test` };
}

const demoDir = join(root, '.kuvert-state', 'playground');
mkdirSync(demoDir, { recursive: true });
const me = demoIdentity(demoDir, 'me');
const anna = demoIdentity(demoDir, 'anna');

const { startPlayground } = await import(pathToFileURL(serverFile).href);
const playground = await startPlayground({
  addinDir: join(root, 'dist', 'addin'),
  port: Number(process.env.KUVERT_PLAYGROUND_PORT ?? 3000),
  user: { emailAddress: me.email, displayName: 'Demo me' },
  senderCertificate: me.der,
  storeCertificates: [anna.der],
});

// The companion, as a child process: a SoftHSM2 software token is its card when SoftHSM2 is
// installed (Debian: softhsm2), otherwise it runs without a card module (status and directory only).
const { spawn } = await import('node:child_process');
const softhsm = ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'].find((p) => existsSync(p));
const companionArgs = [join(root, 'dist', 'cli', 'main.js'), 'companion', '--allow-origin', new URL(playground.url).origin,
  '--state-dir', join(root, '.kuvert-state', 'companion'), ...(softhsm ? ['--pkcs11-module', softhsm] : [])];
const companion = spawn(process.execPath, companionArgs, { stdio: 'inherit', cwd: root });
const stop = () => { companion.kill('SIGTERM'); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`
Kuvert playground: ${playground.url}
  Fake Microsoft Graph: ${playground.graph.url} (GET ${playground.graph.url.replace(/\/v1\.0$/, '')}/sent lists what was sent)
  Demo recipient with a certificate: ${anna.email}; open what was sent with
    openssl cms -decrypt -in sent.eml -recip ${anna.cert} -inkey ${anna.key}
  Manifest for sideloading: dist/addin/manifest.xml (Block variant: dist/addin/manifest.block.xml)
  Companion: https://127.0.0.1:47111 (${softhsm ? `card module ${softhsm}` : 'no card module: install softhsm2 for a software token'})
  CLI: npm run -s kuvert -- --help
Press Ctrl+C to stop.`);
