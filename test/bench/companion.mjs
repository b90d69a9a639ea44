// The companion's decrypt-key round trip: HTTPS on 127.0.0.1 (keep-alive) + PKCS#1 v1.5 unwrap on a
// SoftHSM2 RSA-2048 key, p50 and p95 over N requests after a warm-up. Target: p95 ≤ 50 ms.
// Run after a build: `node test/bench/companion.mjs [--requests 200]`. Needs softhsm2, opensc, openssl.
import { execFileSync } from 'node:child_process';
import { constants, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const i = process.argv.indexOf('--requests');
const total = i >= 0 ? Number(process.argv[i + 1]) : 200;
if (!existsSync(path.join(dist, 'companion', 'server', 'companion-server.js'))) {
  console.error('bench: dist/ is missing the companion: run `npm run build` first');
  process.exit(2);
}
const library = execFileSync('dpkg', ['-L', 'libsofthsm2'], { encoding: 'utf8' }).split('\n').find((line) => line.endsWith('/libsofthsm2.so'));
if (!library) {
  console.error('bench: libsofthsm2.so not found: install the Debian packages softhsm2 and opensc');
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'kuvert-bench-companion-'));
const PIN = '246810';
const ORIGIN = 'https://addin.kuvert.test';
const TOKEN = 'kuvert-bench-provisioned-token-0123456789abcdef';
try {
  writeFileSync(path.join(dir, 'softhsm2.conf'), `directories.tokendir = ${dir}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n`);
  execFileSync('mkdir', [path.join(dir, 'tokens')]);
  process.env.SOFTHSM2_CONF = path.join(dir, 'softhsm2.conf');
  const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  run('softhsm2-util', ['--init-token', '--free', '--label', 'Bench', '--pin', PIN, '--so-pin', '13579135']);
  run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`, '-subj', '/CN=Bench', '-days', '2']);
  run('openssl', ['pkey', '-in', `${dir}/key.pem`, '-outform', 'DER', '-out', `${dir}/key.der`]);
  run('openssl', ['x509', '-in', `${dir}/cert.pem`, '-outform', 'DER', '-out', `${dir}/cert.der`]);
  const p11 = ['--module', library, '--token-label', 'Bench', '--login', '--pin', PIN];
  run('pkcs11-tool', [...p11, '--write-object', `${dir}/key.der`, '--type', 'privkey', '--id', '01']);
  run('pkcs11-tool', [...p11, '--write-object', `${dir}/cert.der`, '--type', 'cert', '--id', '01']);
  writeFileSync(`${dir}/token`, TOKEN);

  const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
  const { Pkcs11Module } = await load('companion/pkcs11/index.js');
  const { ensureLocalTls } = await load('companion/server/local-tls.js');
  const { startCompanionServer } = await load('companion/server/companion-server.js');
  const { nodeCrypto } = await load('cli/node-crypto.js');
  const tls = await ensureLocalTls(path.join(dir, 'state'));
  const module = Pkcs11Module.open(library);
  const server = await startCompanionServer({
    port: 0, allowedOrigins: [ORIGIN], modules: [module], stateDir: path.join(dir, 'state'), tls, pairingTokenFile: `${dir}/token`,
    sessionIdleSeconds: 600, version: 'bench', crypto: nodeCrypto(), log: () => undefined,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: tls.caCert, servername: 'localhost' });
  const call = (method, urlPath, body, extra = {}) => new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, origin: ORIGIN, authorization: `Bearer ${TOKEN}`, ...extra };
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const outgoing = request({ host: '127.0.0.1', port: server.port, path: urlPath, method, headers, agent }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(typeof body === 'string' || body === undefined ? body : JSON.stringify(body));
  });
  const status = JSON.parse((await call('GET', '/v1/status')).text);
  const session = JSON.parse((await call('POST', '/v1/sessions', { token: status.tokens[0].token, purpose: 'decrypt' })).text);
  const pinPath = new URL(session.pinPageUrl).pathname;
  await call('POST', pinPath, `pin=${PIN}`, { origin: `https://127.0.0.1:${server.port}`, authorization: '', 'content-type': 'application/x-www-form-urlencoded' });

  const publicKey = createPublicKey(readFileSync(`${dir}/cert.pem`));
  const times = [];
  for (let n = 0; n < total + 20; n++) {
    const cek = randomBytes(32);
    const encryptedKey = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, cek).toString('base64');
    const started = process.hrtime.bigint();
    const reply = await call('POST', '/v1/decrypt-key', { kind: 'key-transport', sessionId: session.sessionId, id: '01', algorithm: { name: 'RSAES-PKCS1-v1_5' }, encryptedKey, keyLength: 32 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (reply.status !== 200 || JSON.parse(reply.text).key !== cek.toString('base64')) throw new Error(`request ${n} failed: ${reply.status} ${reply.text}`);
    if (n >= 20) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  console.log(`companion decrypt-key (HTTPS keep-alive + SoftHSM2 RSA-2048 PKCS#1 v1.5), ${total} requests: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms (target p95 ≤ 50 ms)`);
  agent.destroy();
  await server.close();
  module.finalize();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
