/**
 * Cross-validation by document: folds of whole documents, stratified by partner type, so what is
 * learned or tuned on some documents is scored on the others (the way the held-back set scores us).
 *
 * The learners are parameters: `trainExtractor` gets the training folds' documents with their
 * labels and returns an extractor; `trainClassifier` gets the training folds' label rows and returns
 * a classify function. Each held-out fold is scored with the same measures as the in-sample eval.
 */
import { measuresFromPredictions, ptContext, type ClassifyFn, type LabelRow } from './evaluate.js';
import { matches } from './match.js';
import type { ClassificationEval } from './report.js';

/** One labelled document as the learners see it. */
export interface LabelledDoc<D> {
  file: string;
  partnerType: string;
  doc: D;
  labels: LabelRow[];
}

/** What an extractor returns per statement: its text, or its text with the reasons it was kept. */
export type Extracted = string | { text: string; reasons: string[] };

/** An extractor; `explainMiss` (optional) says why a labelled statement was not extracted. */
export type Extractor<D> = ((doc: D) => Extracted[]) & { explainMiss?: (doc: D, label: string) => string };

export interface CrossValOptions<D> {
  docs: Array<LabelledDoc<D>>;
  k: number;
  /** Which split of the documents into folds (assignFolds); default 0. */
  seed?: number;
  /** Default: no training (the same extractor for every fold). */
  trainExtractor?: (train: Array<LabelledDoc<D>>) => Extractor<D>;
  trainClassifier?: (train: LabelRow[]) => ClassifyFn;
}

/** Extraction counts over some held-out documents, with their recall and noise. */
export interface ExtractionTally {
  documents: number;
  labelled: number;
  matched: number;
  extracted: number;
  recall: number;
  noise: number;
}

export interface FoldExtraction extends ExtractionTally {
  fold: number;
}

export interface PartnerTypeExtraction extends ExtractionTally {
  partnerType: string;
}

