/**
 * Trains Kuvert's sensitive-category model (issue 5) and writes
 * src/core/classify/model/category-weights.generated.ts. Run: `node scripts/train-category-model.mjs`
 * (add `--report` for the nested cross-validation report and `--grid` for the hyper-parameter grid).
 *
 * Method: every labelled document of the training corpora is read by the same code classifyText
 * runs (rule scan + word features, src/core/classify/model/); one-vs-rest logistic regression per
 * category, trained together with AdaGrad SGD, L2 penalty, a fixed seed and a fixed document order,
 * five such models on bootstrap samples averaged;
 * 5-fold cross-validation grouped so near-duplicates (word-set Jaccard ≥ 0.5) stay in one fold;
 * per-category thresholds picked on the out-of-fold probabilities (best F0.5 within [0.5, 0.85], or never);
 * weights pruned to the top K by |w| per category and quantised, in every fold as in the final model.
 * Deterministic: the same corpora give the same file, byte for byte.
 */
import { classifyText } from '../src/core/classify/classify-text.js';
import { MODEL_KINDS } from '../src/core/classify/model/chunk-features.js';
import { documentFeatures } from '../src/core/classify/model/document-features.js';
import { KIND_BIGRAM, KIND_PREFIX, KIND_RULE, KIND_SHAPE, KIND_SUFFIX, KIND_WORD } from '../src/core/classify/model/text-features.js';
import { MAX_Q, encodeWeights, type EncodedModel, type KeptWeight } from '../src/core/classify/model/weights.js';
import { DEFAULT_POLICY } from '../src/core/policy/default-policy.js';
import { CATEGORY_TYPES, type CategoryType } from '../src/core/classify/types.js';
import { CATEGORY_CORPUS, type LabelledDocument } from '../test/vectors/classify/category-corpus.js';
import { CATEGORY_CORPUS_2 } from '../test/vectors/classify/category-corpus-2.js';
import { CATEGORY_CORPUS_3 } from '../test/vectors/classify/category-corpus-3.js';
import { CATEGORY_HELDOUT } from '../test/vectors/classify/category-heldout.js';
import { CATEGORY_BLIND } from '../test/vectors/classify/category-blind.js';
import { CATEGORY_BLIND_2 } from '../test/vectors/classify/category-blind-2.js';
import { CATEGORY_BLIND_3A } from '../test/vectors/classify/category-blind-3a.js';
import { CATEGORY_BLIND_3B } from '../test/vectors/classify/category-blind-3b.js';
import { CATEGORY_BLIND_4A } from '../test/vectors/classify/category-blind-4a.js';
import { CATEGORY_BLIND_4B } from '../test/vectors/classify/category-blind-4b.js';
import { CATEGORY_BLIND_5A } from '../test/vectors/classify/category-blind-5a.js';
import { CATEGORY_BLIND_5B } from '../test/vectors/classify/category-blind-5b.js';
import { CATEGORY_BLIND_6A } from '../test/vectors/classify/category-blind-6a.js';
import { CATEGORY_BLIND_6B } from '../test/vectors/classify/category-blind-6b.js';
import { CATEGORY_BLIND_7A } from '../test/vectors/classify/category-blind-7a.js';
import { CATEGORY_BLIND_7B } from '../test/vectors/classify/category-blind-7b.js';
import { CATEGORY_BLIND_8A } from '../test/vectors/classify/category-blind-8a.js';
import { CATEGORY_BLIND_8B } from '../test/vectors/classify/category-blind-8b.js';
import { CATEGORY_BLIND_9A } from '../test/vectors/classify/category-blind-9a.js';
import { CATEGORY_BLIND_9B } from '../test/vectors/classify/category-blind-9b.js';
import { CATEGORY_BLIND_10A } from '../test/vectors/classify/category-blind-10a.js';
import { CATEGORY_BLIND_10B } from '../test/vectors/classify/category-blind-10b.js';
import { CATEGORY_BLIND_11A } from '../test/vectors/classify/category-blind-11a.js';
import { CATEGORY_BLIND_11B } from '../test/vectors/classify/category-blind-11b.js';
import { CATEGORY_BLIND_12A } from '../test/vectors/classify/category-blind-12a.js';
import { CATEGORY_BLIND_12B } from '../test/vectors/classify/category-blind-12b.js';
import { CATEGORY_BLIND_13A } from '../test/vectors/classify/category-blind-13a.js';
import { CATEGORY_BLIND_13B } from '../test/vectors/classify/category-blind-13b.js';
import { CATEGORY_BLIND_14A } from '../test/vectors/classify/category-blind-14a.js';
import { CATEGORY_BLIND_14B } from '../test/vectors/classify/category-blind-14b.js';
import { TRAIN_A } from '../test/vectors/classify/train/train-a.js';
import { TRAIN_B } from '../test/vectors/classify/train/train-b.js';
import { TRAIN_C } from '../test/vectors/classify/train/train-c.js';
import { TRAIN_D } from '../test/vectors/classify/train/train-d.js';
import { TRAIN_E } from '../test/vectors/classify/train/train-e.js';
import { TRAIN_F } from '../test/vectors/classify/train/train-f.js';
import { TRAIN_G } from '../test/vectors/classify/train/train-g.js';
import { TRAIN_H } from '../test/vectors/classify/train/train-h.js';
import { TRAIN_I } from '../test/vectors/classify/train/train-i.js';
import { TRAIN_J } from '../test/vectors/classify/train/train-j.js';
import { TRAIN_K } from '../test/vectors/classify/train/train-k.js';
import { TRAIN_L } from '../test/vectors/classify/train/train-l.js';
import { TRAIN_M } from '../test/vectors/classify/train/train-m.js';
import { TRAIN_N } from '../test/vectors/classify/train/train-n.js';
import { TRAIN_O } from '../test/vectors/classify/train/train-o.js';
import { TRAIN_P } from '../test/vectors/classify/train/train-p.js';

export const CORPORA: readonly (readonly [string, readonly LabelledDocument[]])[] = [
  ['category-corpus.ts', CATEGORY_CORPUS],
  ['category-corpus-2.ts', CATEGORY_CORPUS_2],
  ['category-corpus-3.ts', CATEGORY_CORPUS_3],
  ['category-heldout.ts', CATEGORY_HELDOUT],
  ['train/train-a.ts', TRAIN_A],
  ['train/train-b.ts', TRAIN_B],
  ['train/train-c.ts', TRAIN_C],
  ['train/train-d.ts', TRAIN_D],
  ['train/train-e.ts', TRAIN_E],
  ['train/train-f.ts', TRAIN_F],
  ['train/train-g.ts', TRAIN_G],
  ['train/train-h.ts', TRAIN_H],
  ['train/train-i.ts', TRAIN_I],
];

export type Corpus = readonly [string, readonly LabelledDocument[]];

/**
 * Where the thresholds come from (session 4). The lexicons were tuned on CORPORA, so on CORPORA the
 * rules find nearly everything and out-of-fold thresholds there teach the model that an addition is
 * almost always wrong; on unseen text the rules miss more. These four sets were written from the
 * labelling guide alone and were never read to write lexicon terms (their scores were printed while
 * the lexicons were worked on, and a few of their error lines), so the rules behave on them as on
 * unseen text. The weights never see them; each category's threshold is the one with the best
 * F-score on them. Each set was scored once as a blind estimate before it joined; the later blind sets
 * are in HOLDOUT (the newest, blind-10, was the estimate of session 7).
 */
export const CALIBRATION: readonly Corpus[] = [
  ['category-blind.ts', CATEGORY_BLIND],
  ['category-blind-2.ts', CATEGORY_BLIND_2],
  ['category-blind-3a.ts', CATEGORY_BLIND_3A],
  ['category-blind-3b.ts', CATEGORY_BLIND_3B],
  // Scored once as the blind estimate (corpus-quality.test.ts), then tuning data like the others.
  ['category-blind-4a.ts', CATEGORY_BLIND_4A],
  ['category-blind-4b.ts', CATEGORY_BLIND_4B],
];

/**
 * What `--holdout` and `--halves` score: sets the send model's weights and thresholds never see. blind-5 chose
 * the session-5 way of combining rules and model; blind-6 was then scored once as the estimate
 * (corpus-quality.test.ts), blind-7 and blind-8 in session 6, blind-9 and blind-10 in session 7. All are development data now; a new estimate
 * needs a new blind set. Since session 8 the full model trains on them (FULL_CORPORA). blind-11 was
 * scored once in session 8 before the full model trained on it; blind-12 was the estimate of the model
 * trained with it, and is in the full model's training data since session 9. blind-13 (written at the
 * end of session 8) was session 9's estimate; blind-14 (written in session 9) was scored once at the start
 * of session 10, as the estimate of session 9's full model; both are development data and training data
 * of the full model since. blind-15 (written in session 10) was scored once as the estimate of session
 * 10's full model (corpus-quality.test.ts); it is in no list here yet: the next session may make it
 * development data. A new estimate needs a new blind set.
 */
