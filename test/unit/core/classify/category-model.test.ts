/**
 * The trained category model in classifyText (src/core/classify/model/): it stays quiet on the
 * issue's mere mentions, it places a finding on a word of the text, it maps its probability onto
 * the policy's confidence scale, it reads long texts in bounded pieces, it logs nothing, and its
 * weights survive the encoding the generated module uses.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { MODEL_HEAD } from '../../../../src/core/classify/model/chunks.js';
import { modelConfidence } from '../../../../src/core/classify/model/category-model.js';
import { CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights.generated.js';
import { FULL_CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights-full.generated.js';
import { MAX_Q, ModelWeights, encodeWeights } from '../../../../src/core/classify/model/weights.js';
import { CATEGORY_TYPES } from '../../../../src/core/classify/types.js';
import { evaluate } from '../../../../src/core/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';
import { CATEGORY_CORPUS } from '../../../vectors/classify/category-corpus.js';
import { CATEGORY_CORPUS_2 } from '../../../vectors/classify/category-corpus-2.js';

const now = new Date(Date.UTC(2025, 5, 15));
const body = { kind: 'body' as const };

function reported(text: string): string[] {
  const found = classifyText(text, body, { now }).filter((f) => f.confidence >= (DEFAULT_POLICY.rules[f.type]?.minConfidence ?? DEFAULT_POLICY.defaultRule.minConfidence));
  return [...new Set(found.map((f) => f.type))];
}

/** Mere mentions from issue 5 and the labelling guide: topics, courses, policies, job titles, campaigns. */
const HARD_NEGATIVES = [
  'Hälsoveckan: fruktkorg i fikarummet hela veckan!',
  'Hälsoveckan: fruktkorg i fikarummet och gemensam promenad på onsdag! Välkomna alla.',
  'Välkommen till föreläsningen om psykisk ohälsa på arbetsplatsen, alla medarbetare.',
  'Byt ditt lösenord regelbundet enligt policyn.',
  'Betygssättningen sker enligt Skolverkets riktlinjer för alla elever.',
  'Betygssättning sker vecka 23.',
  'Utbildning om LVU för handläggare den 3 oktober.',
  'Lönerevisionen startar i april.',
  'Facket bjuder på frukost.',
  'Ange ditt kontonummer i formuläret.',
  'Vision bjuder på frukost i foajén på fredag.',
  'Nya riktlinjer för sjukfrånvaro och rehabilitering finns nu på intranätet.',
  'Webbinarium om psykisk ohälsa på arbetsplatsen – tips och statistik för chefer.',
];

