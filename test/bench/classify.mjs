// Classifier benchmark (issue 5). Run after the build: `npm run -s build && node test/bench/classify.mjs`.
// Prints MB/s of text classification for 1/10/50 MB, the typical-draft figure (20 KB body + 1 MB .docx
// + 1 MB .pdf, extraction included) and, when esbuild is installed, the on-send bundle size.
import { gzipSync } from 'fflate';
import { classifyText } from '../../dist/core/classify/classify-text.js';
import { evaluate } from '../../dist/core/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../dist/core/policy/default-policy.js';
import { luhnCheckDigit } from '../../dist/core/classify/luhn.js';
import { makeDocx, makePdf } from './classify-fixtures.mjs';

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

console.log('Text classification (one core, median of runs):');
for (const mb of [1, 10, 50]) {
  const input = text(mb * 1024 * 1024);
  classifyText(input.slice(0, 100_000), { kind: 'body' }); // warm up
  const runs = [];
  for (let i = 0; i < (mb === 50 ? 3 : 5); i++) {
    const t = performance.now();
    classifyText(input, { kind: 'body' });
    runs.push(performance.now() - t);
  }
  const ms = median(runs);
  console.log(`  ${String(mb).padStart(2)} MB: ${ms.toFixed(0).padStart(5)} ms  ${(mb / (ms / 1000)).toFixed(1)} MB/s`);
}

function lines(bytes) {
  return text(bytes).split(/(?<=\.) /);
}
const docx = makeDocx(lines(1024 * 1024 * 3.2), 6); // text that compresses to ~1 MB
const pdf = makePdf(lines(1024 * 1024 * 0.95));
const draft = { subject: 'Protokoll och underlag', body: text(20 * 1024), attachments: [{ name: 'underlag.docx', bytes: docx }, { name: 'rapport.pdf', bytes: pdf }] };
console.log(`Typical draft: 20 KB body + ${(docx.length / 1048576).toFixed(2)} MB .docx + ${(pdf.length / 1048576).toFixed(2)} MB .pdf (text-only PDF, ~${Math.round(pdf.length / 5500)} pages)`);
let t = performance.now();
await evaluate(draft, DEFAULT_POLICY);
console.log(`  first run (loads pdfjs): ${(performance.now() - t).toFixed(0)} ms`);
const runs = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  await evaluate(draft, DEFAULT_POLICY);
  runs.push(performance.now() - t);
}
console.log(`  warm median: ${median(runs).toFixed(0)} ms`);
for (const [label, d] of [['body + .docx only', { ...draft, attachments: [draft.attachments[0]] }], ['body + .pdf only', { ...draft, attachments: [draft.attachments[1]] }], ['20 KB body alone (on-send path)', { ...draft, attachments: [] }]]) {
  const r = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await evaluate(d, DEFAULT_POLICY);
    r.push(performance.now() - t);
  }
  console.log(`  ${label}: ${median(r).toFixed(1)} ms`);
}

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