export const HOLDOUT: readonly Corpus[] = [
  ['category-blind-5a.ts', CATEGORY_BLIND_5A],
  ['category-blind-5b.ts', CATEGORY_BLIND_5B],
  ['category-blind-6a.ts', CATEGORY_BLIND_6A],
  ['category-blind-6b.ts', CATEGORY_BLIND_6B],
  // Scored once as the estimate in session 6 (corpus-quality.test.ts); development data since.
  ['category-blind-7a.ts', CATEGORY_BLIND_7A],
  ['category-blind-7b.ts', CATEGORY_BLIND_7B],
  // Scored once as the final estimate of session 6; development data since.
  ['category-blind-8a.ts', CATEGORY_BLIND_8A],
  ['category-blind-8b.ts', CATEGORY_BLIND_8B],
  // Scored once as the estimate of session 7; development data since.
  ['category-blind-9a.ts', CATEGORY_BLIND_9A],
  ['category-blind-9b.ts', CATEGORY_BLIND_9B],
  // Scored once as the final estimate of session 7; development data since.
  ['category-blind-10a.ts', CATEGORY_BLIND_10A],
  ['category-blind-10b.ts', CATEGORY_BLIND_10B],
  // Scored once in session 8 (both models); development data since, and training data of the full model.
  ['category-blind-11a.ts', CATEGORY_BLIND_11A],
  ['category-blind-11b.ts', CATEGORY_BLIND_11B],
  // Scored once as the final estimate of session 8; development data since (session 9), and training data of the full model.
  ['category-blind-12a.ts', CATEGORY_BLIND_12A],
  ['category-blind-12b.ts', CATEGORY_BLIND_12B],
  // Scored once as the estimate of session 9; development data since (session 10), and training data of the full model.
  ['category-blind-13a.ts', CATEGORY_BLIND_13A],
  ['category-blind-13b.ts', CATEGORY_BLIND_13B],
  // Scored once at the start of session 10, as the estimate of session 9's full model; the same since.
  ['category-blind-14a.ts', CATEGORY_BLIND_14A],
  ['category-blind-14b.ts', CATEGORY_BLIND_14B],
];

/**
 * Training sets written in session 9 in the blind sets' style (two of short texts, two of long ones;
 * from the labelling guide alone, disclosures often indirect): training data of the full model only
 * (the send model's 200 weights per category gained nothing from more varied text, session 8).
 */
export const WRITER_CORPORA: readonly Corpus[] = [
  ['train/train-k.ts', TRAIN_K],
  ['train/train-l.ts', TRAIN_L],
  ['train/train-m.ts', TRAIN_M],
  ['train/train-n.ts', TRAIN_N],
];

/**
 * Sets written for the model but not (yet) trained on. `--compare` measures, on fixed folds of CORPORA,
 * what adding them to the training side of every fold changes, so that a data set is only added when
 * it helps on the same held-out documents.
 */
export const CANDIDATES: readonly Corpus[] = [
  // train-e … train-h were candidates in session 4: --compare showed each raising F1 on fixed folds of
  // the others (a–d plus the early corpora), all four together most; they are in CORPORA now.
  // Session 6: train-i (301 long texts) raised F1 on the fixed folds (model P 0.928 R 0.898 → 0.930 /
  // 0.900) and on blind-5 and blind-6 as held-out sets (0.861 / 0.808 → 0.863 / 0.813); it is in CORPORA.
  // train-j (553 short and medium texts on the weak categories) lowered precision on the fixed folds
  // (0.928 → 0.919 at the same recall), so it stays a candidate; the model of CORPORA scores it, unseen,
  // at P 0.799 R 0.694.
  ['train/train-j.ts', TRAIN_J],
  // Session 10: train-o (525 short texts) and train-p (335 long ones), written like train-k … train-n but
  // with half of their labelled texts indirect disclosures of the categories missed most, each next to a
  // same-topic hard negative. Added to the full model's training data, each lowered F1 leaving one blind
  // set out (blind-5..14, the shipped recipe at 0.904 / 0.866, F1 0.885): train-o alone (without
  // bigrams) 0.874 against 0.877, train-p 0.896 / 0.867 (0.881), both 0.900 / 0.866 (0.882).
  ['train/train-o.ts', TRAIN_O],
  ['train/train-p.ts', TRAIN_P],
];

export interface Hyper {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Weight of a positive example relative to a negative one. */
  readonly positiveWeight: number;
  /** Kept weights per category. */
  readonly topK: number;
  /** At most this many weights in all, the largest |w| of the per-category top K (absent: no cap). */
  readonly keep?: number;
  /** Features seen in fewer training documents than this get no weight. */
  readonly minDf: number;
  /** The lowest threshold a category may get. */
  readonly floor: number;
  /** Models averaged over bootstrap samples (1: one model on all rows). */
  readonly bags: number;
  /** `model`: the model decides; `union`: the rules' own decision stands and the model may add to it. */
  readonly mode: 'model' | 'union';
  /** In `union` mode: the rules' own confidence at which their decision stands (0.60: whatever they report). */
  readonly standAbove: number;
  /** What a threshold maximises on the out-of-fold probabilities: F1, or F0.5 (precision counts more). */
  readonly objective: 'f1' | 'f0.5';
  /** Stage 2: combine each category's score with "discloses anything" and the rule signals. */
  readonly stack: boolean;
  /** Weight quantisation: |q| ≤ 2^(bits-1) - 1 units of one shared scale. */
  readonly bits: number;
  /**
   * `held-out`: weights on CORPORA, thresholds on CALIBRATION (which the weights never see).
   * `out-of-fold`: weights on CORPORA and CALIBRATION; thresholds on out-of-fold probabilities of the
   * CALIBRATION documents (each fold scored by weights trained on CORPORA and the other folds).
   */
  readonly calibrate?: 'held-out' | 'out-of-fold';
  /**
   * In `union` mode: a rule finding below `standAbove` (but at the report level) still stands unless the
   * model's probability is below `veto` × the category's threshold (0: it never stands below `standAbove`).
   * The model only overrules the lexicons where it is fairly sure; short clear sentences keep their finding.
   */
  readonly veto?: number;
  /**
   * In texts shorter than this (characters) the rules decide alone: the model reads too little there,
   * either to overrule a finding ("Yusuf är praktiserande muslim.") or to add one ("Hon är i Grekland
   * på semester." read as origin). 0 or absent: the model reads every text. Session 5 chose 120 on
   * blind-5; session 7 measured 60–90 better on blind-5..9 pooled (F1 0.823 → 0.830) and took 90.
   */
  readonly shortText?: number;
  /**
   * Length normalisation (model/length-norm.ts): a document's word features count sqrt(norm / n) each,
   * n its number of words, when n > norm (rule signals keep their values). Absent or 0: none.
   */
  readonly norm?: number;
  /** With `norm`: shorter documents' word features count more than 1 as well. */
  readonly normUp?: boolean;
  /** The feature kinds the model reads (text-features.ts bits; stored in the model). Absent: MODEL_KINDS. */
  readonly kinds?: number;
}

export const DEFAULT_HYPER: Hyper = { epochs: 6, rate: 0.3, l2: 1e-4, positiveWeight: 2, topK: 200, minDf: 3, floor: 0.6, bags: 5, mode: 'union', standAbove: 0.95, shortText: 90, stack: false, objective: 'f1', bits: 6 };

