// Classifier benchmark (issue 5). Run after the build: `npm run -s build && node test/bench/classify.mjs`.
// Prints MB/s of text classification for 1/10/50 MB, cold and warm, next to the Presidio personnummer
// rule on the same text (the peer reference); the typical-draft figure (20 KB body + a 1 MB .docx + a
// 1 MB .pdf, extraction included, in process and through the CLI's worker); peak RSS; and, with
// esbuild installed, the on-send bundle size.
//
// Method. Cold: a fresh `node` process per size and run, timing the first classifyText call on that
// input (the scanner tables are built first and timed apart as set-up); the median of 3 processes.
// Warm: in this process, warm-up runs on the same input for at least 1 s and 3 runs (JIT and inline
// caches settle), then the median of 11/7/5 runs, min–max, and the median CPU time of this process (less sensitive to other
// processes on a shared machine). The load average is printed before and after.
//   node test/bench/classify.mjs [--sizes 1,10,50] [--cold-runs 3]
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { classifyText } from '../../dist/core/classify/classify-text.js';
import { FULL_CATEGORY_MODEL } from '../../dist/core/classify/model/category-weights-full.generated.js';
import { evaluate } from '../../dist/core/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../dist/core/policy/default-policy.js';
import { luhnCheckDigit, luhnValid } from '../../dist/core/classify/luhn.js';
import { createNodeExtractionRunner } from '../../dist/cli/extraction-runner.js';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { makeDocx, makePdf, noiseBytes } from './classify-fixtures.mjs';

const pnr = (d) => `${d}-988${luhnCheckDigit(d + '988')}`;
const PARAGRAPHS = [
  'Hej! Här kommer protokollet från gårdagens möte. Vi gick igenom budgeten för nästa år och beslutade att skjuta upp upphandlingen av nya datorer till hösten.',
  'Kan du ringa mig på 070-123 45 67 när du har tid? Fakturan med nummer 2024-0412 behöver attesteras före fredag.',
  `Eleven ${pnr('080512')} har varit sjukskriven sedan måndag och vårdnadshavaren har kontaktat skolsköterskan.`,
  'Mötet hålls i stora konferensrummet, plan 3. Ta med er dator och laddare. Fika serveras från kl 9.30.',
  'Tack för en bra utbildningsdag! Presentationerna finns i Teams under fliken Filer.',
];
function text(bytes) {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += PARAGRAPHS[i % PARAGRAPHS.length] + '\n\n';
  return out.slice(0, bytes);
}
const MB = 1024 * 1024;
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};

// Child mode: one cold measurement, printed as JSON.
if (process.argv[2] === '--cold-child') {
  const mb = Number(process.argv[3]);
  const input = text(mb * MB);
  let t = performance.now();
  classifyText('x', { kind: 'body' });
  const setup = performance.now() - t;
  t = performance.now();
  const c = process.cpuUsage();
  classifyText(input, { kind: 'body' });
  const used = process.cpuUsage(c);
  console.log(JSON.stringify({ setup, ms: performance.now() - t, cpu: (used.user + used.system) / 1000 }));
  process.exit(0);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
let peakRss = process.memoryUsage().rss;
/** Wall time, and the CPU time this process used (less sensitive to other processes on the cores). */
function time(fn, runs) {
  const ms = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu: median(cpu) };
}
async function timeAsync(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms) };
}
const spread = (r) => `(min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`;
const rate = (mb, ms) => (mb / (ms / 1000)).toFixed(1).padStart(6);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

// The peer: Presidio's Swedish personnummer recognizer as issue 5 states it (pattern + Luhn + month/day).
const PRESIDIO = /\b(\d{6,8})([-+]?)\d{4}\b/g;
function presidio(text) {
  let n = 0;
  PRESIDIO.lastIndex = 0;
  for (let m = PRESIDIO.exec(text); m !== null; m = PRESIDIO.exec(text)) {
    const digits = m[0].replace(/\D/g, '').slice(-10);
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6));
    if (month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91)) && luhnValid(digits)) n++;
  }
  return n;
}

// The full model's weights are decoded on first use (once per process): timed apart, before anything else uses it.
const decodeStart = performance.now();
classifyText('x', { kind: 'body', model: FULL_CATEGORY_MODEL });
const fullDecodeMs = performance.now() - decodeStart;
const sizes = option('sizes', '1,10,50').split(',').map(Number);
const coldRuns = Number(option('cold-runs', '3'));
console.log(`Load average at start: ${load()} (1, 5, 15 min; the machine may be shared)`);
console.log(`Text classification, one core. Cold: first call in a fresh process, median of ${coldRuns}. Warm: ≥ 1 s and ≥ 3 runs of warm-up, then the median (min–max ms) and the CPU-time figure:`);
const self = fileURLToPath(import.meta.url);
for (const mb of sizes) {
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const child = spawnSync(process.execPath, [self, '--cold-child', String(mb)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    cold.push(JSON.parse(child.stdout));
  }
  const coldMs = median(cold.map((c) => c.ms));
  const input = text(mb * MB);
  // Warm-up: at least 3 runs and at least 1 s, so the optimizing compiler has finished with every
  // detector (3 runs of 1 MB take ~50 ms, too short for that).
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) classifyText(input, { kind: 'body' });
  presidio(input);
  const runs = mb >= 50 ? 5 : mb >= 10 ? 7 : 11;
  const k = time(() => classifyText(input, { kind: 'body' }), runs);
  const p = time(() => presidio(input), runs);
  for (let i = 0; i < 3; i++) classifyText(input, { kind: 'body', model: FULL_CATEGORY_MODEL });
  const f = time(() => classifyText(input, { kind: 'body', model: FULL_CATEGORY_MODEL }), runs);
  console.log(`  ${String(mb).padStart(2)} MB: cold ${coldMs.toFixed(0).padStart(5)} ms ${rate(mb, coldMs)} MB/s (set-up ${median(cold.map((c) => c.setup)).toFixed(0)} ms apart)` +
    ` | warm ${k.median.toFixed(0).padStart(5)} ms ${rate(mb, k.median)} MB/s ${spread(k)} [CPU ${rate(mb, k.cpu)} MB/s]` +
    ` | Presidio rule ${p.median.toFixed(0).padStart(4)} ms ${rate(mb, p.median)} MB/s` +
    ` | full model (task pane, CLI) warm ${f.median.toFixed(0).padStart(5)} ms ${rate(mb, f.median)} MB/s`);
}
console.log(`  load average now: ${load()}; peak RSS so far: ${(peakRss / 1048576).toFixed(0)} MiB`);

