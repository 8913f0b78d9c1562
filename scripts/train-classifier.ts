/**
 * Trains the classifier's logistic regressions and writes their weights to data/classify/model.json
 * (numbers only: no statement text), so that loadClassifier() starts without training.
 * Learns from the training files (data/training/*.csv) and, when given, labelled statements
 * (a labels.csv with priority_text, kind, theme), e.g. the dev set:
 *   npm run -s build && node dist/scripts/train-classifier.js ../shared/eval/dev/labels.csv
 * Each row's partner type (for the kind model's partner-type features) is read from its document's
 * header in the `docs` folder beside the labels file, where there is one.
 * The cross-validated figure of this recipe: node dist/src/classify/cv-dev.js (or eval --folds).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildLexicon } from '../src/classify/lexicon.js';
import { getModel, SAVED_MODEL } from '../src/classify/model.js';
import { loadTaxonomy } from '../src/classify/taxonomy.js';
import { labelledStatement, loadLabelledDocs, readLabels } from '../src/eval/evaluate.js';
import { Kind } from '../src/schema/priority.js';
import { writeFileAtomicSync } from '../src/util/atomic.js';

const files = process.argv.slice(2);
// fingerprints of the labelled documents learned from: eval --folds on a set the model has not seen may blend it in
const fingerprints = new Set<string>();
const extra = files.flatMap((f) => {
  const docsDir = path.join(path.dirname(f), 'docs');
  const docs = existsSync(docsDir) ? loadLabelledDocs(docsDir, f).docs : [];
  const typeOf = new Map(docs.map((d) => [d.file, d.partnerType]));
  const rows = readLabels(f).filter((r) => r.priority_text && Kind.safeParse(r.kind).success);
  for (const d of docs) if (rows.some((r) => r.file === d.file)) fingerprints.add(d.fingerprint);
  return rows.map((r) => labelledStatement(r, typeOf.get(r.file)));
});
const tax = loadTaxonomy();
const t0 = Date.now();
const model = getModel(tax, buildLexicon(tax), extra, true);
const saved = { ...(extra.length ? { labelled: { statements: extra.length, documents: [...fingerprints].sort() } } : {}), ...model.save() };
writeFileAtomicSync(SAVED_MODEL, `${JSON.stringify(saved)}\n`);
const typed = extra.filter((e) => e.partnerType).length;
process.stderr.write(`trained on the training files + ${extra.length} labelled statements (${typed} with a partner type) in ${Date.now() - t0} ms → ${SAVED_MODEL}\n`);