/**
 * The full model (category-weights-full.generated.ts): for the task pane, the reply subject check and
 * the CLI, which have no 60 KB budget. Session 8 measured, leaving each blind group out in turn (its weights on
 * CORPORA and the other blind groups of HOLDOUT, thresholds on CALIBRATION, scored on the group left
 * out; blind-5..10, 4,084 documents): with the blind sets in the training data, 200 weights per
 * category scored F1 0.826 (the send-event model without them: 0.825), 800 scored 0.844 and 3,200
 * scored 0.849 (P 0.905 R 0.799). More weights pay only once the training text is as varied as the
 * blind writers'; the send event cannot carry them (59.3 of its 60 KB are used). With blind-11 as a
 * seventh group: 3,200 weights 0.908 / 0.805 (F1 0.853); positive weight 3 0.902 / 0.809 (0.853);
 * out-of-fold thresholds 0.900 / 0.815 (0.856); train-j added to the training data 0.907 / 0.801
 * (0.851): noise, not taken.
 *
 * Session 9, the same protocol on blind-5..12 (8 groups, 4,750 documents): as session 8 left it 0.905 /
 * 0.800 (F1 0.849); with WRITER_CORPORA 0.902 / 0.810 (0.854); then length normalisation (`norm`,
 * model/length-norm.ts, scaled up as well as down) 30 words 0.900 / 0.830 (0.864), 100 words 0.892 /
 * 0.839 (0.865); and the model reading texts from 40 characters (`shortText`, 90 before) 0.891 / 0.850
 * (0.870). Measured and not taken: the norm only scaling long documents down (0.853 without the new
 * sets), ten epochs (0.865). scikit-learn's TF-IDF logistic regression without a length norm scored
 * 0.037 F1 below the same model with one on blind-12, which is why it was tried.
 *
 * Session 10 (`--loso`, blind-5..14 as 10 groups, 6,221 documents; session 9's recipe there 0.898 / 0.856,
 * F1 0.877): word bigrams (KIND_BIGRAM) 0.882 / 0.875 (0.878) at 3,200 weights per category, 0.904 / 0.866
 * (0.885) at 6,400 (shipped), 0.909 / 0.859 (0.883) at 12,800. Measured and not taken, without bigrams:
 * 6,400 or 12,800 weights (0.877 both), norm 50 or 200 (0.876, 0.875), positive weight 3 (0.869), l2
 * 3e-5 or 3e-4 (0.877, 0.874), 8 epochs or 9 bagged models (0.877 both), min df 2 (0.877), out-of-fold
 * thresholds (0.878); with bigrams at 6,400: out-of-fold thresholds 0.899 / 0.872 (0.886, for six
 * trainings instead of one), norm 70 or 150 (0.883, 0.880), bigrams of the words' first five letters
 * (0.883), pairs of words one apart (0.881), both (0.883; 0.884 at 9,600), first-five-letter bigrams
 * instead of word bigrams (0.884). Scored through classifyText with the encoded model (`--loso --runtime`)
 * the shipped recipe gives the same 0.904 / 0.866.
 */
export const FULL_HYPER: Hyper = { ...DEFAULT_HYPER, topK: 6400, norm: 100, normUp: true, shortText: 40, kinds: MODEL_KINDS | KIND_BIGRAM };

/** What the full model trains on: CORPORA and every blind set of HOLDOUT (a new blind set is its estimate). */
export const FULL_CORPORA: readonly Corpus[] = [...CORPORA, ...WRITER_CORPORA, ...HOLDOUT];

/** The two shipped models: the send event's (budgeted) and the full one. */
export interface ModelTier {
  readonly name: 'send' | 'full';
  readonly hyper: Hyper;
  readonly corpora: readonly Corpus[];
  /** The generated module (under src/core/classify/model/) and the constant it exports. */
  readonly file: string;
  readonly exportName: string;
  /**
   * How the weights string is written: `concat`, one string as a chain of `'…' +` lines (the bundler
   * folds it into one literal: the send event's bytes count); `pieces`, an array of lines, for a model
   * too large for such a chain (the TypeScript parser recurses once per `+`).
   */
  readonly layout: 'concat' | 'pieces';
}

export const SEND_TIER: ModelTier = { name: 'send', hyper: DEFAULT_HYPER, corpora: CORPORA, file: 'category-weights.generated.ts', exportName: 'CATEGORY_MODEL', layout: 'concat' };
export const FULL_TIER: ModelTier = { name: 'full', hyper: FULL_HYPER, corpora: FULL_CORPORA, file: 'category-weights-full.generated.ts', exportName: 'FULL_CATEGORY_MODEL', layout: 'pieces' };
export const MODEL_TIERS: readonly ModelTier[] = [SEND_TIER, FULL_TIER];
const FOLDS = 5;
const SEED = 20261124;
const NOW = new Date(Date.UTC(2025, 5, 15));
const STRUCTURAL: readonly CategoryType[] = ['credentials', 'bank-account', 'payment-card'];
const RULE_LEVEL = 0.6;
const N = CATEGORY_TYPES.length;

interface Doc {
  readonly text: string;
  readonly source: string;
  /** Bit c set: label c. */
  readonly labels: readonly boolean[];
  /** Compact feature indices and values. */
  readonly idx: Int32Array;
  readonly val: Float64Array;
  /** What the rule detector alone reports (default policy level). */
  readonly rules: readonly boolean[];
  /** The rules' own confidence per category (0 when none). */
  readonly ruleConfidence: readonly number[];
  /** The rule signals the stage-2 model reads (summariseRules over the document). */
  readonly ruleReported: readonly boolean[];
  readonly ruleScore: readonly number[];
  /** Whether the model may report each category (gates.ts). */
  readonly gates: readonly boolean[];
}

interface Data {
  readonly docs: readonly Doc[];
  /** Compact index → feature hash. */
  readonly hashes: readonly number[];
  readonly folds: readonly number[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads and featurises every corpus document. */
export function loadData(corpora = CORPORA, kinds = MODEL_KINDS, norm = 0, normUp = false, withFolds = true): Data {
  const index = new Map<number, number>();
  const hashes: number[] = [];
  const docs: Doc[] = [];
  for (const [source, corpus] of corpora) {
    for (const doc of corpus) {
      const read = documentFeatures(doc.text, NOW, kinds, norm, normUp);
      const features = [...read.features].sort((a, b) => a[0] - b[0]);
      const idx = new Int32Array(features.length);
      const val = new Float64Array(features.length);
      features.forEach(([hash, value], i) => {
        let j = index.get(hash);
        if (j === undefined) {
          index.set(hash, (j = hashes.length));
          hashes.push(hash);
        }
        idx[i] = j;
        val[i] = value;
      });
      const found = classifyText(doc.text, { kind: 'body' }, { now: NOW, categories: 'rules' });
      const rules = CATEGORY_TYPES.map((t) => found.some((f) => f.type === t && f.confidence >= RULE_LEVEL));
      const ruleConfidence = CATEGORY_TYPES.map((t) => Math.max(0, ...found.filter((f) => f.type === t).map((f) => f.confidence)));
      const ruleReported = Array.from(read.rules.reported, (v) => v === 1);
      const ruleScore = Array.from(read.rules.score);
      docs.push({ text: doc.text, source, labels: CATEGORY_TYPES.map((t) => doc.labels.includes(t)), idx, val, rules, ruleConfidence, ruleReported, ruleScore, gates: read.gates });
    }
  }
  // The near-duplicate grouping compares every pair of documents; callers that use no folds skip it.
  return { docs, hashes, folds: withFolds ? groupedFolds(docs) : docs.map(() => 0) };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-zåäöéü0-9]+/).filter((w) => w.length >= 3));
}

/** Folds of near-duplicate groups (union-find over word-set Jaccard ≥ 0.5), balanced greedily, deterministic. */
function groupedFolds(docs: readonly Doc[]): number[] {
  const sets = docs.map((d) => words(d.text));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < docs.length; i++) {
    const a = sets[i] ?? new Set<string>();
    for (let j = i + 1; j < docs.length; j++) {
      const b = sets[j] ?? new Set<string>();
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared / (a.size + b.size - shared || 1) >= 0.5) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const random = mulberry32(SEED);
  const ordered = [...groups.values()].map((g) => ({ g, key: random() })).sort((a, b) => b.g.length - a.g.length || a.key - b.key);
  const sizes = new Array<number>(FOLDS).fill(0);
  const folds = new Array<number>(docs.length).fill(0);
  for (const { g } of ordered) {
    let f = 0;
    for (let k = 1; k < FOLDS; k++) if ((sizes[k] ?? 0) < (sizes[f] ?? 0)) f = k;
    sizes[f] = (sizes[f] ?? 0) + g.length;
    for (const i of g) folds[i] = f;
  }
  return folds;
}

/** Stage-1 outputs: one per category, then "discloses anything" (any label). */
const K = N + 1;
const ANY = N;
/** Stage-2 inputs per category: bias, z_c, z_any, rules report c, that times σ(z_any), best rule score of c. */
const META = 6;