// A 1 MB .docx as Word writes it: ~40 pages of text plus a pasted photo (incompressible, stored);
// a 1 MB PDF: 30 text pages plus a scanned image. Both classified after extraction.
const docx = makeDocx(lines(120 * 1024), 6, noiseBytes(1024 * 1024 - 40 * 1024, 7));
const pdfLines = lines(160 * 1024);
const pdfProbe = makePdf(pdfLines, 30);
const pdf = makePdf(pdfLines, 30, { image: noiseBytes(1024 * 1024 - pdfProbe.length, 11) });
const pages = Math.ceil(pdfLines.length / 30);
function lines(bytes) {
  return text(bytes).split(/(?<=\.) /);
}
const draft = { subject: 'Protokoll och underlag', body: text(20 * 1024), attachments: [{ name: 'underlag.docx', bytes: docx }, { name: 'rapport.pdf', bytes: pdf }] };
console.log(`Typical draft: 20 KB body + ${(docx.length / 1048576).toFixed(2)} MB .docx (120 KB text + image) + ${(pdf.length / 1048576).toFixed(2)} MB .pdf (${pages} pages + image)`);
let t = performance.now();
await evaluate(draft, DEFAULT_POLICY);
console.log(`  first run (loads pdfjs): ${(performance.now() - t).toFixed(0)} ms`);
const whole = await timeAsync(() => evaluate(draft, DEFAULT_POLICY), 9);
console.log(`  whole draft, warm median: ${whole.median.toFixed(0)} ms ${spread(whole)}  [target ≤ 200 ms]`);
console.log(`  full model (task pane, CLI): decoded on first use in ${fullDecodeMs.toFixed(0)} ms`);
const wholeFull = await timeAsync(() => evaluate(draft, DEFAULT_POLICY, { model: FULL_CATEGORY_MODEL }), 9);
console.log(`  whole draft with the full model, warm median: ${wholeFull.median.toFixed(0)} ms ${spread(wholeFull)}  [target ≤ 200 ms]`);
for (const [label, d] of [['body + subject only (on-send path)', { ...draft, attachments: [] }], ['.docx (extract + classify)', { ...draft, subject: '', body: '', attachments: [draft.attachments[0]] }], ['.pdf (extract + classify)', { ...draft, subject: '', body: '', attachments: [draft.attachments[1]] }]]) {
  const r = await timeAsync(() => evaluate(d, DEFAULT_POLICY), 9);
  console.log(`  ${label}: ${r.median.toFixed(1)} ms ${spread(r)}`);
}
const runner = createNodeExtractionRunner();
try {
  await evaluate(draft, DEFAULT_POLICY, { runner });
  const viaWorker = await timeAsync(() => evaluate(draft, DEFAULT_POLICY, { runner }), 9);
  console.log(`  whole draft with PDF/Office parsed in the CLI's worker (hard time limit), warm median: ${viaWorker.median.toFixed(0)} ms ${spread(viaWorker)}`);
} finally {
  runner.close();
}
console.log(`Peak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MiB`);

try {
  const esbuild = await import('esbuild');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const measureEntry = async (contents) => {
    const result = await esbuild.build({ stdin: { contents, resolveDir: root }, bundle: true, minify: true, format: 'esm', write: false, splitting: true, outdir: 'out', platform: 'browser' });
    const entry = result.outputFiles.find((f) => f.path.endsWith('stdin.js'));
    return `${(entry.contents.length / 1024).toFixed(1)} KB min, ${(gzipSync(entry.contents, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  };
  // gzip -9 by zlib, as `gzip -9` and web servers compress and as detector-bundle-budget.test.ts measures (until
  // session 6 this used fflate's gzip, whose output is about 1.5 KB larger on this bundle).
  console.log('Detector code in a bundle (esbuild, minified; PDF/OOXML/.eml extraction are lazy chunks, excluded; gzip -9 by zlib) [budget ≤ 60 KB gzipped]:');
  console.log(`  detectors (classifyText): ${await measureEntry("export { classifyText } from './dist/core/classify/classify-text.js';")}`);
  console.log(`  send event (evaluate + default policy): ${await measureEntry("export { evaluate } from './dist/core/policy/evaluate.js'; export { DEFAULT_POLICY } from './dist/core/policy/default-policy.js';")}`);
} catch (error) {
  console.log(`Bundle size: skipped (${error.code ?? error.message}); install esbuild to measure`);
}
