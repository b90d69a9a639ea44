// Kuvert CLI vs OpenSSL cms: wall time and peak RSS of whole processes (via /usr/bin/time) for S/MIME
// messages with one random attachment of 1, 10 and 50 MB, RSA 2048. Run by `npm run bench` after a
// build; `--sizes 1,10` for a quick run, `--runs N` for the number of timed runs (median is reported).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'test', 'bench', 'out');
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
  console.error('usage: node test/bench/run.mjs [--sizes 1,10,50] [--runs 3]');
  process.exit(1);
}
for (const [file, hint] of [[cli, 'run `npm run build` first'], [TIME, 'install the Debian package `time`']]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing: ${hint}`);
    process.exit(2);
  }
}
if (spawnSync('openssl', ['version']).status !== 0) {
  console.error('bench: openssl is missing: install the Debian package `openssl`');
  process.exit(2);
}

/** Runs one whole process under /usr/bin/time; returns wall ms and peak RSS in MiB. */
function measure(command, args) {
  const result = spawnSync(TIME, ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const lines = result.stderr.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last);
  if (result.status !== 0 || match === null) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
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

/** An RFC 5322 message (and its MIME entity alone) with one random binary attachment. */
function makeMessage(sizeMiB) {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const entity = Buffer.from(
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nBifogat: ${sizeMiB} MB.\r\n` +
      `--${boundary}\r\nContent-Type: application/octet-stream; name="bilaga.bin"\r\nContent-Disposition: attachment; filename="bilaga.bin"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(randomBytes(sizeMiB * MiB))}--${boundary}--\r\n`,
  );
  const outer = Buffer.from(
    'From: avsandare@kuvert.test\r\nTo: mottagare@kuvert.test\r\nDate: Tue, 24 Nov 2026 09:15:00 +0100\r\n' +
      `Message-ID: <bench-${sizeMiB}@kuvert.test>\r\nSubject: =?UTF-8?B?w4RyZW5kZTogYmVuY2g=?=\r\nMIME-Version: 1.0\r\n`,
  );
  return { raw: Buffer.concat([outer, entity]), entity };
}

/** The attachment bytes of a decrypted message, found by our own boundary split (a sanity check). */
function attachmentOf(decrypted) {
  const text = decrypted.toString('latin1');
  const start = text.indexOf('filename="bilaga.bin"');
  const body = text.indexOf('\r\n\r\n', start) + 4;
  const end = text.indexOf('--bench-', body);
  if (start < 0 || end < 0) throw new Error('decrypted message has no bench attachment');
  return Buffer.from(text.slice(body, end), 'base64');
}

mkdirSync(outDir, { recursive: true });
const f = (name) => path.join(outDir, name);
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('key.pem'), '-out', f('cert.pem'), '-days', '2',
  '-subj', '/CN=Kuvert bench/emailAddress=mottagare@kuvert.test', '-addext', 'keyUsage=keyEncipherment', '-addext', 'extendedKeyUsage=emailProtection',
  '-addext', 'subjectAltName=email:mottagare@kuvert.test'], { stdio: 'ignore' });