export interface CrossValReport {
  k: number;
  seed: number;
  folds: FoldExtraction[];
  /** Mean over folds (each fold's recall and noise weigh the same). */
  mean: { recall: number; noise: number };
  /** Pooled over every held-out document. */
  pooled: ExtractionTally;
  perPartnerType: PartnerTypeExtraction[];
  /** Per document, held out: which labels were missed and which extractions matched nothing. */
  perDoc: Array<{
    file: string; fold: number; labelled: number; matched: number; extracted: number; missed: string[]; unmatched: string[];
    /** Parallel to `missed` / `unmatched` (empty strings / lists when the extractor gives none). */
    missedWhy: string[]; unmatchedReasons: string[][];
  }>;
  classification: { folds: Array<{ fold: number } & Pick<ClassificationEval, 'rows' | 'kindMacroF1' | 'kindAccuracy' | 'themeAccuracy' | 'themeRows'>>; mean: { kindMacroF1: number; themeAccuracy: number }; pooled: ClassificationEval } | null;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** One tally for a fold, a partner type or the whole set, so recall and noise are computed one way. */
function tally(docs: Array<{ labelled: number; matched: number; extracted: number }>): ExtractionTally {
  let labelled = 0, matched = 0, extracted = 0;
  for (const d of docs) {
    labelled += d.labelled;
    matched += d.matched;
    extracted += d.extracted;
  }
  return { documents: docs.length, labelled, matched, extracted, recall: round(labelled ? matched / labelled : 0), noise: round(labelled ? extracted / labelled : 0) };
}

/**
 * Stratified assignment of whole documents to k folds: documents sorted by partner type (then by
 * file name, or in a seeded shuffled order), dealt round-robin; each partner type starts where the
 * previous one stopped, so small types spread. Seed 0 is the fixed split `eval --folds K` reports;
 * other seeds give other splits of the same documents (`--seeds N`), so no figure rests on one split.
 */
export function assignFolds(docs: Array<{ file: string; partnerType: string }>, k: number, seed = 0): Map<string, number> {
  if (!Number.isInteger(k) || k < 2) throw new Error(`folds must be an integer of at least 2, not ${k}`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`fold seed must be a whole number, not ${seed}`);
  const rnd = mulberry32(seed);
  const keyed = docs.map((d) => ({ d, r: seed === 0 ? 0 : rnd() }));
  keyed.sort((a, b) => a.d.partnerType.localeCompare(b.d.partnerType) || a.r - b.r || a.d.file.localeCompare(b.d.file));
  // a seeded offset, so the first document of the first partner type is not always in fold 0
  const off = seed % k;
  return new Map(keyed.map(({ d }, i) => [d.file, (i + off) % k]));
}

/** A small seeded PRNG (mulberry32): the same seed gives the same folds on every machine. */
function mulberry32(seed: number): () => number {
  let s = (seed * 0x9e3779b9) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Held-out documents tallied per partner type, most documents first. `splits`: how many times each
 * document was held out (once per split), so `documents` counts each document once.
 */
function tallyByPartnerType(perDoc: Array<{ file: string; labelled: number; matched: number; extracted: number }>, typeOf: Map<string, string>, splits: number): PartnerTypeExtraction[] {
  const byType = new Map<string, typeof perDoc>();
  for (const d of perDoc) {
    const pt = typeOf.get(d.file)!;
    const ds = byType.get(pt);
    if (ds) ds.push(d);
    else byType.set(pt, [d]);
  }
  return [...byType]
    .map(([partnerType, ds]) => ({ partnerType, ...tally(ds), documents: ds.length / splits }))
    .sort((a, b) => b.documents - a.documents || a.partnerType.localeCompare(b.partnerType));
}

/** One row of the per-partner-type table; labels are counted once per split, so shown per split. */
function partnerTypeLine(t: PartnerTypeExtraction, splits: number): string {
  const low = t.documents >= 4 && t.recall < 0.8 ? '  < 0.80' : '';
  return `  ${t.partnerType.padEnd(12)}  ${String(t.documents).padStart(4)}  ${String(t.labelled / splits).padStart(8)}  ${t.recall.toFixed(3)}  ${t.noise.toFixed(2).padStart(5)}${low}`;
}

function extractionCounts<D>(d: LabelledDoc<D>, found: Extracted[], extractor: Extractor<D>) {
  const items = found.map((e) => (typeof e === 'string' ? { text: e, reasons: [] as string[] } : e));
  const extracted = items.map((e) => e.text);
  const missed = d.labels.filter((r) => !extracted.some((e) => matches(r.priority_text, e))).map((r) => r.priority_text);
  const unmatchedItems = items.filter((e) => !d.labels.some((r) => matches(r.priority_text, e.text)));
  const missedWhy = missed.map((m) => extractor.explainMiss?.(d.doc, m) ?? '');
  return {
    labelled: d.labels.length, matched: d.labels.length - missed.length, extracted: extracted.length, missed,
    unmatched: unmatchedItems.map((e) => e.text), missedWhy, unmatchedReasons: unmatchedItems.map((e) => e.reasons),
  };
}

export function crossValidate<D>(opts: CrossValOptions<D>, baseExtractor: Extractor<D>): CrossValReport {
  const seed = opts.seed ?? 0;
  const foldOf = assignFolds(opts.docs, opts.k, seed);
  const folds: FoldExtraction[] = [];
  const perDoc: CrossValReport['perDoc'] = [];
  const heldOutPredictions: Array<{ row: LabelRow; pred: ReturnType<ClassifyFn> }> = [];
  const classFolds: NonNullable<CrossValReport['classification']>['folds'] = [];
  const typeOf = new Map(opts.docs.map((d) => [d.file, d.partnerType]));
  for (let f = 0; f < opts.k; f++) {
    const test = opts.docs.filter((d) => foldOf.get(d.file) === f);
    const train = opts.docs.filter((d) => foldOf.get(d.file) !== f);
    if (test.length === 0) continue;
    const extractor = opts.trainExtractor ? opts.trainExtractor(train) : baseExtractor;
    const held = test.map((d) => ({ file: d.file, fold: f, ...extractionCounts(d, extractor(d.doc), extractor) }));
    perDoc.push(...held);
    folds.push({ fold: f, ...tally(held) });
    if (opts.trainClassifier) {
      const classify = opts.trainClassifier(train.flatMap((d) => d.labels));
      const rows = test.flatMap((d) => d.labels);
      const preds = rows.map((row) => ({ row, pred: classify(row.priority_text, ptContext(typeOf.get(row.file))) }));
      const m = measuresFromPredictions(preds);
      classFolds.push({ fold: f, rows: m.rows, kindMacroF1: m.kindMacroF1, kindAccuracy: m.kindAccuracy, themeAccuracy: m.themeAccuracy, themeRows: m.themeRows });
      heldOutPredictions.push(...preds);
    }
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  let classification: CrossValReport['classification'] = null;
  if (opts.trainClassifier) {
    const pooled = measuresFromPredictions(heldOutPredictions);
    classification = {
      folds: classFolds,
      mean: { kindMacroF1: round(sum(classFolds.map((f) => f.kindMacroF1)) / classFolds.length), themeAccuracy: round(sum(classFolds.map((f) => f.themeAccuracy)) / classFolds.length) },
      pooled,
    };
  }
  return {
    k: opts.k,
    seed,
    folds,
    mean: { recall: round(sum(folds.map((f) => f.recall)) / folds.length), noise: round(sum(folds.map((f) => f.noise)) / folds.length) },
    pooled: tally(perDoc),
    perPartnerType: tallyByPartnerType(perDoc, typeOf, 1),
    perDoc,
    classification,
  };
}

/** Terminal summary: each fold, the mean, per partner type, and the pooled classification table; with `details`, a sample of held-out misses and false positives with their reasons. */
export function formatCrossVal(r: CrossValReport, opts: { details?: boolean; sample?: number; notes?: string[] } = {}): string {
  const lines: string[] = [];
  lines.push(`Cross-validation by document: ${r.k} folds, stratified by partner type${r.seed ? `, fold seed ${r.seed}` : ''} (held-out figures)`);
  for (const n of opts.notes ?? []) lines.push(`  ${n}`);
  lines.push('  fold  docs  labelled  recall  noise' + (r.classification ? '   kind-F1  theme-acc' : ''));
  for (const f of r.folds) {
    const c = r.classification?.folds.find((x) => x.fold === f.fold);
    lines.push(`  ${String(f.fold + 1).padStart(4)}  ${String(f.documents).padStart(4)}  ${String(f.labelled).padStart(8)}  ${f.recall.toFixed(3)}  ${f.noise.toFixed(2).padStart(5)}` + (c ? `   ${c.kindMacroF1.toFixed(3)}    ${c.themeAccuracy.toFixed(3)}` : ''));
  }
  lines.push(`  mean                    ${r.mean.recall.toFixed(3)}  ${r.mean.noise.toFixed(2).padStart(5)}` + (r.classification ? `   ${r.classification.mean.kindMacroF1.toFixed(3)}    ${r.classification.mean.themeAccuracy.toFixed(3)}` : ''));
  lines.push(`  pooled: recall ${r.pooled.recall.toFixed(3)} (${r.pooled.matched}/${r.pooled.labelled}), noise ${r.pooled.noise.toFixed(2)}   targets: recall >= 0.90, noise <= 1.5`);
  lines.push('', '  partner type  docs  labelled  recall  noise');
  for (const t of r.perPartnerType) lines.push(partnerTypeLine(t, 1));
  if (opts.details) {
    const n = opts.sample ?? 20;
    const cut = (t: string) => (t.length > 90 ? t.slice(0, 87) + '...' : t).replace(/\s+/g, ' ');
    const misses = r.perDoc.flatMap((d) => d.missed.map((m, i) => ({ file: d.file, text: m, why: d.missedWhy[i] ?? '' })));
    const fps = r.perDoc.flatMap((d) => d.unmatched.map((u, i) => ({ file: d.file, text: u, why: (d.unmatchedReasons[i] ?? []).join('; ') })));
    // an even sample across the set (every k-th), so one document does not fill it
    const sample = <T>(xs: T[]) => (xs.length <= n ? xs : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!));
    lines.push('', `  held-out misses (${sample(misses).length} of ${misses.length}):`);
    for (const m of sample(misses)) lines.push(`    ${m.file}: ${cut(m.text)}`, ...(m.why ? [`      why: ${m.why}`] : []));
    lines.push('', `  held-out extractions matching no label (${sample(fps).length} of ${fps.length}):`);
    for (const f of sample(fps)) lines.push(`    ${f.file}: ${cut(f.text)}`, ...(f.why ? [`      reasons: ${f.why}`] : []));
  }
  const c = r.classification?.pooled;
  if (c) {
    lines.push('', `  classification, held out (${c.rows} rows): kind macro-F1 ${c.kindMacroF1.toFixed(3)}, kind accuracy ${c.kindAccuracy.toFixed(3)}, theme accuracy ${c.themeAccuracy.toFixed(3)} (${c.themeRows} rows)   targets: macro-F1 >= 0.86, theme >= 0.91`);
    for (const [k, s] of Object.entries(c.perKind)) lines.push(`    ${k.padEnd(16)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  n=${s.support}`);
    const kinds = Object.keys(c.confusion);
    lines.push('    confusion (rows expected, columns predicted):');
    lines.push('    ' + ''.padEnd(18) + kinds.map((k) => k.slice(0, 10).padStart(11)).join(''));
    for (const e of kinds) lines.push('    ' + e.padEnd(18) + kinds.map((p) => String(c.confusion[e]?.[p] ?? 0).padStart(11)).join(''));
  }
  return lines.join('\n');
}

/** The same cross-validation over several splits (fold seeds 0..n-1): each split's pooled figures, their mean and spread. */
export interface RepeatedCrossVal {
  k: number;
  runs: CrossValReport[];
  perSeed: Array<{ seed: number; recall: number; noise: number; kindMacroF1?: number; themeAccuracy?: number }>;
  mean: { recall: number; noise: number; kindMacroF1?: number; themeAccuracy?: number };
  sd: { recall: number; noise: number; kindMacroF1?: number; themeAccuracy?: number };
  /** Per partner type, pooled over every split (each document is held out once per split). */
  perPartnerType: PartnerTypeExtraction[];
}

export function repeatCrossValidate<D>(opts: Omit<CrossValOptions<D>, 'seed'>, baseExtractor: Extractor<D>, seeds: number): RepeatedCrossVal {
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`seeds must be a whole number of at least 1, not ${seeds}`);
  const runs = Array.from({ length: seeds }, (_, seed) => crossValidate({ ...opts, seed }, baseExtractor));
  const perSeed = runs.map((r) => ({
    seed: r.seed, recall: r.pooled.recall, noise: r.pooled.noise,
    ...(r.classification ? { kindMacroF1: r.classification.pooled.kindMacroF1, themeAccuracy: r.classification.pooled.themeAccuracy } : {}),
  }));
  const keys = ['recall', 'noise', ...(runs[0]!.classification ? (['kindMacroF1', 'themeAccuracy'] as const) : [])] as const;
  const mean: Record<string, number> = {}, sd: Record<string, number> = {};
  for (const key of keys) {
    const xs = perSeed.map((p) => p[key] ?? 0);
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    mean[key] = round(m);
    sd[key] = round(Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, xs.length - 1)));
  }
  const typeOf = new Map(opts.docs.map((d) => [d.file, d.partnerType]));
  const perPartnerType = tallyByPartnerType(runs.flatMap((r) => r.perDoc), typeOf, seeds);
  return { k: opts.k, runs, perSeed, mean: mean as RepeatedCrossVal['mean'], sd: sd as RepeatedCrossVal['sd'], perPartnerType };
}

