// `npm start`: builds Kuvert (core/CLI with tsc, the add-in with webpack), then serves
//  - the add-in over HTTPS at the origin manifest.xml names (https://localhost:3000), with a
//    localhost certificate from office-addin-dev-certs (generated locally, nothing downloaded);
//  - the playground (emulated Outlook + the real task pane and on-send handler) and a fake Graph on
//    127.0.0.1, with a throw-away demo sender and recipient certificate made by openssl;
//  - the companion (SoftHSM2 as its card when installed).
// `npm run start:desktop` (this script with --desktop) sideloads the manifest into desktop Outlook
// with office-addin-debugging, where Outlook exists (Windows, macOS).
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ADDIN_PORT = 3000; // the origin in manifest.xml: https://localhost:3000

if (process.argv.includes('--desktop')) {
  // office-addin-debugging is not a dependency: its install pulls packages that download native
  // binaries at install time (keytar's prebuild-install, msal-node-extensions), which Kuvert's
  // install must not do. npx fetches it when a developer asks for desktop sideloading.
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    console.error(`npm run start:desktop sideloads Kuvert into desktop Outlook, which needs Outlook on Windows or macOS.
On ${process.platform}, use \`npm start\` (the playground), or sideload dist/addin/manifest.xml into Outlook on the web
(Get Add-ins → My add-ins → Add a custom add-in → Add from file).`);
    process.exit(1);
  }
  const manifest = join(root, 'dist', 'addin', 'manifest.xml');
  if (!existsSync(manifest)) execFileSync(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', join(root, 'webpack.config.js')], { stdio: 'inherit', cwd: root });
  console.log('Start `npm start` in another terminal first: it serves the add-in at https://localhost:3000.');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['--yes', 'office-addin-debugging@7', 'start', manifest, 'desktop', '--app', 'outlook', '--no-debug'], { stdio: 'inherit', cwd: root });
  process.exit(result.status ?? 1);
}
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

/** A self-signed S/MIME certificate for the demo (never for real mail); `extra` adds -addext values. */
function demoIdentity(dir, label, extra = []) {
  const key = join(dir, `${label}.key.pem`);
  const cert = join(dir, `${label}.cert.pem`);
  if (!existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365', '-keyout', key, '-out', cert,
      '-subj', `/O=Kuvert demo/CN=Demo ${label}/emailAddress=${label}@kuvert.test`,
      '-addext', `subjectAltName=email:${label}@kuvert.test`, '-addext', 'keyUsage=critical,keyEncipherment,digitalSignature',
      '-addext', 'extendedKeyUsage=emailProtection', ...extra.flatMap((value) => ['-addext', value])], { stdio: 'ignore' });
  }
  const der = execFileSync('openssl', ['x509', '-in', cert, '-outform', 'DER']);
  return { key, cert, der: new Uint8Array(der), email: `${label}@kuvert.test` };
}

const demoDir = join(root, '.kuvert-state', 'playground');
mkdirSync(demoDir, { recursive: true });
const me = demoIdentity(demoDir, 'me');
const anna = demoIdentity(demoDir, 'anna');
// The demo registrar (diarium): the read pane forwards to it, encrypted to this certificate (pinned in the demo policy).
// Not a CA (openssl req -x509 marks one by default), so the pane accepts it for encryption.
const registrar = demoIdentity(demoDir, 'registrator', ['basicConstraints=critical,CA:FALSE']);
/** The demo SharePoint library in the fake Graph: a drive id and the folder the policy names. */
const DEMO_DRIVE = 'b!kuvert-demo-library';
const DEMO_DRIVE_FOLDER = 'Diarium/Inkommande';

/**
 * The localhost certificate from office-addin-dev-certs, in its usual folder
 * (~/.office-addin-dev-certs) so its own `install` command trusts the same CA. Only the generator
 * is used: it makes the CA and certificate locally (mkcert, node-forge) and sends no usage data.
 */
async function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const ca = join(dir, 'ca.crt');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  const expired = () => {
    try {
      return new Date(new X509Certificate(readFileSync(cert)).validTo).getTime() < Date.now() + 86_400_000;
    } catch {
      return true;
    }
  };
  if (existsSync(ca) && expired()) for (const file of [ca, cert, key]) rmSync(file, { force: true });
  if (!existsSync(ca)) {
    const { generateCertificates } = createRequire(import.meta.url)('office-addin-dev-certs/lib/generate.js');
    await generateCertificates(ca, cert, key, 30, ['localhost', '127.0.0.1']);
  }
  return { ca, key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

const { startPlayground, startAddinServer } = await import(pathToFileURL(serverFile).href);
const certificate = await devCertificate();
const addin = await startAddinServer({ addinDir: join(root, 'dist', 'addin'), port: ADDIN_PORT, key: certificate.key, cert: certificate.cert }).catch((error) => {
  console.error(`Cannot serve the add-in on https://localhost:${ADDIN_PORT} (${error.code ?? error.message}); is another npm start running?`);
  process.exit(1);
});
const { ensureDemoToken } = await import('./demo-token.mjs');
const demo = ensureDemoToken({ stateDir: join(root, '.kuvert-state', 'demo-card') });

/**
 * For the playground's read mode: a message from Anna, signed by her and encrypted to the demo
 * card's encryption certificate, made with Kuvert's own CLI (the card decrypts it after the PIN).
 */
function demoReadMessage() {
  if (!demo) return undefined;
  const plain = join(demoDir, 'read-demo.eml');
  const secure = join(demoDir, 'read-demo.secure.eml');
  writeFileSync(plain, [
    `From: Demo anna <${anna.email}>`, 'To: Demo Användare <demo@kuvert.test>', 'Subject: Remissvar', `Date: ${new Date().toUTCString()}`,
    'Message-ID: <read-demo@kuvert.test>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '',
    'Hej! Här kommer remissvaret för patienten (ett påhittat exempel för demon).', '', 'Hälsningar, Anna', ''].join('\r\n'));
  execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'encrypt', '--to', demo.certificates.encryption,
    '--sign-cert', anna.cert, '--sign-key', anna.key, '--in', plain, '--out', secure], { stdio: 'inherit', cwd: root });
  return { itemId: 'AAMkDemoRead', internetMessageId: '<read-demo@kuvert.test>', mime: new Uint8Array(readFileSync(secure)) };
}
const readMessage = demoReadMessage();

