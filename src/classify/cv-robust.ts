/**
 * A more honest estimate of how the classifier does on documents nobody has seen than one fixed
 * 5-fold split: (a) K-fold CV by document repeated over several fold seeds (mean and spread), and
 * (b) leave-one-partner-type-out (train without every document of a partner type, score on them:
 * a new kind of partner writes differently). Every fold trains from scratch (eval/learners.ts foldLearners).
 * Usage: node dist/src/classify/cv-robust.js [--docs DIR] [--labels FILE] [--folds K] [--seeds N] [--no-lopo] [--base]
 * Training settings are TRAINING in model.ts and WEIGHTS in classifier.ts: change one there, rebuild, rerun.
 */
import { pathToFileURL } from 'node:url';
import { assignFolds, loadLabelledDocs, measuresFromPredictions, type ClassifyFn, type LabelRow } from '../eval/index.js';
import { foldLearners } from '../eval/learners.js';

type Doc = ReturnType<typeof loadLabelledDocs>['docs'][number];
type Measures = ReturnType<typeof measuresFromPredictions>;

type Pred = { row: LabelRow; pred: ReturnType<ClassifyFn>; partnerType: string };
/**
 * Each part held out in turn: a classifier trained from scratch on the other parts' rows (with their
 * documents' partner types; none with `base`) predicts the held-out rows.
 */
export function predictSplit(docs: Doc[], testOf: (d: Doc) => number, parts: number[], base: boolean): Pred[] {
  // the learner `eval --folds` uses on the dev set (from scratch: the committed model has seen it)
  const { trainClassifier } = foldLearners(new Map(docs.map((d) => [d.file, d.partnerType])));
  const preds: Pred[] = [];
  for (const p of parts) {
    const train = docs.filter((d) => testOf(d) !== p).flatMap((d) => d.labels);
    const test = docs.filter((d) => testOf(d) === p).flatMap((d) => d.labels.map((row) => ({ row, partnerType: d.partnerType })));
    if (test.length === 0) continue;
    const classify = trainClassifier(base ? [] : train);
    for (const { row, partnerType } of test) preds.push({ row, pred: classify(row.priority_text, { partnerType }), partnerType });
  }
  return preds;
}

export interface RobustCv {
  seeds: Array<{ seed: number; kindMacroF1: number; kindAccuracy: number; themeAccuracy: number }>;
  mean: { kindMacroF1: number; kindAccuracy: number; themeAccuracy: number };
  sd: { kindMacroF1: number; kindAccuracy: number; themeAccuracy: number };
  lopo?: { pooled: Measures; perType: Array<{ type: string; rows: number; kindAccuracy: number; themeAccuracy: number; themeRows: number }> };
}

export function robustCv(docsDir: string, labelsFile: string, opts: { k?: number; seeds?: number; lopo?: boolean; base?: boolean } = {}): RobustCv {
  const { docs } = loadLabelledDocs(docsDir, labelsFile);
  const k = opts.k ?? 5;
  const seeds: RobustCv['seeds'] = [];
  for (let seed = 0; seed < (opts.seeds ?? 5); seed++) {
    const folds = assignFolds(docs, k, seed);
    const m = measuresFromPredictions(predictSplit(docs, (d) => folds.get(d.file) ?? 0, [...Array(k).keys()], opts.base ?? false));
    seeds.push({ seed, kindMacroF1: m.kindMacroF1, kindAccuracy: m.kindAccuracy, themeAccuracy: m.themeAccuracy });
  }
  const keys = ['kindMacroF1', 'kindAccuracy', 'themeAccuracy'] as const;
  const mean = Object.fromEntries(keys.map((x) => [x, seeds.reduce((s, r) => s + r[x], 0) / seeds.length])) as RobustCv['mean'];
  const sd = Object.fromEntries(keys.map((x) => [x, Math.sqrt(seeds.reduce((s, r) => s + (r[x] - mean[x]) ** 2, 0) / Math.max(1, seeds.length - 1))])) as RobustCv['sd'];
  const out: RobustCv = { seeds, mean, sd };
  if (opts.lopo !== false) {
    const types = [...new Set(docs.map((d) => d.partnerType))].sort();
    const preds = predictSplit(docs, (d) => types.indexOf(d.partnerType), [...types.keys()], opts.base ?? false);
    const pooled = measuresFromPredictions(preds);
    const typeOf = new Map(docs.map((d) => [d.file, d.partnerType]));
    const perType = types.map((type) => {
      const m = measuresFromPredictions(preds.filter((p) => typeOf.get(p.row.file) === type));
      return { type, rows: m.rows, kindAccuracy: m.kindAccuracy, themeAccuracy: m.themeAccuracy, themeRows: m.themeRows };
    });
    out.lopo = { pooled, perType };
  }
  return out;
}

function main(): void {
  const a = process.argv.slice(2);
  const opt = (n: string, d: string) => (a.includes(n) ? (a[a.indexOf(n) + 1] ?? d) : d);
  const t0 = Date.now();
  const r = robustCv(opt('--docs', '../shared/eval/dev/docs'), opt('--labels', '../shared/eval/dev/labels.csv'), {
    k: Number(opt('--folds', '5')), seeds: Number(opt('--seeds', '5')), lopo: !a.includes('--no-lopo'), base: a.includes('--base'),
  });
  const f = (x: number) => x.toFixed(3);
  for (const s of r.seeds) console.log(`seed ${s.seed}  kind macro-F1 ${f(s.kindMacroF1)}  accuracy ${f(s.kindAccuracy)}  theme accuracy ${f(s.themeAccuracy)}`);
  console.log(`mean over ${r.seeds.length} seeds  kind macro-F1 ${f(r.mean.kindMacroF1)} ±${f(r.sd.kindMacroF1)}  accuracy ${f(r.mean.kindAccuracy)} ±${f(r.sd.kindAccuracy)}  theme accuracy ${f(r.mean.themeAccuracy)} ±${f(r.sd.themeAccuracy)}`);
  if (r.lopo) {
    const p = r.lopo.pooled;
    console.log(`leave-one-partner-type-out  kind macro-F1 ${f(p.kindMacroF1)}  accuracy ${f(p.kindAccuracy)}  theme accuracy ${f(p.themeAccuracy)}`);
    console.log('  ' + r.lopo.perType.map((t) => `${t.type} ${f(t.kindAccuracy)}/${t.themeRows ? f(t.themeAccuracy) : '-'} (${t.rows})`).join('  '));
  }
  console.log(`${Date.now() - t0} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