/** A trained model in compact feature space: weights[feature * K + output], bias per output. */
interface Fit {
  readonly w: Float64Array;
  readonly bias: Float64Array;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const label = (doc: Doc | undefined, c: number): boolean => (c === ANY ? doc?.labels.some((l) => l) === true : doc?.labels[c] === true);

/** One-vs-rest logistic regression for all outputs at once, AdaGrad SGD, L2 on touched weights. */
/** `hyper.bags` models on bootstrap samples of `rows`, averaged (an average of linear models is one linear model). */
function train(data: Data, rows: readonly number[], hyper: Hyper): Fit {
  if (hyper.bags <= 1) return trainOne(data, rows, hyper, SEED);
  const w = new Float64Array(data.hashes.length * K);
  const bias = new Float64Array(K);
  const draw = mulberry32(SEED + 1);
  for (let b = 0; b < hyper.bags; b++) {
    const sample = rows.map(() => rows[Math.floor(draw() * rows.length)] ?? 0).sort((x, y) => x - y);
    const fit = trainOne(data, sample, hyper, SEED + 17 * (b + 1));
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + (fit.w[i] ?? 0) / hyper.bags;
    for (let c = 0; c < K; c++) bias[c] = (bias[c] ?? 0) + (fit.bias[c] ?? 0) / hyper.bags;
  }
  return { w, bias };
}

function trainOne(data: Data, rows: readonly number[], hyper: Hyper, seed: number): Fit {
  const features = data.hashes.length;
  const w = new Float64Array(features * K);
  const g2 = new Float64Array(features * K).fill(1e-8);
  const bias = new Float64Array(K);
  const b2 = new Float64Array(K).fill(1e-8);
  // Start each bias at the log-odds of its base rate.
  for (let c = 0; c < K; c++) {
    let pos = 0;
    for (const r of rows) if (label(data.docs[r], c)) pos++;
    bias[c] = Math.log((pos + 0.5) / (rows.length - pos + 0.5));
  }
  const df = new Int32Array(features);
  for (const r of rows) for (const f of data.docs[r]?.idx ?? []) df[f] = (df[f] ?? 0) + 1;
  const random = mulberry32(seed);
  const order = [...rows];
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const r of order) {
      const doc = data.docs[r];
      if (doc === undefined) continue;
      z.set(bias);
      for (let k = 0; k < doc.idx.length; k++) {
        const base = (doc.idx[k] ?? 0) * K;
        const v = doc.val[k] ?? 0;
        for (let c = 0; c < K; c++) z[c] = (z[c] ?? 0) + (w[base + c] ?? 0) * v;
      }
      for (let c = 0; c < K; c++) {
        const y = label(doc, c);
        const err = (sigmoid(z[c] ?? 0) - (y ? 1 : 0)) * (y ? hyper.positiveWeight : 1);
        if (Math.abs(err) < 1e-4) continue;
        b2[c] = (b2[c] ?? 0) + err * err;
        bias[c] = (bias[c] ?? 0) - (hyper.rate * err) / Math.sqrt(b2[c] ?? 1);
        for (let k = 0; k < doc.idx.length; k++) {
          if ((df[doc.idx[k] ?? 0] ?? 0) < hyper.minDf) continue;
          const at = (doc.idx[k] ?? 0) * K + c;
          const grad = err * (doc.val[k] ?? 0) + hyper.l2 * (w[at] ?? 0);
          g2[at] = (g2[at] ?? 0) + grad * grad;
          w[at] = (w[at] ?? 0) - (hyper.rate * grad) / Math.sqrt(g2[at] ?? 1);
        }
      }
    }
  }
  return { w, bias };
}

interface Pruned {
  readonly kept: { feature: number; category: number; q: number }[];
  readonly scale: number;
}

/** The top-K weights per output by |w|, quantised to `hyper.bits` bits (at most what the format holds) with one shared scale. */
function prune(fit: Fit, features: number, hyper: Hyper): Pruned {
  const { topK } = hyper;
  // The "anything" output is only read by stage 2.
  const outputs = hyper.stack ? K : N;
  const chosen: { feature: number; category: number; w: number }[] = [];
  for (let c = 0; c < outputs; c++) {
    const all: { feature: number; w: number }[] = [];
    for (let f = 0; f < features; f++) {
      const w = fit.w[f * K + c] ?? 0;
      if (w !== 0) all.push({ feature: f, w });
    }
    all.sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || a.feature - b.feature);
    for (const { feature, w } of all.slice(0, topK)) chosen.push({ feature, category: c, w });
  }
  // Hyper.keep: of those, the largest |w| over all categories (what the size budget holds).
  if (hyper.keep !== undefined && chosen.length > hyper.keep) {
    chosen.sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || a.feature - b.feature || a.category - b.category);
    chosen.length = hyper.keep;
  }
  let max = 0;
  for (const { w } of chosen) max = Math.max(max, Math.abs(w));
  const levels = Math.min(MAX_Q, 2 ** (hyper.bits - 1) - 1);
  const scale = max > 0 ? Number((max / levels).toPrecision(6)) : 1;
  const kept = chosen.map(({ feature, category, w }) => ({ feature, category, q: Math.round(w / scale) })).filter((k) => k.q !== 0);
  return { kept, scale };
}

/** Stage-1 scores (z) of `rows` under a pruned, quantised model (as core computes them). */
function scores(data: Data, rows: readonly number[], bias: Float64Array, pruned: Pruned): number[][] {
  const weights = new Map<number, { category: number; w: number }[]>();
  for (const { feature, category, q } of pruned.kept) weights.set(feature, [...(weights.get(feature) ?? []), { category, w: q * pruned.scale }]);
  return rows.map((r) => {
    const doc = data.docs[r];
    const z = Array.from(bias);
    if (doc !== undefined) for (let k = 0; k < doc.idx.length; k++) for (const { category, w } of weights.get(doc.idx[k] ?? -1) ?? []) z[category] = (z[category] ?? 0) + w * (doc.val[k] ?? 0);
    return z;
  });
}

/** The stage-2 inputs of category c (see META). */
function meta(doc: Doc | undefined, z: readonly number[], c: number): number[] {
  const reported = doc?.ruleReported[c] === true ? 1 : 0;
  const any = sigmoid(z[ANY] ?? 0);
  return [1, z[c] ?? 0, z[ANY] ?? 0, reported, reported * any, doc?.ruleScore[c] ?? 0];
}

/** Per category, a 6-weight logistic regression over stage-1 scores and rule signals (full-batch gradient descent, deterministic). */
function fitStage2(data: Data, z: ReadonlyMap<number, number[]>): number[][] {
  const rows = [...z.keys()];
  return CATEGORY_TYPES.map((_, c) => {
    const a = [0, 1, 0, 0, 0, 0];
    const xs = rows.map((r) => meta(data.docs[r], z.get(r) ?? [], c));
    const ys = rows.map((r) => (label(data.docs[r], c) ? 1 : 0));
    for (let step = 0; step < 400; step++) {
      const grad = new Array<number>(META).fill(0);
      xs.forEach((x, i) => {
        const err = sigmoid(x.reduce((sum, v, j) => sum + v * (a[j] ?? 0), 0)) - (ys[i] ?? 0);
        x.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
      });
      for (let j = 0; j < META; j++) a[j] = (a[j] ?? 0) - (0.5 * ((grad[j] ?? 0) / xs.length + 1e-3 * (j === 0 ? 0 : a[j] ?? 0)));
    }
    return a.map((v) => Number(v.toFixed(4)));
  });
}

/** Category probabilities from stage-1 scores: stage 2 when there is one, else σ(z_c). */
function probabilities(doc: Doc | undefined, z: readonly number[], stage2: readonly number[][] | undefined): number[] {
  return CATEGORY_TYPES.map((_, c) => {
    if (doc?.gates[c] === false) return 0;
    const a = stage2?.[c];
    if (a === undefined) return sigmoid(z[c] ?? 0);
    return sigmoid(meta(doc, z, c).reduce((sum, v, j) => sum + v * (a[j] ?? 0), 0));
  });
}

/** The threshold with the best F-score on (probability, label, rule stands) triples: within [floor, 0.85], or 1.01 (never). */
function pickThreshold(pairs: readonly Triple[], objective: Hyper['objective'], floor: number, veto = 0): number {
  const beta2 = objective === 'f1' ? 1 : 0.25;
  const candidates = [...new Set(pairs.map(([p]) => Math.min(0.85, Math.max(floor, Number(p.toFixed(4))))))].sort((a, b) => a - b);
  let best = 0.5;
  let bestF = -1;
  // 1.01: the model never reports (or, with rules standing, never adds to the rules) this category.
  for (const t of [Math.max(0.5, floor), ...candidates, 1.01]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [p, y, rule, vetoable] of pairs) {
      const got = decide(p, t, rule, vetoable, veto);
      if (got && y) tp++;
      else if (got) fp++;
      else if (y) fn++;
    }
    const f = ((1 + beta2) * tp) / ((1 + beta2) * tp + beta2 * fn + fp || 1);
    if (f > bestF + 1e-9) {
      bestF = f;
      best = t;
    }
  }
  return best;
}

