/**
 * Precision and recall on the labelled corpus (test/vectors/classify), with the targets of issue 5,
 * and the Presidio SE_PERSONNUMMER rule scored side by side on the same identity corpus.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { FULL_CATEGORY_MODEL } from '../../../../src/core/classify/model/category-weights-full.generated.js';
import { luhnValid } from '../../../../src/core/classify/luhn.js';
import { CATEGORY_TYPES, type CategoryType } from '../../../../src/core/classify/types.js';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';
import { CATEGORY_CORPUS, type LabelledDocument } from '../../../vectors/classify/category-corpus.js';
import { CATEGORY_CORPUS_2 } from '../../../vectors/classify/category-corpus-2.js';
import { CATEGORY_CORPUS_3 } from '../../../vectors/classify/category-corpus-3.js';
import { CATEGORY_BLIND } from '../../../vectors/classify/category-blind.js';
import { CATEGORY_BLIND_2 } from '../../../vectors/classify/category-blind-2.js';
import { CATEGORY_BLIND_4A } from '../../../vectors/classify/category-blind-4a.js';
import { CATEGORY_BLIND_4B } from '../../../vectors/classify/category-blind-4b.js';
import { CATEGORY_BLIND_5A } from '../../../vectors/classify/category-blind-5a.js';
import { CATEGORY_BLIND_5B } from '../../../vectors/classify/category-blind-5b.js';
import { CATEGORY_BLIND_6A } from '../../../vectors/classify/category-blind-6a.js';
import { CATEGORY_BLIND_6B } from '../../../vectors/classify/category-blind-6b.js';
import { CATEGORY_BLIND_7A } from '../../../vectors/classify/category-blind-7a.js';
import { CATEGORY_BLIND_7B } from '../../../vectors/classify/category-blind-7b.js';
import { CATEGORY_BLIND_8A } from '../../../vectors/classify/category-blind-8a.js';
import { CATEGORY_BLIND_8B } from '../../../vectors/classify/category-blind-8b.js';
import { CATEGORY_BLIND_9A } from '../../../vectors/classify/category-blind-9a.js';
import { CATEGORY_BLIND_9B } from '../../../vectors/classify/category-blind-9b.js';
import { CATEGORY_BLIND_10A } from '../../../vectors/classify/category-blind-10a.js';
import { CATEGORY_BLIND_10B } from '../../../vectors/classify/category-blind-10b.js';
import { CATEGORY_BLIND_11A } from '../../../vectors/classify/category-blind-11a.js';
import { CATEGORY_BLIND_11B } from '../../../vectors/classify/category-blind-11b.js';
import { CATEGORY_BLIND_12A } from '../../../vectors/classify/category-blind-12a.js';
import { CATEGORY_BLIND_12B } from '../../../vectors/classify/category-blind-12b.js';
import { CATEGORY_BLIND_13A } from '../../../vectors/classify/category-blind-13a.js';
import { CATEGORY_BLIND_13B } from '../../../vectors/classify/category-blind-13b.js';
import { CATEGORY_BLIND_14A } from '../../../vectors/classify/category-blind-14a.js';
import { CATEGORY_BLIND_14B } from '../../../vectors/classify/category-blind-14b.js';
import { CATEGORY_BLIND_15A } from '../../../vectors/classify/category-blind-15a.js';
import { CATEGORY_BLIND_15B } from '../../../vectors/classify/category-blind-15b.js';
import { CATEGORY_HELDOUT } from '../../../vectors/classify/category-heldout.js';
import { identityCorpus } from '../../../vectors/classify/identity-corpus.js';

const now = new Date(Date.UTC(2025, 5, 15));
const body = { kind: 'body' as const };

/** Microsoft Presidio's SE_PERSONNUMMER recognizer: regex + Luhn + month 1–12, day 1–31 or 61–91. */
function presidio(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\b(\d{6,8})([-+]?)\d{4}\b/g)) {
    const digits = m[0].replace(/[-+]/g, '').slice(-10);
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6));
    if (luhnValid(digits) && month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

interface Score { tp: number; fp: number; fn: number }
const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const fmt = (s: Score): string => `P ${precision(s).toFixed(4)} R ${recall(s).toFixed(4)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

function scoreSpans(found: readonly (readonly [number, number])[], expected: readonly (readonly [number, number])[], s: Score): void {
  const key = (x: readonly [number, number]): string => `${x[0]}:${x[1]}`;
  const want = new Set(expected.map(key));
  const got = new Set(found.map(key));
  for (const k of got) if (want.has(k)) s.tp++; else s.fp++;
  for (const k of want) if (!got.has(k)) s.fn++;
}

describe('identity-number quality', () => {
  const corpus = identityCorpus();
  const threshold = DEFAULT_POLICY.rules.personnummer?.minConfidence ?? 0.5;
  const ours: Score = { tp: 0, fp: 0, fn: 0 };
  const theirs: Score = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const { text, spans } of corpus) {
    const found = classifyText(text, body, { now })
      .filter((f) => (f.type === 'personnummer' || f.type === 'samordningsnummer') && f.confidence >= threshold)
      .map((f) => [f.start, f.end] as const);
    const before = ours.fp + ours.fn;
    scoreSpans(found, spans, ours);
    if (ours.fp + ours.fn > before && misses.length < 10) misses.push(text);
    scoreSpans(presidio(text), spans, theirs);
  }
  it('meets precision ≥ 0.995 and recall ≥ 0.995 (Presidio alongside)', () => {
    console.log(`identity numbers, ${corpus.length} texts, ${ours.tp + ours.fn} numbers\n  Kuvert:   ${fmt(ours)}\n  Presidio: ${fmt(theirs)}`);
    if (misses.length > 0) console.log(`first misses:\n${misses.join('\n---\n')}`);
    expect(precision(ours)).toBeGreaterThanOrEqual(0.995);
    expect(recall(ours)).toBeGreaterThanOrEqual(0.995);
  });
});

/**
 * Document-level scores of one corpus: in total and per category, with every error listed. The blind
 * corpora's errors are never printed: whoever runs this test while working on the lexicons would
 * otherwise read blind texts (session 4 learnt that the hard way; see docs/classifier.md).
 */
/** `rules`: the rule detector alone; `model`: rules + the send event's model; `full`: rules + the full model (task pane, CLI). */
type Method = 'rules' | 'model' | 'full';

function scoreCategories(corpus: readonly LabelledDocument[], method: Method = 'model'): { total: Score; perType: Map<CategoryType, Score>; errors: string[] } {
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<CategoryType, Score>(CATEGORY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  for (const doc of corpus) {
    const found = new Set(
      classifyText(doc.text, body, method === 'full' ? { now, model: FULL_CATEGORY_MODEL } : { now, categories: method })
        .filter((f) => (CATEGORY_TYPES as readonly string[]).includes(f.type) && f.confidence >= (DEFAULT_POLICY.rules[f.type]?.minConfidence ?? 0.6))
        .map((f) => f.type as CategoryType),
    );
    for (const t of CATEGORY_TYPES) {
      const s = perType.get(t)!;
      const want = doc.labels.includes(t);
      const got = found.has(t);
      if (want && got) {
        s.tp++;
        total.tp++;
      } else if (got) {
        s.fp++;
        total.fp++;
        errors.push(`FP ${t}: ${doc.text}`);
      } else if (want) {
        s.fn++;
        total.fn++;
        errors.push(`FN ${t}: ${doc.text}`);
      }
    }
  }
  return { total, perType, errors };
}

describe('category quality (document level)', () => {
  it('meets precision ≥ 0.90 and recall ≥ 0.90 on the tuning corpora', () => {
    const corpus = [...CATEGORY_CORPUS, ...CATEGORY_CORPUS_2, ...CATEGORY_CORPUS_3];
    const { total, perType, errors } = scoreCategories(corpus);
    console.log(`categories, ${corpus.length} documents (tuning corpora): ${fmt(total)}\n${[...perType].map(([t, s]) => `  ${t.padEnd(18)} ${fmt(s)}`).join('\n')}\n${errors.join('\n')}`);
    expect(precision(total)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total)).toBeGreaterThanOrEqual(0.9);
  });
  it('reports the held-out corpus (never used for tuning): precision ≥ 0.90, recall measured', () => {
    const { total, errors } = scoreCategories(CATEGORY_HELDOUT);
    console.log(`categories, ${CATEGORY_HELDOUT.length} held-out documents: ${fmt(total)}\n${errors.join('\n')}`);
    expect(precision(total)).toBeGreaterThanOrEqual(0.9);
    // Three held-out sets scored recall 0.64, 0.52 and 0.50 on first use with word lists alone; this
    // one scores 0.91 since compound heads, disclosure patterns and systematic vocabularies (two of
    // its misses were seen while that work went on). The floor only catches a regression.
    expect(recall(total)).toBeGreaterThanOrEqual(0.85);
  });
  it('reports the blind corpus (written by someone who never saw the word lists; scored once, after the method was final)', () => {
    const { total, perType } = scoreCategories(CATEGORY_BLIND);
    console.log(`categories, ${CATEGORY_BLIND.length} blind documents: ${fmt(total)}\n${[...perType].map(([t, s]) => `  ${t.padEnd(18)} ${fmt(s)}`).join('\n')}`);
    // Floors only catch a regression from the first (and only) scoring; they are not the target.
    expect(precision(total)).toBeGreaterThanOrEqual(BLIND_PRECISION_FLOOR);
    expect(recall(total)).toBeGreaterThanOrEqual(BLIND_RECALL_FLOOR);
  });
  it('reports the second blind corpus (322 documents, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    for (const method of ['rules', 'model'] as const) {
      const { total, perType } = scoreCategories(CATEGORY_BLIND_2, method);
      console.log(`categories, ${CATEGORY_BLIND_2.length} blind-2 documents, ${method}: ${fmt(total)}\n${[...perType].map(([t, s]) => `  ${t.padEnd(18)} ${fmt(s)}`).join('\n')}`);
      // Floors only catch a regression from the first (and only) scoring; they are not the target.
      expect(precision(total)).toBeGreaterThanOrEqual(BLIND_2_FLOORS[method].precision);
      expect(recall(total)).toBeGreaterThanOrEqual(BLIND_2_FLOORS[method].recall);
    }
  });
  it('reports the fourth blind corpus (4a short + 4b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('4', CATEGORY_BLIND_4A, CATEGORY_BLIND_4B, BLIND_4_FLOORS);
  });
  it('reports the fifth blind corpus (5a short + 5b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('5', CATEGORY_BLIND_5A, CATEGORY_BLIND_5B, BLIND_5_FLOORS);
  });
  it('reports the sixth blind corpus (6a short + 6b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('6', CATEGORY_BLIND_6A, CATEGORY_BLIND_6B, BLIND_6_FLOORS);
  });
  it('reports the seventh blind corpus (7a short + 7b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('7', CATEGORY_BLIND_7A, CATEGORY_BLIND_7B, BLIND_7_FLOORS);
  });
  it('reports the eighth blind corpus (8a short + 8b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('8', CATEGORY_BLIND_8A, CATEGORY_BLIND_8B, BLIND_8_FLOORS);
  });
  it('reports the ninth blind corpus (9a short + 9b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('9', CATEGORY_BLIND_9A, CATEGORY_BLIND_9B, BLIND_9_FLOORS);
  });
  it('reports the tenth blind corpus (10a short + 10b long texts, written from the labelling guide alone; scored once, for the rules and for rules + model)', () => {
    reportPairedBlind('10', CATEGORY_BLIND_10A, CATEGORY_BLIND_10B, BLIND_10_FLOORS);
  });
  it('reports the eleventh blind corpus (11a short + 11b long texts, written from the labelling guide alone; scored once, for the rules, the send model and the full model)', () => {
    reportPairedBlind('11', CATEGORY_BLIND_11A, CATEGORY_BLIND_11B, BLIND_11_FLOORS, ['rules', 'model', 'full']);
  });
  it('reports the twelfth blind corpus (12a short + 12b long texts, written from the labelling guide alone; scored once, for the rules, the send model and the full model)', () => {
    reportPairedBlind('12', CATEGORY_BLIND_12A, CATEGORY_BLIND_12B, BLIND_12_FLOORS, ['rules', 'model', 'full']);
  });
  it('reports the thirteenth blind corpus (13a short + 13b long texts, written from the labelling guide alone; scored once, for the rules, the send model and the full model)', () => {
    reportPairedBlind('13', CATEGORY_BLIND_13A, CATEGORY_BLIND_13B, BLIND_13_FLOORS, ['rules', 'model', 'full']);
  });
  it('reports the fourteenth blind corpus (14a short + 14b long texts, written from the labelling guide alone; scored once, for the rules, the send model and the full model)', () => {
    reportPairedBlind('14', CATEGORY_BLIND_14A, CATEGORY_BLIND_14B, BLIND_14_FLOORS, ['rules', 'model', 'full']);
  });
  it('reports the fifteenth blind corpus (15a short + 15b long texts, written from the labelling guide alone; scored once, for the rules, the send model and the full model)', () => {
    reportPairedBlind('15', CATEGORY_BLIND_15A, CATEGORY_BLIND_15B, BLIND_15_FLOORS, ['rules', 'model', 'full']);
  });
});

type Floors = Readonly<Partial<Record<Method, { readonly precision: number; readonly recall: number }>>>;

/**
 * Scores a blind set written in two halves (a: short texts, b: long ones), each half and both, for
 * the rules and for rules + model; prints the scores (never a text) and checks the floors of its one scoring.
 */
function reportPairedBlind(set: string, a: readonly LabelledDocument[], b: readonly LabelledDocument[], floors: Readonly<Record<string, Floors>>, methods: readonly Method[] = ['rules', 'model']): void {
  for (const [name, corpus] of [[`blind-${set}a`, a], [`blind-${set}b`, b], [`blind-${set}`, [...a, ...b]]] as const) {
    for (const method of methods) {
      const { total, perType } = scoreCategories(corpus, method);
      console.log(`categories, ${corpus.length} ${name} documents, ${method}: ${fmt(total)}\n${[...perType].map(([t, s]) => `  ${t.padEnd(18)} ${fmt(s)}`).join('\n')}`);
      // Floors only catch a regression from the first (and only) scoring; they are not the target.
      const floor = floors[name]?.[method];
      expect(floor).toBeDefined();
      expect(precision(total)).toBeGreaterThanOrEqual(floor?.precision ?? 1);
      expect(recall(total)).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    }
  }
}

/**
 * First scoring of the blind corpus (200 documents), with the rule method of 2026-11-24 (session 2):
 * precision 0.874, recall 0.663 (tp 118, fp 17, fn 60); the detector before that method scored
 * 0.875 / 0.551. With the trained model (session 3; its trainers never saw this corpus): 0.854 /
 * 0.787 (tp 140, fp 24, fn 38).
 */
const BLIND_PRECISION_FLOOR = 0.83;
const BLIND_RECALL_FLOOR = 0.76;

/**
 * The only scoring of the second blind corpus (322 documents, 2026-11-24, model of 760cf22):
 * rules alone P 0.884 R 0.561 (tp 129, fp 17, fn 101); rules + model P 0.835 R 0.704 (tp 162,
 * fp 32, fn 68).
 */
const BLIND_2_FLOORS = { rules: { precision: 0.86, recall: 0.54 }, model: { precision: 0.81, recall: 0.68 } } as const;

/**
 * The first scoring of the fourth blind corpus (2026-11-24, session 4, model of b1d54a8, after that
 * session's lexicon work): 4a (263) rules P 0.833 R 0.731, rules + model P 0.797 R 0.816; 4b (192)
 * rules 0.828 / 0.750, model 0.795 / 0.800; together (455) rules 0.831 / 0.739 (tp 275 fp 56 fn 97),
 * model 0.796 / 0.809 (tp 301 fp 77 fn 71).
 */
const BLIND_4_FLOORS = {
  'blind-4a': { rules: { precision: 0.8, recall: 0.7 }, model: { precision: 0.77, recall: 0.79 } },
  'blind-4b': { rules: { precision: 0.8, recall: 0.72 }, model: { precision: 0.77, recall: 0.77 } },
  'blind-4': { rules: { precision: 0.81, recall: 0.72 }, model: { precision: 0.78, recall: 0.79 } },
} as const;

/**
 * The only scoring of the fifth blind corpus (2026-11-24, session 4, model of e5d3c70, after the second
 * round of lexicon work): 5a (277) rules P 0.903 R 0.730, rules + model P 0.887 R 0.804; 5b (198) rules
 * 0.801 / 0.786, model 0.798 / 0.818; together (475) rules 0.854 / 0.754 (tp 270 fp 46 fn 88), model
 * 0.846 / 0.810 (tp 290 fp 53 fn 68).
 */
/*
 * Session 5 changed how the model and the rules combine (a8c7416), choosing among a few variants on
 * blind-5, which from then on is development data: rules + model there went to P 0.870 R 0.841.
 */
const BLIND_5_FLOORS = {
  'blind-5a': { rules: { precision: 0.87, recall: 0.7 }, model: { precision: 0.86, recall: 0.78 } },
  'blind-5b': { rules: { precision: 0.77, recall: 0.76 }, model: { precision: 0.77, recall: 0.79 } },
  'blind-5': { rules: { precision: 0.83, recall: 0.73 }, model: { precision: 0.82, recall: 0.79 } },
} as const;

/**
 * The only scoring of the sixth blind corpus (2026-11-24, session 5, model of a8c7416; 6a and 6b written
 * by two helpers from the labelling guide alone while the model was changed): 6a (329) rules P 0.899
 * R 0.738, rules + model P 0.877 R 0.821; 6b (286) rules 0.732 / 0.749, model 0.806 / 0.686; together
 * (615) rules 0.806 / 0.744 (tp 377 fp 91 fn 130), model 0.843 / 0.753 (tp 382 fp 71 fn 125). The model
 * of the session's start (standing rules from 0.60) scored 0.794 / 0.775 together in the same run.
 * Session 7 lowered the 6a model precision floor from 0.85 to 0.83: the model now also reads texts of
 * 90–119 characters (it read none under 120), which raised F1 on blind-5..9 pooled (3,235 texts) from
 * 0.823 to 0.830 and on four of the five sets, and cost 6a precision (0.843, recall 0.829).
 */
const BLIND_6_FLOORS = {
  'blind-6a': { rules: { precision: 0.87, recall: 0.71 }, model: { precision: 0.83, recall: 0.79 } },
  'blind-6b': { rules: { precision: 0.7, recall: 0.72 }, model: { precision: 0.78, recall: 0.66 } },
  'blind-6': { rules: { precision: 0.78, recall: 0.72 }, model: { precision: 0.82, recall: 0.73 } },
} as const;

/**
 * The only scoring of the seventh blind corpus (2026-11-24, session 6, model of 92a91e3; 7a and 7b written
 * by two helpers from the labelling guide alone while the session's changes were made): 7a (372) rules
 * P 0.876 R 0.758, rules + model P 0.881 R 0.790; 7b (272) rules 0.694 / 0.758, model 0.785 / 0.814;
 * together (644) rules 0.781 / 0.758 (tp 354 fp 99 fn 113), model 0.833 / 0.801 (tp 374 fp 75 fn 93).
 * The model of the session's start (27cfa53) scored 0.835 / 0.756 together in the same run (7b 0.795 / 0.721).
 */
const BLIND_7_FLOORS = {
  'blind-7a': { rules: { precision: 0.85, recall: 0.73 }, model: { precision: 0.86, recall: 0.76 } },
  'blind-7b': { rules: { precision: 0.66, recall: 0.73 }, model: { precision: 0.76, recall: 0.79 } },
  'blind-7': { rules: { precision: 0.76, recall: 0.73 }, model: { precision: 0.81, recall: 0.78 } },
} as const;

/**
 * The only scoring of the eighth blind corpus (2026-11-24, session 6, model of 86c2fb3, the session's
 * final classifier; written by two helpers from the labelling guide alone after blind-7 was scored):
 * 8a (403) rules P 0.924 R 0.799, rules + model P 0.924 R 0.803; 8b (258) rules 0.726 / 0.776, model
 * 0.762 / 0.828; together (661) rules 0.834 / 0.790 (tp 342 fp 68 fn 91), model 0.850 / 0.813 (tp 352
 * fp 62 fn 81). In the same run the session's starting model (27cfa53) scored 0.854 / 0.783 and the
 * model scored on blind-7 (92a91e3) 0.852 / 0.808.
 */
const BLIND_8_FLOORS = {
  'blind-8a': { rules: { precision: 0.9, recall: 0.77 }, model: { precision: 0.9, recall: 0.78 } },
  'blind-8b': { rules: { precision: 0.7, recall: 0.75 }, model: { precision: 0.74, recall: 0.8 } },
  'blind-8': { rules: { precision: 0.81, recall: 0.77 }, model: { precision: 0.83, recall: 0.79 } },
} as const;

/**
 * The only scoring of the ninth blind corpus (2026-11-24, session 7, model of 0569ad6, the classifier
 * after the session's changes; written by two helpers from the labelling guide alone at the session's
 * start): 9a (518) rules P 0.894 R 0.689, rules + model P 0.883 R 0.703; 9b (322) rules 0.722 / 0.795,
 * model 0.773 / 0.824; together (840) rules 0.810 / 0.732 (tp 434 fp 102 fn 159), model 0.831 / 0.752
 * (tp 446 fp 91 fn 147). In the same run the session's starting model (963eb85) scored 0.826 / 0.745.
 */
const BLIND_9_FLOORS = {
  'blind-9a': { rules: { precision: 0.87, recall: 0.66 }, model: { precision: 0.86, recall: 0.68 } },
  'blind-9b': { rules: { precision: 0.69, recall: 0.77 }, model: { precision: 0.74, recall: 0.8 } },
  'blind-9': { rules: { precision: 0.79, recall: 0.71 }, model: { precision: 0.81, recall: 0.73 } },
} as const;

/**
 * The only scoring of the tenth blind corpus (2026-11-24, session 7, model of dd8ead5, the session's
 * final classifier; written by two helpers from the labelling guide alone after blind-9 was scored):
 * 10a (511) rules P 0.901 R 0.761, rules + model P 0.866 R 0.799; 10b (338) rules 0.717 / 0.736, model
 * 0.775 / 0.781; together (849) rules 0.813 / 0.750 (tp 460 fp 106 fn 153), model 0.825 / 0.791 (tp
 * 485 fp 103 fn 128). In the same run the model scored on blind-9 (0805966) gave 0.833 / 0.775 and the
 * session's starting model (963eb85) 0.825 / 0.768.
 */
const BLIND_10_FLOORS = {
  'blind-10a': { rules: { precision: 0.88, recall: 0.73 }, model: { precision: 0.84, recall: 0.77 } },
  'blind-10b': { rules: { precision: 0.69, recall: 0.71 }, model: { precision: 0.75, recall: 0.75 } },
  'blind-10': { rules: { precision: 0.79, recall: 0.72 }, model: { precision: 0.8, recall: 0.76 } },
} as const;

/**
 * The only scoring of the eleventh blind corpus (2026-11-24, session 8, at fa95abe; written by two
 * helpers from the labelling guide alone at the start of the session). Neither model had been trained
 * or calibrated on it when it was scored. The send model is the one
 * the session started with. 11a (349) rules P 0.910 R 0.805, send model 0.909 / 0.837, full model
 * 0.938 / 0.837; 11b (282) rules 0.790 / 0.783, send model 0.819 / 0.807, full model 0.911 / 0.792;
 * together (631) rules 0.852 / 0.795 (tp 364 fp 63 fn 94), send model 0.867 / 0.823 (tp 377 fp 58 fn
 * 81), full model 0.926 / 0.817 (tp 374 fp 30 fn 84). Any category at document level: send model
 * 0.907 / 0.884, full model 0.949 / 0.871. Since then the full model also trains on blind-11 (in
 * HOLDOUT; there it now scores 0.960 / 0.895, which measures fit): its floors here only catch a regression.
 */
const BLIND_11_FLOORS = {
  'blind-11a': { rules: { precision: 0.88, recall: 0.78 }, model: { precision: 0.88, recall: 0.81 }, full: { precision: 0.91, recall: 0.81 } },
  'blind-11b': { rules: { precision: 0.76, recall: 0.75 }, model: { precision: 0.79, recall: 0.78 }, full: { precision: 0.88, recall: 0.76 } },
  'blind-11': { rules: { precision: 0.83, recall: 0.77 }, model: { precision: 0.84, recall: 0.8 }, full: { precision: 0.9, recall: 0.79 } },
} as const;

/**
 * The only scoring of the twelfth blind corpus (2026-11-24, session 8, at 63732a4: the session's final
 * classifier, the full model trained with blind-11; written by two helpers from the labelling guide
 * alone while the full model was built). No model has been trained or calibrated on it. 12a (418)
 * rules P 0.900 R 0.755, send model 0.874 / 0.785, full model 0.899 / 0.810; 12b (248) rules 0.695 /
 * 0.721, send model 0.756 / 0.784, full model 0.865 / 0.742; together (666) rules 0.806 / 0.741 (tp 344
 * fp 83 fn 120), send model 0.822 / 0.784 (tp 364 fp 79 fn 100), full model 0.885 / 0.782 (tp 363 fp 47
 * fn 101). Any category at document level: send model 0.889 / 0.877, full model 0.929 / 0.877.
 */
const BLIND_12_FLOORS = {
  'blind-12a': { rules: { precision: 0.87, recall: 0.73 }, model: { precision: 0.85, recall: 0.76 }, full: { precision: 0.87, recall: 0.78 } },
  'blind-12b': { rules: { precision: 0.66, recall: 0.69 }, model: { precision: 0.73, recall: 0.75 }, full: { precision: 0.83, recall: 0.71 } },
  'blind-12': { rules: { precision: 0.78, recall: 0.72 }, model: { precision: 0.8, recall: 0.76 }, full: { precision: 0.86, recall: 0.76 } },
} as const;

/**
 * The scoring of the thirteenth blind corpus (2026-11-25, session 9: the session's final full model,
 * length-normalised and trained with train-k … train-n and blind-12; written by two helpers from the
 * labelling guide alone at the end of session 8). No model has been trained or calibrated on it. 13a
 * (347) rules P 0.937 R 0.775, send model 0.931 / 0.818, full model 0.931 / 0.879; 13b (279) rules
 * 0.807 / 0.769, send model 0.831 / 0.773, full model 0.875 / 0.795; together (626) rules 0.868 / 0.772
 * (tp 355 fp 54 fn 105), send model 0.880 / 0.796 (tp 366 fp 50 fn 94), full model 0.904 / 0.837 (tp
 * 385 fp 41 fn 75). In the same run session 8's full model scored 0.923 / 0.787 (tp 362 fp 30 fn 98).
 * Any category at document level: send model 0.912 / 0.910, session 8's full model 0.938 / 0.904, full
 * model 0.934 / 0.921. (It was first scored with a full model trained before the training side applied
 * the norm through emitChunkFeatures as the run time does — 11 hash buckets shared by a word and a rule
 * signal were left unscaled there: 0.915 / 0.839. The fix was made and retrained before the second
 * scoring and ships whatever it scored; the two show how much a retrain alone moves the estimate.)
 */
const BLIND_13_FLOORS = {
  'blind-13a': { rules: { precision: 0.92, recall: 0.75 }, model: { precision: 0.91, recall: 0.8 }, full: { precision: 0.92, recall: 0.85 } },
  'blind-13b': { rules: { precision: 0.79, recall: 0.75 }, model: { precision: 0.81, recall: 0.75 }, full: { precision: 0.86, recall: 0.78 } },
  'blind-13': { rules: { precision: 0.85, recall: 0.75 }, model: { precision: 0.86, recall: 0.78 }, full: { precision: 0.9, recall: 0.82 } },
} as const;

/**
 * The scoring of the fourteenth blind corpus (2026-11-25, session 10, first thing: the full model session 9
 * shipped, 260c4e5; written by two helpers from the labelling guide alone, its "Recurring cases" included,
 * in session 9). No model had been trained or calibrated on it. 14a (532) rules P 0.854 R 0.708, send
 * model 0.858 / 0.785, full model 0.873 / 0.873; 14b (312) rules 0.836 / 0.736, send model 0.847 / 0.777,
 * full model 0.916 / 0.814; together (844) rules 0.846 / 0.719 (tp 435 fp 79 fn 170), send model 0.854 /
 * 0.782 (tp 473 fp 81 fn 132), full model 0.889 / 0.850 (tp 514 fp 64 fn 91). Any category at document
 * level: send model 0.892 / 0.853, full model 0.938 / 0.913. Session 9's leave-one-blind-set-out estimate
 * of that full model was 0.891 / 0.850.
 */
const BLIND_14_FLOORS = {
  'blind-14a': { rules: { precision: 0.84, recall: 0.69 }, model: { precision: 0.84, recall: 0.77 }, full: { precision: 0.86, recall: 0.86 } },
  'blind-14b': { rules: { precision: 0.82, recall: 0.72 }, model: { precision: 0.83, recall: 0.76 }, full: { precision: 0.9, recall: 0.8 } },
  'blind-14': { rules: { precision: 0.83, recall: 0.7 }, model: { precision: 0.84, recall: 0.77 }, full: { precision: 0.88, recall: 0.83 } },
} as const;

/**
 * The scoring of the fifteenth blind corpus (2026-11-25, session 10: the session's final full model, word
 * bigrams and 6,400 weights per category, trained with blind-13 and blind-14; written by two helpers from
 * the labelling guide alone, its rulings of session 10 included, while the model was changed). No model
 * had been trained or calibrated on it. 15a (534) rules P 0.910 R 0.690, send model 0.898 / 0.728, full
 * model 0.882 / 0.849; 15b (305) rules 0.794 / 0.817, send model 0.835 / 0.779, full model 0.878 / 0.808;
 * together (839) rules 0.858 / 0.738 (tp 470 fp 78 fn 167), send model 0.872 / 0.747 (tp 476 fp 70 fn
 * 161), full model 0.881 / 0.834 (tp 531 fp 72 fn 106). In the same run session 9's full model scored
 * 0.881 / 0.815 (tp 519 fp 70 fn 118). Any category at document level: send model 0.925 / 0.828, session
 * 9's full model 0.930 / 0.871, full model 0.933 / 0.888.
 */
const BLIND_15_FLOORS = {
  'blind-15a': { rules: { precision: 0.89, recall: 0.67 }, model: { precision: 0.88, recall: 0.71 }, full: { precision: 0.87, recall: 0.83 } },
  'blind-15b': { rules: { precision: 0.78, recall: 0.8 }, model: { precision: 0.82, recall: 0.76 }, full: { precision: 0.86, recall: 0.79 } },
  'blind-15': { rules: { precision: 0.84, recall: 0.72 }, model: { precision: 0.86, recall: 0.73 }, full: { precision: 0.87, recall: 0.82 } },
} as const;
