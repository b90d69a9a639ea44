// Kuvert CLI vs OpenSSL cms: wall time and peak RSS of whole processes (via /usr/bin/time) for S/MIME
// messages with one random attachment of 1, 10 and 50 MB, RSA 2048. Run by `npm run bench` after a
// build; `--sizes 1,10` for a quick run, `--runs N` for the number of timed runs (median is reported).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchOptions, cli, makeMessage, medianOf, root } from './whole-process.mjs';

const outDir = path.join(root, 'test', 'bench', 'out');

const { sizes, runs } = benchOptions('run.mjs');

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
    const kEnc = medianOf(process.execPath, [cli, 'encrypt', '--to', f('cert.pem'), '--in', f('msg.eml'), '--out', f('k.p7m.eml')], runs);
    const oEnc = medianOf('openssl', ['cms', '-encrypt', '-binary', '-aes256', '-in', f('entity.eml'), '-out', f('o.p7m.eml'), '-recip', f('cert.pem')], runs);
    // Each tool decrypts its own output (timed) …
    const kDec = medianOf(process.execPath, [cli, 'decrypt', '--key', f('key.pem'), '--cert', f('cert.pem'), '--in', f('k.p7m.eml'), '--out', f('k.dec.eml')], runs);
    const oDec = medianOf('openssl', ['cms', '-decrypt', '-binary', '-in', f('o.p7m.eml'), '-inkey', f('key.pem'), '-out', f('o.dec.eml')], runs);
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
