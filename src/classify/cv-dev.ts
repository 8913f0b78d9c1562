/**
 * Fast cross-validation of the classifier alone (no extraction): the same document folds as
 * `planscan eval --folds K` (assignFolds), each fold's classifier trained by `trainClassifierOn`
 * on the other folds' label rows, scored on the held-out rows.
 * Usage: node dist/src/classify/cv-dev.js [--docs DIR] [--labels FILE] [--folds K] [--errors] [--base]
 *   --base  score the classifier without the dev rows (what loadClassifier() would do untrained on them)
 * One fixed split varies by about ±0.01 from seed to seed: judge changes by cv-robust.ts (mean over seeds, leave-one-partner-type-out).
 */
import { pathToFileURL } from 'node:url';
import { assignFolds, loadLabelledDocs, measuresFromPredictions } from '../eval/index.js';
import { predictSplit } from './cv-robust.js';

export function crossValidateClassifier(docsDir: string, labelsFile: string, k: number, base = false) {
  const { docs } = loadLabelledDocs(docsDir, labelsFile);
  const foldOf = assignFolds(docs, k);
  const preds = predictSplit(docs, (d) => foldOf.get(d.file) ?? 0, [...Array(k).keys()], base);
  if (process.argv.includes('--errors')) {
    for (const { row, pred, partnerType } of preds) {
      if (pred.kind !== row.kind) console.log(`  ${partnerType.padEnd(9)} kind want ${row.kind.padEnd(17)} got ${pred.kind.padEnd(17)} ${row.priority_text.slice(0, 130)}`);
    }
  }
  return measuresFromPredictions(preds);
}

function main(): void {
  const a = process.argv.slice(2);
  const opt = (n: string, d: string) => (a.includes(n) ? (a[a.indexOf(n) + 1] ?? d) : d);
  const t0 = Date.now();
  const m = crossValidateClassifier(opt('--docs', '../shared/eval/dev/docs'), opt('--labels', '../shared/eval/dev/labels.csv'), Number(opt('--folds', '5')), a.includes('--base'));
  const f = (x: number) => x.toFixed(3);
  console.log(`rows ${m.rows}  ${Date.now() - t0} ms`);
  console.log(`kind macro-F1 ${f(m.kindMacroF1)}  accuracy ${f(m.kindAccuracy)}  theme accuracy ${f(m.themeAccuracy)} (${m.themeRows})`);
  console.log(Object.entries(m.perKind).map(([k, v]) => `${k} ${f(v.f1)}`).join('  '));
  for (const [e, row] of Object.entries(m.confusion)) console.log(`  ${e.padEnd(17)} ${Object.values(row).map((n) => String(n).padStart(4)).join('')}`);
  if (a.includes('--errors')) for (const e of m.themeErrors) console.log(`  theme want ${String(e.expected).padEnd(28)} got ${String(e.predicted).padEnd(28)} ${e.text.slice(0, 120)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