/** Out-of-fold stage-1 scores of `rows` (folds among `rows` only). */
function outOfFold(data: Data, rows: readonly number[], hyper: Hyper, foldOf: (r: number) => number, folds: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let f = 0; f < folds; f++) {
    const trainRows = rows.filter((r) => foldOf(r) !== f);
    const testRows = rows.filter((r) => foldOf(r) === f);
    if (testRows.length === 0) continue;
    const fit = train(data, trainRows, hyper);
    const z = scores(data, testRows, fit.bias, prune(fit, data.hashes.length, hyper));
    testRows.forEach((r, i) => out.set(r, z[i] ?? []));
  }
  return out;
}

/** (probability, label, the rule finding stands, the rule finding stands unless vetoed). */
type Triple = readonly [number, boolean, boolean, boolean];

/** Whether a category is reported: a standing rule finding, a rule finding the model does not veto, or the model. */
function decide(p: number, t: number, stands: boolean, vetoable: boolean, veto: number): boolean {
  return stands || (vetoable && veto > 0 && p >= veto * t) || p >= t;
}

/** Whether the rules decide category c alone in `doc` (Hyper.shortText; structural categories excepted). */
function rulesOnly(doc: Doc | undefined, hyper: Hyper, c: number): boolean {
  const type = CATEGORY_TYPES[c];
  return doc !== undefined && type !== undefined && !STRUCTURAL.includes(type) && doc.text.length < (hyper.shortText ?? 0);
}

/** A rule finding at the report level that the model may veto (see Hyper.veto). */
function ruleVetoable(doc: Doc, c: number, hyper: Hyper): boolean {
  const type = CATEGORY_TYPES[c];
  return hyper.mode === 'union' && (hyper.veto ?? 0) > 0 && type !== undefined && !STRUCTURAL.includes(type) && (doc.ruleConfidence[c] ?? 0) >= RULE_LEVEL;
}

/** The triple pickThreshold reads for document `doc`, category c, probability p. */
function triple(doc: Doc | undefined, c: number, p0: number, hyper: Hyper): Triple {
  const p = rulesOnly(doc, hyper, c) ? 0 : p0;
  return [p, label(doc, c), doc !== undefined && ruleStands(doc, c, hyper), doc !== undefined && ruleVetoable(doc, c, hyper)];
}

/** Whether the rules' own decision stands whatever the model says (structural categories always; every category in `union` mode). */
function ruleStands(doc: Doc, c: number, hyper: Hyper): boolean {
  const type = CATEGORY_TYPES[c];
  if (type !== undefined && STRUCTURAL.includes(type)) return doc.rules[c] === true;
  if (rulesOnly(doc, hyper, c)) return (doc.ruleConfidence[c] ?? 0) >= RULE_LEVEL;
  return hyper.mode === 'union' && (doc.ruleConfidence[c] ?? 0) >= hyper.standAbove;
}

/** Everything a model is: stage-1 bias and pruned weights, stage 2, thresholds. */
interface Pipeline {
  readonly bias: Float64Array;
  readonly pruned: Pruned;
  readonly stage2: number[][] | undefined;
  readonly thresholds: number[];
}

/** Fits a pipeline on `rows`: inner CV for stage 2 and thresholds, then stage 1 on all of `rows`. */
function fitPipeline(data: Data, rows: readonly number[], hyper: Hyper, foldOf: (r: number) => number, folds: number): Pipeline {
  const oof = outOfFold(data, rows, hyper, foldOf, folds);
  const stage2 = hyper.stack ? fitStage2(data, oof) : undefined;
  const p = new Map([...oof].map(([r, z]) => [r, probabilities(data.docs[r], z, stage2)]));
  const thresholds = CATEGORY_TYPES.map((_, c) =>
    pickThreshold([...p].map(([r, probs]) => {
      const doc = data.docs[r];
      return triple(doc, c, probs[c] ?? 0, hyper);
    }), hyper.objective, hyper.floor, hyper.veto),
  );
  const fit = train(data, rows, hyper);
  return { bias: fit.bias, pruned: prune(fit, data.hashes.length, hyper), stage2, thresholds };
}

/** The pipeline's decisions on `rows`, as classifyText makes them. */
function decisions(data: Data, rows: readonly number[], pipeline: Pipeline, hyper: Hyper): Map<number, boolean[]> {
  const z = scores(data, rows, pipeline.bias, pipeline.pruned);
  const out = new Map<number, boolean[]>();
  rows.forEach((r, i) => {
    const doc = data.docs[r];
    if (doc === undefined) return;
    const p = probabilities(doc, z[i] ?? [], pipeline.stage2);
    out.set(r, CATEGORY_TYPES.map((_, c) => decide(rulesOnly(doc, hyper, c) ? 0 : (p[c] ?? 0), pipeline.thresholds[c] ?? 1, ruleStands(doc, c, hyper), ruleVetoable(doc, c, hyper), hyper.veto ?? 0)));
  });
  return out;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface CvReport {
  readonly documents: number;
  readonly rules: { total: Counts; perCategory: Counts[] };
  readonly model: { total: Counts; perCategory: Counts[] };
  /** The same two, on the documents of train/*.ts only (never seen while the lexicons were tuned). */
  readonly unseenRules: Counts;
  readonly unseenModel: Counts;
  /** Every model error: FP/FN, category, document text. */
  readonly errors: readonly string[];
}

function count(rows: readonly number[], data: Data, decision: (r: number, c: number) => boolean): { total: Counts; perCategory: Counts[] } {
  const perCategory = CATEGORY_TYPES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    for (let c = 0; c < N; c++) {
      const want = data.docs[r]?.labels[c] === true;
      const got = decision(r, c);
      const s = perCategory[c] ?? total;
      const add = (key: keyof Counts): void => {
        s[key]++;
        total[key]++;
      };
      if (want && got) add('tp');
      else if (got) add('fp');
      else if (want) add('fn');
    }
  }
  return { total, perCategory };
}

/**
 * Nested cross-validation: for each outer fold, thresholds come from an inner CV on the other four
 * folds, the model is fitted on those four and scored on the held-out fold.
 */
