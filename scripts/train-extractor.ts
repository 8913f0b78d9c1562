/**
 * Regenerate data/extraction/model.json from a labelled set (default ../shared/eval/dev):
 *   npm run -s build && node dist/scripts/train-extractor.js [--docs DIR] [--labels FILE] [--out FILE]
 * Deterministic: the same documents and labels give the same file. The model holds feature names,
 * weights and statistics only, never the documents' text.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLabelledDocs } from '../src/eval/evaluate.js';
import { trainExtractionModel } from '../src/extract/train.js';
import { writeFileAtomicSync } from '../src/util/atomic.js';
import { learnedFrom } from '../src/util/fingerprint.js';
import { dataPath, packageRoot } from '../src/util/package.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: path.join(packageRoot(), '..', 'shared', 'eval', 'dev', 'docs') },
    labels: { type: 'string', default: path.join(packageRoot(), '..', 'shared', 'eval', 'dev', 'labels.csv') },
    out: { type: 'string', default: dataPath('extraction', 'model.json') },
  },
});
const started = Date.now();
const { docs, missingFiles } = loadLabelledDocs(values.docs!, values.labels!);
if (docs.length === 0) {
  process.stderr.write(`train-extractor: no labelled documents in ${values.docs} (${values.labels})\n`);
  process.exit(1);
}
if (missingFiles.length) process.stderr.write(`train-extractor: ${missingFiles.length} labelled files missing: ${missingFiles.join(', ')}\n`);
const model = trainExtractionModel(
  docs.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })),
  `${path.basename(path.dirname(values.docs!))} (${path.basename(values.labels!)})`,
);
// what it learned from, as fingerprints (no text): eval --folds on a set it has not seen blends it in
model.trainedOn.labelled = learnedFrom(docs);
writeFileAtomicSync(values.out!, JSON.stringify(model, null, 1) + '\n');
const top = Object.entries(model.item.weights).sort(([, a], [, b]) => Math.abs(b) - Math.abs(a)).slice(0, 12);
process.stderr.write(
  `train-extractor: ${model.trainedOn.documents} documents, ${model.trainedOn.candidates} candidates (${model.trainedOn.positives} positive), ` +
    `${model.trainedOn.groups} groups, threshold ${model.threshold}, ${Date.now() - started} ms -> ${values.out}\n` +
    `  strongest item features: ${top.map(([k, w]) => `${k} ${w > 0 ? '+' : ''}${w.toFixed(2)}`).join(', ')}\n`,
);