/**
 * The demo organisation policy: Kuvert's default plus the three kinds of approved destination — a
 * folder (.kuvert-state/archive), a SharePoint library in the fake Graph and the demo registrar.
 */
const archive = join(root, '.kuvert-state', 'archive');
mkdirSync(archive, { recursive: true });
const demoPolicy = JSON.parse(readFileSync(join(root, 'policies', 'default.json'), 'utf8'));
demoPolicy.storage = { destinations: [
  { name: 'Demo-arkiv', path: archive },
  { kind: 'graph-drive', name: 'Diariet (SharePoint, demo)', drive: DEMO_DRIVE, folder: DEMO_DRIVE_FOLDER },
  { kind: 'registrar', name: 'Registrator (demo)', address: registrar.email, certificate: Buffer.from(registrar.der).toString('base64') },
] };
const demoPolicyFile = join(root, '.kuvert-state', 'demo-policy.json');
writeFileSync(demoPolicyFile, `${JSON.stringify(demoPolicy, null, 2)}\n`);

const playground = await startPlayground({
  addinDir: join(root, 'dist', 'addin'),
  port: Number(process.env.KUVERT_PLAYGROUND_PORT ?? 3001),
  companionUrl: 'https://127.0.0.1:47111',
  user: { emailAddress: me.email, displayName: 'Demo me' },
  senderCertificate: me.der,
  storeCertificates: [anna.der],
  ...(readMessage ? { readMessage } : {}),
});
playground.graph.ensureDriveFolder(DEMO_DRIVE, DEMO_DRIVE_FOLDER);

// The companion, as a child process. Its card is the demo SoftHSM2 token (scripts/demo-token.mjs,
// made once in .kuvert-state/demo-card, PIN printed) when SoftHSM2 is installed (Debian: softhsm2);
// otherwise it runs without a card module (status, directory and storage only).
const { spawn } = await import('node:child_process');
const companionArgs = [join(root, 'dist', 'cli', 'main.js'), 'companion', '--allow-origin', new URL(playground.url).origin, '--allow-origin', `https://localhost:${ADDIN_PORT}`,
  '--state-dir', join(root, '.kuvert-state', 'companion'), '--policy', demoPolicyFile, ...(demo ? ['--pkcs11-module', demo.module] : [])];
const companion = spawn(process.execPath, companionArgs, {
  stdio: 'inherit', cwd: root, env: { ...process.env, ...(demo ? { SOFTHSM2_CONF: demo.softhsm2Conf } : {}) },
});
const stop = () => { companion.kill('SIGTERM'); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`
Kuvert add-in (HTTPS, the origin manifest.xml names): ${addin.url}taskpane.html
  Its certificate comes from office-addin-dev-certs (CA ${certificate.ca}). Trust that CA once so Outlook loads the add-in:
    Windows/macOS: npx office-addin-dev-certs install
    Linux (Chromium/Edge profile): certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n "Office Add-in dev CA" -i ${certificate.ca}
Kuvert playground: ${playground.url}${readMessage ? `
  Read mode (decrypt with the demo card, save to ${archive}, the demo library or the demo registrar): ${playground.url}playground.html?mode=read
    The demo library's files: GET ${playground.graph.url.replace(/\/v1\.0$/, '')}/drive-files/${encodeURIComponent(DEMO_DRIVE)}
    Open what was forwarded to the registrar (from /sent): openssl cms -decrypt -in sent.eml -recip ${registrar.cert} -inkey ${registrar.key}` : ''}
  Fake Microsoft Graph: ${playground.graph.url} (GET ${playground.graph.url.replace(/\/v1\.0$/, '')}/sent lists what was sent)
  Demo recipient with a certificate: ${anna.email}; open what was sent with
    openssl cms -decrypt -in sent.eml -recip ${anna.cert} -inkey ${anna.key}
  Manifest for sideloading: dist/addin/manifest.xml (Block variant: dist/addin/manifest.block.xml)
  Companion: https://127.0.0.1:47111 (${demo ? `card: SoftHSM2 token "${demo.tokenLabel}", PIN ${demo.pin}` : 'no card module: install softhsm2 for a demo software card'})
  CLI: npm run -s kuvert -- --help
Press Ctrl+C to stop.`);
