// Kuvert CLI vs OpenSSL cms: detached S/MIME signing and verification, wall time and peak RSS of whole
// processes (via /usr/bin/time) for messages with one random attachment of 1, 10 and 50 MB, RSA 2048,
// SHA-256. Run after a build: `node test/bench/sign.mjs [--sizes 1,10,50] [--runs 3]` (median reported).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { benchOptions, cli, makeMessage, medianOf, root } from './whole-process.mjs';

const outDir = path.join(root, 'test', 'bench', 'out', 'sign');

const { sizes, runs } = benchOptions('sign.mjs');

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
    const kSign = medianOf(process.execPath, [cli, 'sign', '--cert', f('cert.pem'), '--key', f('key.pem'), '--in', f('msg.eml'), '--out', f('k.signed.eml')], runs);
    const oSign = medianOf('openssl', ['cms', '-sign', '-binary', '-in', f('entity.eml'), '-signer', f('cert.pem'), '-inkey', f('key.pem'), '-out', f('o.signed.eml')], runs);
    const kVerify = medianOf(process.execPath, [cli, 'verify', '--trust', f('ca.pem'), '--revocation', 'off', '--in', f('k.signed.eml')], runs);
    const oVerify = medianOf('openssl', ['cms', '-verify', '-in', f('o.signed.eml'), '-CAfile', f('ca.pem'), '-out', '/dev/null'], runs);
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
const lines = [`Kuvert CLI vs OpenSSL ${execFileSync('openssl', ['version']).toString().trim()}, detached S/MIME, RSA 2048, SHA-256; median of ${runs} runs; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`];
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