export function formatRepeatedCrossVal(r: RepeatedCrossVal, opts: { notes?: string[] } = {}): string {
  const hasClass = r.mean.kindMacroF1 !== undefined;
  const lines = [`Cross-validation by document: ${r.k} folds, repeated over ${r.runs.length} splits (fold seeds 0-${r.runs.length - 1}), held-out figures pooled per split`];
  for (const n of opts.notes ?? []) lines.push(`  ${n}`);
  lines.push('  seed  recall  noise' + (hasClass ? '   kind-F1  theme-acc' : ''));
  for (const p of r.perSeed) lines.push(`  ${String(p.seed).padStart(4)}  ${p.recall.toFixed(3)}  ${p.noise.toFixed(2).padStart(5)}` + (hasClass ? `   ${p.kindMacroF1!.toFixed(3)}    ${p.themeAccuracy!.toFixed(3)}` : ''));
  const pm = (k: keyof RepeatedCrossVal['mean'], d: number) => `${r.mean[k]!.toFixed(d)} ±${r.sd[k]!.toFixed(d)}`;
  lines.push(`  mean ± sd: recall ${pm('recall', 3)}, noise ${pm('noise', 2)}` + (hasClass ? `, kind macro-F1 ${pm('kindMacroF1', 3)}, theme accuracy ${pm('themeAccuracy', 3)}` : ''));
  lines.push(`  targets: recall >= 0.90, noise <= 1.5` + (hasClass ? ', kind macro-F1 >= 0.86, theme accuracy >= 0.91' : ''));
  lines.push('', '  partner type  docs  labelled  recall  noise   (pooled over every split)');
  for (const t of r.perPartnerType) lines.push(partnerTypeLine(t, r.runs.length));
  return lines.join('\n');
}