describe('category model', () => {
  it('ships weights for every category with a threshold each', () => {
    expect(CATEGORY_MODEL.categories).toEqual(CATEGORY_TYPES);
    expect(CATEGORY_MODEL.thresholds).toHaveLength(CATEGORY_TYPES.length);
    for (const t of CATEGORY_MODEL.thresholds) expect(t).toBeGreaterThan(0);
    expect(new ModelWeights(CATEGORY_MODEL.weights, CATEGORY_MODEL.scale).size).toBeGreaterThan(1000);
  });

  it('ships a full model (task pane, CLI) with the same categories, written in pieces, and more weights', () => {
    expect(FULL_CATEGORY_MODEL.categories).toEqual(CATEGORY_TYPES);
    expect(FULL_CATEGORY_MODEL.thresholds).toHaveLength(CATEGORY_TYPES.length);
    expect(Array.isArray(FULL_CATEGORY_MODEL.weights)).toBe(true);
    const full = new ModelWeights(FULL_CATEGORY_MODEL.weights, FULL_CATEGORY_MODEL.scale);
    expect(full.size).toBeGreaterThan(4 * new ModelWeights(CATEGORY_MODEL.weights, CATEGORY_MODEL.scale).size);
  });

  it.each(HARD_NEGATIVES)('reports nothing for a mere mention: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });

  it('maps the threshold to the default policy level and keeps the order of probabilities', () => {
    expect(modelConfidence(0.4, 0.4)).toBe(0.6);
    expect(modelConfidence(0.399, 0.4)).toBeLessThan(0.6);
    expect(modelConfidence(0.2, 0.4)).toBe(0.3);
    expect(modelConfidence(1, 0.4)).toBe(0.99);
    const ps = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1];
    const cs = ps.map((p) => modelConfidence(p, 0.5));
    expect([...cs].sort((a, b) => a - b)).toEqual(cs);
  });

  it('the rules-only option reports what the rule detector reports', () => {
    // Long enough for the model to read it (CATEGORY_MODEL.shortText).
    const text = 'Hej Karin! Jag ville bara säga att Lena inte kommer på planeringsdagen. Hon är sjukskriven på heltid sedan i måndags och vi vet inte hur länge.';
    expect(text.length).toBeGreaterThanOrEqual(CATEGORY_MODEL.shortText);
    const rules = classifyText(text, body, { now, categories: 'rules' });
    expect(rules.some((f) => f.type === 'health' && f.confidence >= 0.6)).toBe(true);
    expect(rules.every((f) => !f.evidence.includes('MODEL'))).toBe(true);
    expect(classifyText(text, body, { now }).some((f) => f.type === 'health' && f.evidence.includes('MODEL'))).toBe(true);
  });

  it('leaves a short text (a subject, a one-line note) to the rules for every category they cover', () => {
    expect(CATEGORY_MODEL.shortText).toBeGreaterThan(0);
    const structural = new Set(['credentials', 'bank-account', 'payment-card']);
    for (const text of ['Yusuf är praktiserande muslim.', 'Sekretessmarkering finns för vårdnadshavaren.', 'Hon är i Grekland på semester.', 'Ang. elev sjukskriven v. 12']) {
      expect(text.length).toBeLessThan(CATEGORY_MODEL.shortText);
      const rules = classifyText(text, body, { now, categories: 'rules' }).filter((f) => !structural.has(f.type));
      expect(classifyText(text, body, { now }).filter((f) => !structural.has(f.type))).toEqual(rules);
    }
  });

  it('keeps every rule finding from rulesStandFrom up, and below the report level never scores a rule finding lower', () => {
    const standFrom = CATEGORY_MODEL.rulesStandFrom ?? 0.6;
    const best = (findings: readonly { type: string; confidence: number }[], type: string): number => Math.max(0, ...findings.filter((f) => f.type === type).map((f) => f.confidence));
    let overruled = 0;
    for (const { text } of [...CATEGORY_CORPUS, ...CATEGORY_CORPUS_2]) {
      const rules = classifyText(text, body, { now, categories: 'rules' });
      const model = classifyText(text, body, { now });
      for (const type of new Set(rules.map((f) => f.type))) {
        const wanted = best(rules, type);
        // Between 0.60 and rulesStandFrom the model decides (in texts long enough for it to read); the
        // rules' score still counts up to 0.59, so a policy asking for less sees at least that.
        const floor = wanted >= standFrom || (wanted >= 0.6 && text.length < CATEGORY_MODEL.shortText) ? wanted : Math.min(wanted, 0.59);
        expect([text, type, best(model, type) >= floor]).toEqual([text, type, true]);
        if (wanted >= 0.6 && best(model, type) < 0.6) overruled++;
      }
    }
    // On the tuning corpora the model seldom overrules the rules (it was trained on these texts).
    expect(overruled).toBeLessThan(40);
  });

  it('adds what the rules miss, placed on the words that weighed most: a same-sex partner said in passing', () => {
    // (Until session 4 the example was an account number without "kontonummer", until session 6 a card
    // number that fails the Luhn check; the rules find both now.)
    const text = 'Hej! Johan Berg har flyttat ihop med sin pojkvän Elias och vill ändra förmånstagare i tjänstepensionen till honom. Vilken blankett gäller?';
    expect(text.length).toBeGreaterThanOrEqual(CATEGORY_MODEL.shortText);
    expect(classifyText(text, body, { now, categories: 'rules' }).filter((f) => f.type === 'sex-life')).toEqual([]);
    const [found] = classifyText(text, body, { now }).filter((f) => f.type === 'sex-life');
    expect(found?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(found?.evidence).toEqual(['MODEL', 'MODEL_WORDS']);
    expect(text.slice(found?.start, found?.end)).toMatch(/^[\p{L}\d]+(?: [\p{L}\d]+)*$/u);
  });

  it('places every category finding on a span of the text, with a confidence in [0.35, 0.99]', () => {
    const texts = [
      'Hej, Sanna är hemma med ryggen igen och har fått sin medicin ändrad av läkaren.',
      'Hans lön blir 41 300 kr i månaden från april, enligt förhandlingen med facket.',
      'Eleven fick F på provet i kemi och har hög frånvaro sedan jul.',
      'Pengarna sätts in på Annas konto 8327 914 235 678.',
      'Hon betalade med sitt kort 4571 0091 2264 3386, exp 03/29.',
    ];
    for (const text of texts) {
      for (const f of classifyText(text, body, { now }).filter((x) => (CATEGORY_TYPES as readonly string[]).includes(x.type))) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end - f.start).toBeLessThan(200);
        // A finding placed by the model's own words covers whole words: a subject suggestion removes it without leaving half a word.
        if (f.evidence.includes('MODEL_WORDS')) expect(/[\p{L}\d]/u.test(text[f.start - 1] ?? ' ') || /[\p{L}\d]/u.test(text[f.end] ?? ' ')).toBe(false);
        expect(f.confidence).toBeGreaterThanOrEqual(0.35);
        expect(f.confidence).toBeLessThanOrEqual(0.99);
      }
    }
  });

  it('reads a long text in bounded pieces: a disclosure far beyond the first 32 KB is still found', () => {
    const filler = 'Protokollet från gårdagens möte ligger i mappen, läs gärna igenom det före fredag.\n';
    const head = filler.repeat(Math.ceil((MODEL_HEAD * 3) / filler.length));
    const text = `${head}Kalle är sjukskriven hela veckan efter operationen, läkarintyget kommer på fredag.\n${filler.repeat(20)}`;
    const health = classifyText(text, body, { now }).filter((f) => f.type === 'health' && f.confidence >= 0.6);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((f) => f.start > MODEL_HEAD)).toBe(true);
    expect(reported(head)).toEqual([]);
  });

  it('never writes a finding’s text (or anything) to the console', async () => {
    const secret = 'Pelle Zyxwvut har diagnosen F32.1 och lösenordet Hemligt-Qq123!';
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const findings = classifyText(secret, body, { now });
      const verdict = await evaluate({ subject: 'Ang. Pelle', body: secret, attachments: [] }, DEFAULT_POLICY);
      expect(verdict.findings.length).toBeGreaterThan(0);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) for (const value of Object.values(f)) expect(JSON.stringify(value)).not.toMatch(/Zyxwvut|Hemligt|F32/);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('weights survive the string encoding of the generated module', () => {
    const kept = [
      { hash: 5, category: 0, q: -MAX_Q },
      { hash: 5, category: 17, q: MAX_Q },
      { hash: 5, category: 9, q: 0 },
      { hash: 1 << 19, category: 3, q: 1 },
      { hash: (1 << 20) - 1, category: 31, q: -1 },
    ];
    const weights = new ModelWeights(encodeWeights(kept), 0.5);
    expect(weights.size).toBe(3);
    expect(weights.indexOf(6)).toBe(-1);
    const at = weights.indexOf(5);
    const entries = (i: number): [number, number][] => Array.from({ length: (weights.offsets[i + 1] ?? 0) - (weights.offsets[i] ?? 0) }, (_, k) => [weights.category[(weights.offsets[i] ?? 0) + k] ?? -1, weights.weight[(weights.offsets[i] ?? 0) + k] ?? NaN]);
    expect(entries(at)).toEqual([[0, -MAX_Q / 2], [9, 0], [17, MAX_Q / 2]]);
    expect(entries(weights.indexOf(1 << 19))).toEqual([[3, 0.5]]);
    expect(entries(weights.indexOf((1 << 20) - 1))).toEqual([[31, -0.5]]);
  });

  it('refuses weights and categories the format cannot hold', () => {
    expect(() => encodeWeights([{ hash: 1, category: 0, q: MAX_Q + 1 }])).toThrow(RangeError);
    expect(() => encodeWeights([{ hash: 1, category: 32, q: 1 }])).toThrow(RangeError);
    expect(() => encodeWeights([{ hash: 1, category: 0, q: 0.5 }])).toThrow(RangeError);
  });
});