export function crossValidate(data: Data, hyper: Hyper = DEFAULT_HYPER): CvReport {
  const all = data.docs.map((_, i) => i);
  const decided = new Map<number, boolean[]>();
  for (let f = 0; f < FOLDS; f++) {
    const inner = all.filter((r) => data.folds[r] !== f);
    const test = all.filter((r) => data.folds[r] === f);
    const innerFold = (r: number): number => ((data.folds[r] ?? 0) - (f < (data.folds[r] ?? 0) ? 1 : 0)) % (FOLDS - 1);
    const pipeline = fitPipeline(data, inner, hyper, innerFold, FOLDS - 1);
    for (const [r, d] of decisions(data, test, pipeline, hyper)) decided.set(r, d);
  }
  const model = count(all, data, (r, c) => decided.get(r)?.[c] === true);
  const rules = count(all, data, (r, c) => data.docs[r]?.rules[c] === true);
  const unseen = all.filter((r) => data.docs[r]?.source.startsWith('train/') === true);
  const errors: string[] = [];
  for (const r of all) {
    const doc = data.docs[r];
    CATEGORY_TYPES.forEach((t, c) => {
      const got = decided.get(r)?.[c] === true;
      if (doc !== undefined && got !== doc.labels[c]) errors.push(`${got ? 'FP' : 'FN'} ${t} [${doc.source}] ${doc.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    });
  }
  return {
    errors,
    documents: all.length,
    rules,
    model,
    unseenRules: count(unseen, data, (r, c) => data.docs[r]?.rules[c] === true).total,
    unseenModel: count(unseen, data, (r, c) => decided.get(r)?.[c] === true).total,
  };
}

const pr = (s: Counts): string => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
};

export function formatReport(report: CvReport): string {
  const lines = [`nested ${FOLDS}-fold CV, ${report.documents} documents (document level; rules = rule detector alone at 0.60)`];
  lines.push(`  all       rules ${pr(report.rules.total)}   model ${pr(report.model.total)}`);
  lines.push(`  train/*   rules ${pr(report.unseenRules)}   model ${pr(report.unseenModel)}`);
  CATEGORY_TYPES.forEach((t, c) => lines.push(`  ${t.padEnd(18)} rules ${pr(report.rules.perCategory[c] ?? report.rules.total)}   model ${pr(report.model.perCategory[c] ?? report.model.total)}`));
  return lines.join('\n');
}

/** `--grid`: feature kinds and hyper-parameters compared by nested CV (one line each). */
export function runGrid(log: (line: string) => void): void {
  const line = (report: CvReport): string => formatReport(report).split('\n').slice(1, 3).join(' |');
  const kindSets: [string, number][] = [
    ['words+rules', KIND_WORD | KIND_RULE],
    ['words+prefixes+rules', KIND_WORD | KIND_PREFIX | KIND_RULE],
    ['all but bigrams (shipped)', KIND_WORD | KIND_PREFIX | KIND_SUFFIX | KIND_SHAPE | KIND_RULE],
    ['all', KIND_WORD | KIND_PREFIX | KIND_SUFFIX | KIND_BIGRAM | KIND_SHAPE | KIND_RULE],
    ['all but rule signals', KIND_WORD | KIND_PREFIX | KIND_SUFFIX | KIND_BIGRAM | KIND_SHAPE],
  ];
  for (const [name, kinds] of kindSets) log(`features ${name}: ${line(crossValidate(loadData(CORPORA, kinds)))}`);
  const data = loadData();
  const variants: [Hyper['mode'], boolean, Hyper['objective']][] = [['union', false, 'f1'], ['union', true, 'f0.5'], ['union', true, 'f1'], ['model', false, 'f1'], ['model', true, 'f1'], ['model', true, 'f0.5']];
  for (const [mode, stack, objective] of variants) log(`${mode}, stage 2 ${stack}, ${objective}: ${line(crossValidate(data, { ...DEFAULT_HYPER, mode, stack, objective }))}`);
  for (const topK of [150, 300, 700]) log(`top ${topK}: ${line(crossValidate(data, { ...DEFAULT_HYPER, topK }))}`);
  for (const bags of [1, 10]) log(`${bags} bootstrap models averaged: ${line(crossValidate(data, { ...DEFAULT_HYPER, bags }))}`);
  for (const standAbove of [0.75, 0.85]) log(`rules stand from ${standAbove}: ${line(crossValidate(data, { ...DEFAULT_HYPER, standAbove }))}`);
  for (const positiveWeight of [1, 4]) log(`positive weight ${positiveWeight}: ${line(crossValidate(data, { ...DEFAULT_HYPER, positiveWeight }))}`);
  for (const minDf of [1, 3]) log(`min df ${minDf}: ${line(crossValidate(data, { ...DEFAULT_HYPER, minDf }))}`);
}

/** The weights trained on CORPORA, the thresholds picked on CALIBRATION (see there). */
function fitCalibrated(data: Data, trainRows: readonly number[], calibrationRows: readonly number[], hyper: Hyper): Pipeline {
  const fit = train(data, trainRows, hyper);
  const pruned = prune(fit, data.hashes.length, hyper);
  const z = scores(data, calibrationRows, fit.bias, pruned);
  const p = calibrationRows.map((r, i) => probabilities(data.docs[r], z[i] ?? [], undefined));
  const thresholds = CATEGORY_TYPES.map((_, c) =>
    pickThreshold(calibrationRows.map((r, i) => {
      const doc = data.docs[r];
      return triple(doc, c, p[i]?.[c] ?? 0, hyper);
    }), hyper.objective, hyper.floor, hyper.veto),
  );
  return { bias: fit.bias, pruned, stage2: undefined, thresholds };
}

/** See Hyper.calibrate: the calibration rows' thresholds out of fold, then weights on every row. */
function fitCalibratedOutOfFold(data: Data, trainRows: readonly number[], calibrationRows: readonly number[], hyper: Hyper): Pipeline {
  const docs = calibrationRows.map((r) => data.docs[r]).filter((d): d is Doc => d !== undefined);
  const folds = groupedFolds(docs);
  const p = new Map<number, number[]>();
  for (let f = 0; f < FOLDS; f++) {
    const held = calibrationRows.filter((_, i) => folds[i] === f);
    const rest = calibrationRows.filter((_, i) => folds[i] !== f);
    const fit = train(data, [...trainRows, ...rest], hyper);
    const z = scores(data, held, fit.bias, prune(fit, data.hashes.length, hyper));
    held.forEach((r, i) => p.set(r, probabilities(data.docs[r], z[i] ?? [], undefined)));
  }
  const thresholds = CATEGORY_TYPES.map((_, c) =>
    pickThreshold(calibrationRows.map((r) => {
      const doc = data.docs[r];
      return triple(doc, c, p.get(r)?.[c] ?? 0, hyper);
    }), hyper.objective, hyper.floor, hyper.veto),
  );
  const fit = train(data, [...trainRows, ...calibrationRows], hyper);
  return { bias: fit.bias, pruned: prune(fit, data.hashes.length, hyper), stage2: undefined, thresholds };
}

function fitFinal(data: Data, trainRows: readonly number[], calibrationRows: readonly number[], hyper: Hyper): Pipeline {
  return hyper.calibrate === 'out-of-fold' ? fitCalibratedOutOfFold(data, trainRows, calibrationRows, hyper) : fitCalibrated(data, trainRows, calibrationRows, hyper);
}

/**
 * `--holdout`: the final pipeline (as `hyper` builds it) scored on `holdout`, documents it never sees
 * (neither weights nor thresholds): for comparing ways of building the model on text like the blind sets.
 */
export function runHoldout(log: (line: string) => void, hyper: Hyper, holdout: readonly Corpus[]): void {
  runSplit(log, hyper, CORPORA, CALIBRATION, holdout);
}

/**
 * Weights on `trainOn`, thresholds on `calibrateOn` (out of fold over both when `hyper.calibrate` says
 * so), scored on `test`: what a change of data would do on a set neither side saw.
 */
export function runSplit(log: (line: string) => void, hyper: Hyper, trainOn: readonly Corpus[], calibrateOn: readonly Corpus[], test: readonly Corpus[]): void {
  const { data, n, m } = loadSplit(trainOn, calibrateOn, test, hyper);
  const { tested, rules, model } = scoreSplit(data, n, m, hyper);
  log(`holdout ${test.map(([name]) => name).join(', ')} (${tested}): rules ${pr(rules)}   model ${pr(model.total)}`);
  log(CATEGORY_TYPES.map((t, c) => `    ${t.padEnd(18)} ${pr(model.perCategory[c] ?? model.total)}`).join('\n'));
}

/**
 * `--loso`: leave one blind set out (the protocol sessions 8–10 chose the full model by). `groups` are
 * the blind sets paired by number (blind-5a with blind-5b, …); for each group, weights on `base` and
 * the other groups, thresholds on `calibrateOn`, scored on the group. Everything is read once (one
 * feature index, `hyper`'s length normalisation). Prints each group and the pooled counts.
 */
export function runLeaveOneOut(log: (line: string) => void, hyper: Hyper, base: readonly Corpus[], groups: readonly Corpus[], runtime = false, calibrateOn: readonly Corpus[] = CALIBRATION): Counts {
  const data = loadData([...base, ...calibrateOn, ...groups], hyper.kinds, hyper.norm, hyper.normUp, false);
  const n = base.reduce((sum, [, docs]) => sum + docs.length, 0);
  const m = n + calibrateOn.reduce((sum, [, docs]) => sum + docs.length, 0);
  const groupOf: string[] = [];
  for (const [name, docs] of groups) for (let i = 0; i < docs.length; i++) groupOf.push(name.replace(/^category-(blind-\d+)[a-z]?\.ts$/, '$1'));
  const rows = data.docs.map((_, i) => i);
  const names = [...new Set(groupOf)];
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perCategory = CATEGORY_TYPES.map((): Counts => ({ tp: 0, fp: 0, fn: 0 }));
  for (const name of names) {
    const test = rows.filter((r) => r >= m && groupOf[r - m] === name);
    const trainRows = rows.filter((r) => r < n || (r >= m && groupOf[r - m] !== name));
    const pipeline = fitFinal(data, trainRows, rows.filter((r) => r >= n && r < m), hyper);
    // runtime: each test text through classifyText with the encoded model (chunks, gates, quantised
    // weights, as shipped); otherwise the training side's reading (the document as one chunk).
    const model = runtime ? encodedModel(data, pipeline, hyper, 'in memory') : undefined;
    const decided = model !== undefined ? new Map(test.map((r) => [r, runtimeDecision(data.docs[r]?.text ?? '', model)])) : decisions(data, test, pipeline, hyper);
    const counted = count(test, data, (r, c) => decided.get(r)?.[c] === true);
    for (const key of ['tp', 'fp', 'fn'] as const) {
      total[key] += counted.total[key];
      counted.perCategory.forEach((k, c) => {
        const into = perCategory[c];
        if (into !== undefined) into[key] += k[key];
      });
    }
    log(`  ${name.padEnd(9)} (${test.length}): model ${pr(counted.total)}`);
  }
  const f1 = (k: Counts): string => (k.tp === 0 ? '0' : ((2 * k.tp) / (2 * k.tp + k.fp + k.fn)).toFixed(3));
  log(`leave one out${runtime ? ' (run time)' : ''}, ${names.length} groups: model ${pr(total)} F1 ${f1(total)}`);
  log(CATEGORY_TYPES.map((t, c) => `    ${t.padEnd(18)} ${pr(perCategory[c] ?? total)}`).join('\n'));
  return total;
}

/** The three sets read into one feature index: rows [0, n) train, [n, m) calibrate, [m, …) test. */
function loadSplit(trainOn: readonly Corpus[], calibrateOn: readonly Corpus[], test: readonly Corpus[], hyper?: Hyper): { data: Data; n: number; m: number } {
  const n = trainOn.reduce((sum, [, docs]) => sum + docs.length, 0);
  const m = n + calibrateOn.reduce((sum, [, docs]) => sum + docs.length, 0);
  return { data: loadData([...trainOn, ...calibrateOn, ...test], hyper?.kinds, hyper?.norm, hyper?.normUp), n, m };
}

/** Weights on rows [0, n), thresholds on [n, m), scored on the rest (see runSplit). */
function scoreSplit(data: Data, n: number, m: number, hyper: Hyper): { tested: number; rules: Counts; model: { total: Counts; perCategory: Counts[] } } {
  const rows = data.docs.map((_, i) => i);
  const tested = rows.filter((r) => r >= m);
  const decided = decisions(data, tested, fitFinal(data, rows.filter((r) => r < n), rows.filter((r) => r >= n && r < m), hyper), hyper);
  return {
    tested: tested.length,
    rules: count(tested, data, (r, c) => data.docs[r]?.rules[c] === true).total,
    model: count(tested, data, (r, c) => decided.get(r)?.[c] === true),
  };
}

/**
 * `--curve`: learning curves on HOLDOUT (documents neither weights nor thresholds see), thresholds on
 * CALIBRATION as shipped. Data: the weights trained on a fixed share of every training corpus (the same
 * documents on every run). Capacity: the weights kept per category, all on one read of the full data
 * (whose run at `hyper.topK` is also the curve's 100 % point).
 */
export function runCurve(log: (line: string) => void, hyper: Hyper): void {
  const share = (docs: readonly LabelledDocument[], fraction: number): LabelledDocument[] => docs.filter((_, i) => (i * 7919) % 1000 < fraction * 1000);
  const line = (s: ReturnType<typeof scoreSplit>): string => `rules ${pr(s.rules)}   model ${pr(s.model.total)}`;
  for (const fraction of [0.25, 0.5, 0.75]) {
    const { data, n, m } = loadSplit(CORPORA.map(([name, docs]): Corpus => [name, share(docs, fraction)]), CALIBRATION, HOLDOUT);
    log(`data ${Math.round(fraction * 100)} % (${n} documents): ${line(scoreSplit(data, n, m, hyper))}`);
  }
  const { data, n, m } = loadSplit(CORPORA, CALIBRATION, HOLDOUT);
  for (const topK of [...new Set([100, 200, 400, 800, 1600, hyper.topK])].sort((a, b) => a - b)) {
    const scored = line(scoreSplit(data, n, m, { ...hyper, topK }));
    if (topK === hyper.topK) log(`data 100 % (${n} documents): ${scored}`);
    log(`top ${topK} weights per category: ${scored}`);
  }
}

/**
 * `--halves`: weights on CORPORA; HOLDOUT cut into two halves (grouped folds); each half scored with
 * thresholds picked on (a) CALIBRATION, (b) the other half, (c) both. Which calibration data suits text
 * the lexicons were never tuned on.
 */
export function runHalves(log: (line: string) => void, hyper: Hyper): void {
  const data = loadData([...CORPORA, ...CALIBRATION, ...HOLDOUT]);
  const n = CORPORA.reduce((sum, [, docs]) => sum + docs.length, 0);
  const m = n + CALIBRATION.reduce((sum, [, docs]) => sum + docs.length, 0);
  const rows = data.docs.map((_, i) => i);
  const cal = rows.filter((r) => r >= n && r < m);
  const hold = rows.filter((r) => r >= m);
  const folds = groupedFolds(hold.map((r) => data.docs[r]).filter((d): d is Doc => d !== undefined));
  const half = (r: number): number => ((folds[hold.indexOf(r)] ?? 0) % 2);
  const fit = train(data, rows.filter((r) => r < n), hyper);
  const pruned = prune(fit, data.hashes.length, hyper);
  const z = scores(data, rows, fit.bias, pruned);
  const prob = (r: number): number[] => probabilities(data.docs[r], z[r] ?? [], undefined);
  const thresholdsOn = (on: readonly number[]): number[] => CATEGORY_TYPES.map((_, c) => pickThreshold(on.map((r) => triple(data.docs[r], c, prob(r)[c] ?? 0, hyper)), hyper.objective, hyper.floor, hyper.veto));
  for (const [name, pick] of [['calibration sets', (): readonly number[] => cal], ['other half', (h: number): readonly number[] => hold.filter((r) => half(r) !== h)], ['both', (h: number): readonly number[] => [...cal, ...hold.filter((r) => half(r) !== h)]]] as const) {
    const decided = new Map<number, boolean>();
    const got: number[][] = [];
    for (const h of [0, 1]) {
      const t = thresholdsOn(pick(h));
      for (const r of hold.filter((x) => half(x) === h)) {
        const doc = data.docs[r];
        if (doc === undefined) continue;
        const p = prob(r);
        got[r] = CATEGORY_TYPES.map((_, c) => (decide(rulesOnly(doc, hyper, c) ? 0 : (p[c] ?? 0), t[c] ?? 1, ruleStands(doc, c, hyper), ruleVetoable(doc, c, hyper), hyper.veto ?? 0) ? 1 : 0));
        decided.set(r, true);
      }
    }
    log(`thresholds on ${name}: model ${pr(count(hold, data, (r, c) => got[r]?.[c] === 1).total)}`);
  }
}

/**
 * `corpora` (CORPORA unless told) then CALIBRATION, read once (one feature index, `hyper`'s length
 * normalisation applied), and which rows are which.
 */
export function loadFinalData(kinds: number | undefined = undefined, corpora: readonly Corpus[] = CORPORA, hyper: Hyper = DEFAULT_HYPER): { data: Data; trainRows: number[]; calibrationRows: number[]; corpora: readonly Corpus[] } {
  const data = loadData([...corpora, ...CALIBRATION], kinds ?? hyper.kinds ?? MODEL_KINDS, hyper.norm, hyper.normUp);
  const n = corpora.reduce((sum, [, docs]) => sum + docs.length, 0);
  const rows = data.docs.map((_, i) => i);
  return { data, trainRows: rows.filter((r) => r < n), calibrationRows: rows.filter((r) => r >= n), corpora };
}

/** Rules alone and rules + the final model on the calibration documents (what the thresholds were fitted to). */
export function calibrationReport(hyper: Hyper = DEFAULT_HYPER, final = loadFinalData()): string {
  const { data, trainRows, calibrationRows } = final;
  const pipeline = fitFinal(data, trainRows, calibrationRows, hyper);
  const decided = decisions(data, calibrationRows, pipeline, hyper);
  return `calibration sets (${calibrationRows.length} documents; thresholds fitted here): rules ${pr(count(calibrationRows, data, (r, c) => data.docs[r]?.rules[c] === true).total)}   model ${pr(count(calibrationRows, data, (r, c) => decided.get(r)?.[c] === true).total)}`;
}

/**
 * Trains a tier's final model (weights on its corpora, thresholds on CALIBRATION; `hyper` only when an
 * experiment overrides the tier's) and returns the generated module's source.
 */
export function buildModelSource(tier: ModelTier = SEND_TIER, final = loadFinalData(undefined, tier.corpora, tier.hyper), hyper: Hyper = tier.hyper): string {
  const { exportName, layout } = tier;
  const { data, trainRows, calibrationRows } = final;
  // Stage 2 and its "discloses anything" output are compared in the grid (better CV precision on 2 504
  // documents, but it reports "Hon är i Grekland på semester" as origin); core reads one linear stage.
  if (hyper.stack) throw new Error('stage 2 is for the --grid comparison only: core reads a one-stage model');
  const pipeline = fitFinal(data, trainRows, calibrationRows, hyper);
  const sources = final.corpora.map(([name, docs]) => `${name} (${docs.length})`).join(', ');
  const calibration = CALIBRATION.map(([name, docs]) => `${name} (${docs.length})`).join(', ');
  const trainedOn = `${trainRows.length} documents: ${sources}; thresholds on ${calibrationRows.length}: ${calibration}`;
  const model = encodedModel(data, pipeline, hyper, trainedOn);
  return [
    '// GENERATED by scripts/train-category-model.lib.ts: do not edit. Regenerate with',
    '//   node scripts/train-category-model.mjs',
    '// (test/unit/core/classify/category-model-reproducible.test.ts checks that rerunning gives this file).',
    '//',
    '// One-vs-rest logistic regression per category (AdaGrad SGD, L2, fixed seed) over hashed words,',
    '// prefixes, suffixes, number shapes and the rule detectors\' signals (src/core/classify/model/);',
    '// per-category thresholds picked on calibration sets the weights never saw (1.01: the model never',
    `// reports that category, the rules alone decide); the top weights per category kept, quantised to ${hyper.bits} bits.`,
    `// Hyper-parameters: ${hyper.bags} models on bootstrap samples averaged, epochs ${hyper.epochs}, rate ${hyper.rate}, l2 ${hyper.l2}, positive weight ${hyper.positiveWeight}, min document frequency ${hyper.minDf}, top ${hyper.topK} weights per category, threshold objective ${hyper.objective}, rules ${hyper.mode === 'union' ? 'stand (the model adds)' : 'do not stand'}${hyper.norm !== undefined && hyper.norm > 0 ? `, word features length-normalised to ${hyper.norm} words (${hyper.normUp === true ? 'scaled up and down' : 'scaled down only'})` : ''}${((hyper.kinds ?? MODEL_KINDS) & KIND_BIGRAM) !== 0 ? ', word bigrams read' : ''}.`,
    `// Data (test/vectors/classify/): ${trainedOn}; ${pipeline.pruned.kept.length} weights kept.`,
    "import type { EncodedModel } from './weights.js';",
    '',
    `export const ${exportName}: EncodedModel = {`,
    `  trainedOn: ${JSON.stringify(model.trainedOn)},`,
    `  categories: ${JSON.stringify(model.categories)},`,
    `  bias: ${JSON.stringify(model.bias)},`,
    `  rulesStandFrom: ${JSON.stringify(model.rulesStandFrom)},`,
    `  shortText: ${JSON.stringify(model.shortText)},`,
    `  thresholds: ${JSON.stringify(model.thresholds)},`,
    `  scale: ${model.scale},`,
    ...(model.norm !== undefined ? [`  norm: ${model.norm},`, `  normUp: ${model.normUp === true},`] : []),
    ...(model.kinds !== undefined ? [`  kinds: ${model.kinds},`] : []),
    layout === 'concat'
      ? `  weights:\n    '${model.weights.replace(/.{1,100}/g, (line) => `${line}' +\n    '`).replace(/ \+\n {4}'$/, '')},`
      : `  weights: [\n${(model.weights.match(/.{1,100}/g) ?? []).map((line) => `    '${line}',`).join('\n')}\n  ],`,
    '};',
    '',
  ].join('\n');
}

/** The pruned weights as core stores them (feature hashes, not the compact indices). */
function keptWeights(data: Data, pruned: Pruned): KeptWeight[] {
  return pruned.kept.map(({ feature, category, q }) => ({ hash: data.hashes[feature] ?? 0, category, q }));
}

/** A pipeline as the model object core reads (buildModelSource writes it out; `--loso` can score with it in memory). */
function encodedModel(data: Data, pipeline: Pipeline, hyper: Hyper, trainedOn: string): EncodedModel & { readonly weights: string } {
  return {
    trainedOn,
    categories: CATEGORY_TYPES,
    bias: Array.from(pipeline.bias, (x) => Number(x.toFixed(4))).slice(0, N),
    rulesStandFrom: hyper.mode === 'union' ? hyper.standAbove : null,
    shortText: hyper.shortText ?? 0,
    thresholds: pipeline.thresholds.map((x) => Number(x.toFixed(4))),
    scale: pipeline.pruned.scale,
    ...(hyper.norm !== undefined && hyper.norm > 0 ? { norm: hyper.norm, normUp: hyper.normUp === true } : {}),
    ...(hyper.kinds !== undefined && hyper.kinds !== MODEL_KINDS ? { kinds: hyper.kinds } : {}),
    weights: encodeWeights(keptWeights(data, pipeline.pruned)),
  };
}

/** Per category, whether classifyText with `model` reports it at the default policy's minimum confidence (the corpus-quality test's reading). */
function runtimeDecision(text: string, model: EncodedModel): boolean[] {
  const found = classifyText(text, { kind: 'body' }, { now: NOW, model });
  return CATEGORY_TYPES.map((t) => found.some((f) => f.type === t && f.confidence >= (DEFAULT_POLICY.rules[t]?.minConfidence ?? RULE_LEVEL)));
}

/**
 * Cross-validation on fixed folds: the folds of `base` alone (as crossValidate makes them) are the
 * held-out documents; the documents of `extra` only ever join the training side (outer and inner), so
 * runs with different `extra` score the same documents with the same folds and can be compared.
 */
export function crossValidateFixed(base: readonly Corpus[], extra: readonly Corpus[], hyper: Hyper = DEFAULT_HYPER): CvReport {
  const data = loadData([...base, ...extra]);
  const baseCount = base.reduce((n, [, docs]) => n + docs.length, 0);
  const baseRows = data.docs.map((_, i) => i).filter((i) => i < baseCount);
  const extraRows = data.docs.map((_, i) => i).filter((i) => i >= baseCount);
  const baseFolds = groupedFolds(data.docs.slice(0, baseCount));
  const extraFolds = groupedFolds(data.docs.slice(baseCount));
  const decided = new Map<number, boolean[]>();
  for (let f = 0; f < FOLDS; f++) {
    const test = baseRows.filter((r) => baseFolds[r] === f);
    const inner = [...baseRows.filter((r) => baseFolds[r] !== f), ...extraRows];
    const innerFold = (r: number): number => {
      if (r >= baseCount) return (extraFolds[r - baseCount] ?? 0) % (FOLDS - 1);
      const g = baseFolds[r] ?? 0;
      return g - (f < g ? 1 : 0);
    };
    const pipeline = fitPipeline(data, inner, hyper, innerFold, FOLDS - 1);
    for (const [r, d] of decisions(data, test, pipeline, hyper)) decided.set(r, d);
  }
  const unseen = baseRows.filter((r) => data.docs[r]?.source.startsWith('train/') === true);
  return {
    errors: [],
    documents: baseRows.length,
    rules: count(baseRows, data, (r, c) => data.docs[r]?.rules[c] === true),
    model: count(baseRows, data, (r, c) => decided.get(r)?.[c] === true),
    unseenRules: count(unseen, data, (r, c) => data.docs[r]?.rules[c] === true).total,
    unseenModel: count(unseen, data, (r, c) => decided.get(r)?.[c] === true).total,
  };
}

/**
 * `--compare`: each candidate set (and all of them together) added to the training side of fixed folds
 * of CORPORA, against none; then the model trained on CORPORA alone scored on each candidate set, which
 * it has never seen (like a blind set, though its writers saw the same guide as the trainers').
 */
export function runCompare(log: (line: string) => void, hyper: Hyper = DEFAULT_HYPER, allOnly = false): void {
  const line = (report: CvReport): string => formatReport(report).split('\n').slice(1, 3).join(' |');
  const options: [string, readonly Corpus[]][] = allOnly ? [] : [['none', []], ...CANDIDATES.map((c): [string, readonly Corpus[]] => [c[0], [c]])];
  if (CANDIDATES.length > 1 || allOnly) options.push(['all candidates', CANDIDATES]);
  for (const [name, extra] of options) {
    const report = crossValidateFixed(CORPORA, extra, hyper);
    log(`+ ${name}: ${line(report)}`);
    log(CATEGORY_TYPES.map((t, c) => `    ${t.padEnd(18)} ${pr(report.model.perCategory[c] ?? report.model.total)}`).join('\n'));
  }
  const data = loadData([...CORPORA, ...CANDIDATES]);
  const baseCount = CORPORA.reduce((n, [, docs]) => n + docs.length, 0);
  const baseRows = data.docs.map((_, i) => i).filter((i) => i < baseCount);
  const baseFolds = groupedFolds(data.docs.slice(0, baseCount));
  const pipeline = fitPipeline(data, baseRows, hyper, (r) => baseFolds[r] ?? 0, FOLDS);
  let start = baseCount;
  for (const [name, docs] of CANDIDATES) {
    const rows = docs.map((_, i) => start + i);
    start += docs.length;
    const decided = decisions(data, rows, pipeline, hyper);
    log(`model of CORPORA on unseen ${name}: rules ${pr(count(rows, data, (r, c) => data.docs[r]?.rules[c] === true).total)}   model ${pr(count(rows, data, (r, c) => decided.get(r)?.[c] === true).total)}`);
  }
}
