// In-process CMS benchmark: encryptCms / decryptCms of 50 MB (default) with RSA 2048 and EC P-256,
// AES-256-CBC and AES-256-GCM. Reports median wall time and extra memory (RSS and ArrayBuffer growth
// over the payload baseline). Run: `npm run -s build && node --expose-gc test/bench/cms.mjs [--mb 50] [--runs 5]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encryptCms, decryptCms } from '../../dist/core/cms/index.js';
import { loadSoftwareKeys } from '../../dist/core/keys/index.js';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = option('mb', 50);
const RUNS = option('runs', 5);
const MiB = 1024 * 1024;
const gc = globalThis.gc ?? (() => {});

const dir = mkdtempSync(path.join(tmpdir(), 'kuvert-bench-'));
function identity(name, keyArgs) {
  const key = path.join(dir, `${name}.key`);
  const crt = path.join(dir, `${name}.crt`);
  execFileSync('openssl', ['req', '-x509', ...keyArgs, '-nodes', '-keyout', key, '-out', crt, '-subj', `/CN=${name}`, '-days', '1'], { stdio: 'ignore' });
  return { keyPem: new Uint8Array(readFileSync(key)), certDer: new Uint8Array(execFileSync('openssl', ['x509', '-in', crt, '-outform', 'DER'])) };
}

const content = new Uint8Array(MB * 1000 * 1000);
for (let i = 0; i < content.length; i += 65536) crypto.getRandomValues(content.subarray(i, i + 65536));

function concat(chunks, length) {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.length; }
  return out;
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(fn) {
  const times = [];
  let extra = 0;
  for (let run = 0; run < RUNS; run++) {
    gc();
    const before = process.memoryUsage();
    let peak = before.rss;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
    const start = performance.now();
    const result = await fn();
    times.push(performance.now() - start);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    extra = Math.max(extra, peak - before.rss);
    void result;
  }
  return { ms: median(times), extraMiB: extra / MiB };
}

for (const [name, keyArgs] of [['RSA-2048', ['-newkey', 'rsa:2048']], ['EC P-256', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']]]) {
  const id = identity(name.replace(/\W/g, ''), keyArgs);
  const [key] = await loadSoftwareKeys({ data: id.keyPem, certificates: [id.certDer] });
  for (const cipher of ['aes256-cbc', 'aes256-gcm']) {
    const options = { cipher, recipients: [{ certificate: id.certDer }] };
    const enc = await measure(() => encryptCms(content, options));
    const message = await encryptCms(content, options);
    const der = concat(message.chunks, message.length);
    message.chunks.length = 0;
    const dec = await measure(() => decryptCms(der, [key]));
    console.log(`${name.padEnd(9)} ${cipher}  ${MB} MB  encrypt ${enc.ms.toFixed(0)} ms (+${enc.extraMiB.toFixed(0)} MiB RSS)  decrypt ${dec.ms.toFixed(0)} ms (+${dec.extraMiB.toFixed(0)} MiB RSS)`);
  }
}
rmSync(dir, { recursive: true, force: true });
