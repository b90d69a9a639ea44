// Kuvert CLI vs OpenSSL cms: detached S/MIME signing and verification, wall time and peak RSS of whole
// processes (via /usr/bin/time) for messages with one random attachment of 1, 10 and 50 MB, RSA 2048,
// SHA-256. Run after a build: `node test/bench/sign.mjs [--sizes 1,10,50] [--runs 3]` (median reported).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'test', 'bench', 'out', 'sign');
const cli = path.join(root, 'dist', 'cli', 'main.js');
const TIME = '/usr/bin/time';
const MiB = 1024 * 1024;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const sizes = option('sizes', '1,10,50').split(',').map(Number);
const runs = Number(option('runs', '3'));
if (sizes.some((s) => !Number.isFinite(s) || s <= 0) || !(runs >= 1)) {
  console.error('usage: node test/bench/sign.mjs [--sizes 1,10,50] [--runs 3]');
  process.exit(1);
}
for (const [file, hint] of [[cli, 'run `npm run build` first'], [TIME, 'install the Debian package `time`']]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing: ${hint}`);
    process.exit(2);
  }
}

/** Runs one whole process under /usr/bin/time; returns wall ms, peak RSS in MiB and the exit status. */
function measure(command, args) {
  const result = spawnSync(TIME, ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last);
  if (result.status !== 0 || match === null) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { ms: Number(match[1]) * 1000, mib: Number(match[2]) / 1024 };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function medianOf(command, args) {
  measure(command, args); // warm the page cache and the binaries
  const samples = Array.from({ length: runs }, () => measure(command, args));
  return { ms: median(samples.map((s) => s.ms)), mib: median(samples.map((s) => s.mib)) };
}

function base64Lines(data) {
  const b64 = data.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n') + '\r\n';
}

/** An RFC 5322 message (and its MIME entity alone, for openssl) with one random binary attachment. */
function makeMessage(sizeMiB) {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const entity = Buffer.from(
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBifogat: ${sizeMiB} MB.\r\n` +
      `--${boundary}\r\nContent-Type: application/octet-stream; name="bilaga.bin"\r\nContent-Disposition: attachment; filename="bilaga.bin"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(randomBytes(sizeMiB * MiB))}--${boundary}--\r\n`,
  );
  const outer = Buffer.from('From: avsandare@kuvert.test\r\nTo: mottagare@kuvert.test\r\nDate: Tue, 24 Nov 2026 09:15:00 +0100\r\nSubject: bench\r\nMIME-Version: 1.0\r\n');
  return { raw: Buffer.concat([outer, entity]), entity };
}

mkdirSync(outDir, { recursive: true });
const f = (name) => path.join(outDir, name);
const quiet = { stdio: 'ignore' };
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Kuvert bench CA',
  '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], quiet);
execFileSync('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('key.pem'), '-out', f('ee.csr'), '-subj', '/CN=Kuvert bench signer/emailAddress=avsandare@kuvert.test'], quiet);
writeFileSync(f('ee.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\nsubjectAltName=email:avsandare@kuvert.test\n');
execFileSync('openssl', ['x509', '-req', '-in', f('ee.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-set_serial', '9', '-days', '2', '-extfile', f('ee.ext'), '-out', f('cert.pem')], quiet);

const rows = [];
const checks = [];
try {
  for (const size of sizes) {
    const { raw, entity } = makeMessage(size);
    writeFileSync(f('msg.eml'), raw);
    writeFileSync(f('entity.eml'), entity);
    const kSign = medianOf(process.execPath, [cli, 'sign', '--cert', f('cert.pem'), '--key', f('key.pem'), '--in', f('msg.eml'), '--out', f('k.signed.eml')]);
    const oSign = medianOf('openssl', ['cms', '-sign', '-binary', '-in', f('entity.eml'), '-signer', f('cert.pem'), '-inkey', f('key.pem'), '-out', f('o.signed.eml')]);
    const kVerify = medianOf(process.execPath, [cli, 'verify', '--trust', f('ca.pem'), '--revocation', 'off', '--in', f('k.signed.eml')]);
    const oVerify = medianOf('openssl', ['cms', '-verify', '-in', f('o.signed.eml'), '-CAfile', f('ca.pem'), '-out', '/dev/null']);
    // Each verifies the other's output (not timed): both are real S/MIME.
    const cross = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
    checks.push({ size, name: 'kuvert→openssl', ok: cross('openssl', ['cms', '-verify', '-in', f('k.signed.eml'), '-CAfile', f('ca.pem'), '-out', '/dev/null']) });
    checks.push({ size, name: 'openssl→kuvert', ok: cross(process.execPath, [cli, 'verify', '--trust', f('ca.pem'), '--revocation', 'off', '--in', f('o.signed.eml')]) });
    rows.push({ size, op: 'sign', k: kSign, o: oSign }, { size, op: 'verify', k: kVerify, o: oVerify });
  }
} finally {
  for (const name of ['msg.eml', 'entity.eml', 'k.signed.eml', 'o.signed.eml']) rmSync(f(name), { force: true });
}

const pad = (value, width) => String(value).padStart(width);
const lines = [`Kuvert CLI vs OpenSSL ${execFileSync('openssl', ['version']).toString().trim()}, detached S/MIME, RSA 2048, SHA-256; median of ${runs} runs`];
lines.push(`${pad('MB', 4)} ${pad('op', 8)} ${pad('kuvert ms', 10)} ${pad('openssl ms', 11)} ${pad('ratio', 6)} ${pad('kuvert MiB', 11)} ${pad('openssl MiB', 12)}`);
for (const r of rows) {
  lines.push(`${pad(r.size, 4)} ${pad(r.op, 8)} ${pad(r.k.ms.toFixed(0), 10)} ${pad(r.o.ms.toFixed(0), 11)} ${pad((r.k.ms / r.o.ms).toFixed(2), 6)} ${pad(r.k.mib.toFixed(1), 11)} ${pad(r.o.mib.toFixed(1), 12)}`);
}
let failed = false;
lines.push('', 'cross-verification:');
for (const c of checks) {
  lines.push(`  ${pad(c.size, 3)} MB ${c.name.padEnd(16)} ${c.ok ? 'PASS' : 'FAIL'}`);
  failed ||= !c.ok;
}
const target = rows.filter((r) => r.size === 50);
if (target.length > 0) {
  lines.push('', 'targets at 50 MB (issue 4):');
  for (const r of target) {
    const timeOk = r.k.ms <= 1.5 * r.o.ms;
    const memLimit = 2 * 50 + 60;
    const memOk = r.k.mib <= memLimit;
    lines.push(`  ${r.op} time  ${(r.k.ms / r.o.ms).toFixed(2)}× OpenSSL (≤ 1.50×)      ${timeOk ? 'PASS' : 'FAIL'}`);
    lines.push(`  ${r.op} peak  ${r.k.mib.toFixed(1)} MiB (≤ ${memLimit} MiB = 2 × payload + 60) ${memOk ? 'PASS' : 'FAIL'}`);
    failed ||= !timeOk || !memOk;
  }
}
const report = lines.join('\n');
console.log(report);
writeFileSync(f('report.txt'), `${report}\n`);
process.exitCode = failed ? 1 : 0;
