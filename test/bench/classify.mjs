// Classifier benchmark (issue 5). Run after the build: `npm run -s build && node test/bench/classify.mjs`.
// Prints MB/s of text classification for 1/10/50 MB next to the Presidio personnummer rule on the same
// text (the peer reference), the typical-draft figure (20 KB body + a 1 MB .docx + a 1 MB .pdf,
// extraction included, broken down), peak RSS and, when esbuild is installed, the on-send bundle size.
// Other processes may share the machine: every figure is the median of several runs, with min–max.
import { gzipSync } from 'fflate';
import { classifyText } from '../../dist/core/classify/classify-text.js';
import { evaluate } from '../../dist/core/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../dist/core/policy/default-policy.js';
import { luhnCheckDigit, luhnValid } from '../../dist/core/classify/luhn.js';
import { loadavg } from 'node:os';
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

console.log(`Text classification (one core; median of runs, min–max in ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
for (const mb of [1, 10, 50]) {
  const input = text(mb * 1024 * 1024);
  // Warm up on the same input (JIT and inline caches settle), then measure steady state.
  for (let i = 0; i < (mb === 1 ? 5 : 1); i++) classifyText(input.slice(0, 1024 * 1024), { kind: 'body' });
  presidio(input.slice(0, 1024 * 1024));
  const runs = mb === 50 ? 5 : mb === 10 ? 7 : 11;
  const k = time(() => classifyText(input, { kind: 'body' }), runs);
  const p = time(() => presidio(input), runs);
  console.log(`  ${String(mb).padStart(2)} MB: kuvert ${k.median.toFixed(0).padStart(5)} ms ${(mb / (k.median / 1000)).toFixed(1).padStart(6)} MB/s ${spread(k)} [CPU ${(mb / (k.cpu / 1000)).toFixed(1)} MB/s]` +
    `  | Presidio rule ${p.median.toFixed(0).padStart(4)} ms ${(mb / (p.median / 1000)).toFixed(1).padStart(6)} MB/s ${spread(p)}`);
}
console.log(`  peak RSS so far: ${(peakRss / 1048576).toFixed(0)} MiB`);

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
for (const [label, d] of [['body + subject only (on-send path)', { ...draft, attachments: [] }], ['.docx (extract + classify)', { ...draft, subject: '', body: '', attachments: [draft.attachments[0]] }], ['.pdf (extract + classify)', { ...draft, subject: '', body: '', attachments: [draft.attachments[1]] }]]) {
  const r = await timeAsync(() => evaluate(d, DEFAULT_POLICY), 9);
  console.log(`  ${label}: ${r.median.toFixed(1)} ms ${spread(r)}`);
}
console.log(`Peak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MiB`);

try {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: "export { classifyText } from './dist/core/classify/classify-text.js'; export { decide } from './dist/core/policy/evaluate.js'; export { DEFAULT_POLICY } from './dist/core/policy/default-policy.js';", resolveDir: process.cwd() },
    bundle: true, minify: true, format: 'esm', write: false, splitting: true, outdir: 'out', platform: 'browser',
  });
  const entry = result.outputFiles.find((f) => f.path.endsWith('stdin.js'));
  const all = result.outputFiles.reduce((n, f) => n + f.contents.length, 0);
  console.log(`On-send bundle (classifyText + decide + default policy; lazy chunks excluded): ${(entry.contents.length / 1024).toFixed(1)} KB min, ${(gzipSync(entry.contents).length / 1024).toFixed(1)} KB gzipped (all chunks ${(all / 1024).toFixed(0)} KB min)`);
} catch (error) {
  console.log(`Bundle size: skipped (${error.code ?? error.message}); install esbuild to measure`);
}