const rows = [];
const checks = [];
try {
  for (const size of sizes) {
    const { raw, entity } = makeMessage(size);
    writeFileSync(f('msg.eml'), raw);
    writeFileSync(f('entity.eml'), entity);
    const expected = attachmentOf(raw);
    const kEnc = medianOf(process.execPath, [cli, 'encrypt', '--to', f('cert.pem'), '--in', f('msg.eml'), '--out', f('k.p7m.eml')]);
    const oEnc = medianOf('openssl', ['cms', '-encrypt', '-binary', '-aes256', '-in', f('entity.eml'), '-out', f('o.p7m.eml'), '-recip', f('cert.pem')]);
    // Each tool decrypts its own output (timed) …
    const kDec = medianOf(process.execPath, [cli, 'decrypt', '--key', f('key.pem'), '--cert', f('cert.pem'), '--in', f('k.p7m.eml'), '--out', f('k.dec.eml')]);
    const oDec = medianOf('openssl', ['cms', '-decrypt', '-binary', '-in', f('o.p7m.eml'), '-inkey', f('key.pem'), '-out', f('o.dec.eml')]);
    // … and the other's (not timed): the sanity check that both outputs are real S/MIME.
    execFileSync(process.execPath, [cli, 'decrypt', '--key', f('key.pem'), '--cert', f('cert.pem'), '--in', f('o.p7m.eml'), '--out', f('ko.dec.eml')]);
    execFileSync('openssl', ['cms', '-decrypt', '-binary', '-in', f('k.p7m.eml'), '-inkey', f('key.pem'), '-out', f('ok.dec.eml')]);
    for (const [name, file] of [['kuvert→kuvert', 'k.dec.eml'], ['openssl→openssl', 'o.dec.eml'], ['openssl→kuvert', 'ko.dec.eml'], ['kuvert→openssl', 'ok.dec.eml']]) {
      checks.push({ size, name, ok: attachmentOf(readFileSync(f(file))).equals(expected) });
    }
    rows.push({ size, op: 'encrypt', k: kEnc, o: oEnc }, { size, op: 'decrypt', k: kDec, o: oDec });
  }
} finally {
  for (const name of ['msg.eml', 'entity.eml', 'k.p7m.eml', 'o.p7m.eml', 'k.dec.eml', 'o.dec.eml', 'ko.dec.eml', 'ok.dec.eml']) rmSync(f(name), { force: true });
}

const pad = (value, width) => String(value).padStart(width);
const lines = [`Kuvert CLI vs OpenSSL ${execFileSync('openssl', ['version']).toString().trim()}, RSA 2048, AES-256-CBC; median of ${runs} runs`];
lines.push(`${pad('MB', 4)} ${pad('op', 8)} ${pad('kuvert ms', 10)} ${pad('openssl ms', 11)} ${pad('ratio', 6)} ${pad('kuvert MiB', 11)} ${pad('openssl MiB', 12)}`);
for (const r of rows) {
  lines.push(`${pad(r.size, 4)} ${pad(r.op, 8)} ${pad(r.k.ms.toFixed(0), 10)} ${pad(r.o.ms.toFixed(0), 11)} ${pad((r.k.ms / r.o.ms).toFixed(2), 6)} ${pad(r.k.mib.toFixed(1), 11)} ${pad(r.o.mib.toFixed(1), 12)}`);
}
let failed = false;
lines.push('', 'cross-decryption (attachment bytes equal):');
for (const c of checks) {
  lines.push(`  ${pad(c.size, 3)} MB ${c.name.padEnd(16)} ${c.ok ? 'PASS' : 'FAIL'}`);
  failed ||= !c.ok;
}
const target = rows.filter((r) => r.size === 50);
if (target.length === 0) {
  lines.push('', 'targets: not checked (they apply at 50 MB; add 50 to --sizes)');
} else {
  lines.push('', 'targets at 50 MB:');
  for (const r of target) {
    const timeOk = r.k.ms <= 1.5 * r.o.ms;
    const memLimit = 2.5 * 50 + 60;
    const memOk = r.k.mib <= memLimit;
    lines.push(`  ${r.op} time  ${(r.k.ms / r.o.ms).toFixed(2)}× OpenSSL (≤ 1.50×)      ${timeOk ? 'PASS' : 'FAIL'}`);
    lines.push(`  ${r.op} peak  ${r.k.mib.toFixed(1)} MiB (≤ ${memLimit} MiB = 2.5 × payload + 60) ${memOk ? 'PASS' : 'FAIL'}`);
    failed ||= !timeOk || !memOk;
  }
}
const report = lines.join('\n');
console.log(report);
writeFileSync(f('report.txt'), `${report}\n`);
process.exitCode = failed ? 1 : 0;
