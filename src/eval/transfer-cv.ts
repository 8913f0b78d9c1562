/**
 * What carrying learning to a new labelled set is worth (learners.ts priors), measured on the dev
 * set: its documents are split in halves (seeded, stratified by partner type); an extraction model
 * and a classifier learn from one half, as the committed ones learned from the whole dev set; the
 * other half is cross-validated by document: each fold's models trained from scratch, blended with
 * the first half's, and the first half's alone (what in-sample `eval` on a new set measures).
 * Each half in turn, over the seeds; the figures are pooled.
 * Usage: node dist/src/eval/transfer-cv.js [--docs DIR] [--labels FILE] [--folds K] [--seeds N]
 */
import { pathToFileURL } from 'node:url';
import { classifierFrom, learnFrom } from '../classify/index.js';
import { trainExtractionModel } from '../extract/index.js';
import { assignFolds, crossValidate } from './crossval.js';
import { labelledStatement, loadLabelledDocs } from './evaluate.js';
import { extractorFor, foldLearners, type Priors } from './learners.js';
import { learnedFrom } from '../util/fingerprint.js';

type Figures = { recall: number; noise: number; kindMacroF1: number; themeAccuracy: number };

export interface TransferCv {
  runs: Array<{ seed: number; half: number; scratch: Figures; blended: Figures; priorOnly: Figures }>;
  mean: { scratch: Figures; blended: Figures; priorOnly: Figures };
}

export function transferCv(docsDir: string, labelsFile: string, opts: { k?: number; seeds?: number } = {}): TransferCv {
  const { docs } = loadLabelledDocs(docsDir, labelsFile);
  const typeOf = new Map(docs.map((d) => [d.file, d.partnerType]));
  const runs: TransferCv['runs'] = [];
  for (let seed = 0; seed < (opts.seeds ?? 3); seed++) {
    const halves = assignFolds(docs, 2, seed + 1);
    for (const half of [0, 1]) {
      const learned = docs.filter((d) => halves.get(d.file) === half);
      const fresh = docs.filter((d) => halves.get(d.file) !== half);
      const extractor = trainExtractionModel(learned.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })));
      extractor.trainedOn.labelled = learnedFrom(learned);
      const priors: Priors = { extractor, classifier: learnFrom(learned.flatMap((d) => d.labels.map((r) => labelledStatement(r, d.partnerType)))) };
      const figures = (learners: ReturnType<typeof foldLearners>): Figures => {
        const r = crossValidate({ docs: fresh, k: opts.k ?? 5, seed, ...learners }, extractorFor());
        const c = r.classification!.pooled;
        return { recall: r.pooled.recall, noise: r.pooled.noise, kindMacroF1: c.kindMacroF1, themeAccuracy: c.themeAccuracy };
      };
      const alone = classifierFrom(priors.classifier!.model);
      runs.push({
        seed,
        half,
        scratch: figures(foldLearners(typeOf)),
        blended: figures(foldLearners(typeOf, priors)),
        priorOnly: figures({ trainExtractor: () => extractorFor(extractor), trainClassifier: () => (t, ctx) => alone.classify(t, ctx) }),
      });
    }
  }
  const mean = (pick: (r: TransferCv['runs'][number]) => Figures): Figures => {
    const keys = ['recall', 'noise', 'kindMacroF1', 'themeAccuracy'] as const;
    return Object.fromEntries(keys.map((k) => [k, runs.reduce((s, r) => s + pick(r)[k], 0) / runs.length])) as Figures;
  };
  return { runs, mean: { scratch: mean((r) => r.scratch), blended: mean((r) => r.blended), priorOnly: mean((r) => r.priorOnly) } };
}

function main(): void {
  const a = process.argv.slice(2);
  const opt = (n: string, d: string) => (a.includes(n) ? (a[a.indexOf(n) + 1] ?? d) : d);
  const t0 = Date.now();
  const r = transferCv(opt('--docs', '../shared/eval/dev/docs'), opt('--labels', '../shared/eval/dev/labels.csv'), { k: Number(opt('--folds', '5')), seeds: Number(opt('--seeds', '3')) });
  const line = (f: Figures) => `recall ${f.recall.toFixed(3)}  noise ${f.noise.toFixed(2)}  kind macro-F1 ${f.kindMacroF1.toFixed(3)}  theme accuracy ${f.themeAccuracy.toFixed(3)}`;
  const all = (x: TransferCv['mean']) => `  from scratch  ${line(x.scratch)}\n  blended       ${line(x.blended)}\n  learned alone ${line(x.priorOnly)}`;
  for (const x of r.runs) console.log(`seed ${x.seed} half ${x.half}\n${all(x)}`);
  console.log(`mean over ${r.runs.length} halves\n${all(r.mean)}\n${Date.now() - t0} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
