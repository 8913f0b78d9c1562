import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, formatEvalReport, loadLabelledDocs } from '../../eval/index.js';
import { crossValidate, formatCrossVal } from '../../eval/crossval.js';
import { explainMiss, extractPriorities, trainExtractionModel, type ExtractionModel } from '../../extract/index.js';
import { matches } from '../../eval/match.js';
import type { Document } from '../../schema/index.js';
import type { Kind } from '../../schema/index.js';
import { loadClassifier } from '../../classify/index.js';
import { formatReviewAgreement, reviewAgreement } from '../../review/index.js';
import { openStore } from '../../store/index.js';

const help = `planscan eval --docs DIR --labels FILE [--folds K] [--details] [--json]
planscan eval --reviewed [--year YEAR] [--db FILE] [--json]

--docs/--labels: run extract and classify over labelled documents and print extraction
recall and noise, kind accuracy and macro-F1 (with the confusion matrix), theme accuracy,
the worst documents and the most common confusions.
  --folds K    cross-validation by document: K folds of whole documents, stratified by partner
               type; each fold is scored by what was learned from the others. Prints each fold,
               the mean, a per-partner-type table, and the held-out kind/theme table with its
               confusion matrix. This is the figure that counts; the in-sample one is not.

--reviewed: the machine's agreement with the analyst over every statement of applied review
files (planscan review apply): per cent agreement and Cohen's kappa for kind and for theme,
overall and per kind, and the statements where they disagree. A row whose override columns
were left empty counts as agreement; excluded rows are left out.
  --year YEAR  only reviews of this scan year (default: every year)
  --db FILE    database (default output/planscan.db)

  --details    also every extraction that matches no label (in-sample), or (with --folds) a
               sample of held-out misses with why each was missed and of held-out false
               positives with the features that kept them.

--json prints the report as JSON.`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        docs: { type: 'string' },
        labels: { type: 'string' },
        reviewed: { type: 'boolean', default: false },
        year: { type: 'string' },
        db: { type: 'string', default: 'output/planscan.db' },
        json: { type: 'boolean', default: false },
        folds: { type: 'string' },
        details: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`planscan eval: ${(e as Error).message}\n\n${help}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  if (values.reviewed) return reviewed(values);
  if (!values.docs || !values.labels) {
    process.stderr.write(`planscan eval: --docs and --labels (or --reviewed) are required\n\n${help}\n`);
    return 2;
  }
  if (values.folds !== undefined) {
    const k = Number(values.folds);
    if (!/^\d+$/.test(values.folds) || k < 2) {
      process.stderr.write(`planscan eval: --folds must be a whole number of at least 2, not '${values.folds}'\n`);
      return 2;
    }
    const { docs } = loadLabelledDocs(values.docs, values.labels);
    const report = crossValidate(
      {
        docs,
        k,
        // Each fold's extraction model learns from the training folds' documents and labels.
        trainExtractor: (train) => extractorFor(trainExtractionModel(train.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })))),
        // Each fold's classifier learns from the training folds' labelled statements.
        trainClassifier: (rows) => {
          const c = loadClassifier({ extraExamples: rows.map((r) => ({ text: r.priority_text, kind: r.kind as Kind, theme: r.theme || null })) });
          return (t: string) => c.classify(t);
        },
      },
      extractorFor(),
    );
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCrossVal(report, { details: values.details })}\n`);
    return 0;
  }
  const classifier = loadClassifier();
  const report = evaluate({ docsDir: values.docs, labelsFile: values.labels, classify: (t: string) => classifier.classify(t) });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report, { details: values.details })}\n`);
  return 0;
}

/** The learned extractor (the committed model unless given), with its reasons and why it missed a label. */
function extractorFor(model?: ExtractionModel) {
  const extract = (doc: Document) => extractPriorities(doc, model).map((p) => ({ text: p.text, reasons: p.reasons }));
  return Object.assign(extract, { explainMiss: (doc: Document, label: string) => explainMiss(doc, (c) => matches(label, c), model) });
}

function reviewed(values: { year?: string | undefined; db: string; json: boolean; docs?: string | undefined; labels?: string | undefined }): number {
  if (values.docs || values.labels) {
    process.stderr.write('planscan eval: --reviewed does not take --docs or --labels\n');
    return 2;
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    process.stderr.write(`planscan eval: --year must be a four-digit year, not '${values.year}'\n`);
    return 2;
  }
  if (!fs.existsSync(values.db)) {
    process.stderr.write(`planscan eval: no database at ${values.db}: run a scan first (or pass --db).\n`);
    return 1;
  }
  const store = openStore(values.db);
  try {
    const year = values.year === undefined ? undefined : Number(values.year);
    const a = reviewAgreement(store, year);
    if (a.reviewed === 0) {
      const scope = year === undefined ? '' : ` for scan year ${year}`;
      process.stderr.write(
        `planscan eval: nothing has been reviewed${scope} in ${values.db}. ` +
          `Export statements with 'planscan review export${year === undefined ? '' : ` --year ${year}`}', fill the override columns ` +
          `(leave them empty where the machine is right), then 'planscan review apply FILE'.\n`,
      );
      return 1;
    }
    process.stdout.write(values.json ? `${JSON.stringify(a, null, 2)}\n` : formatReviewAgreement(a));
    return 0;
  } finally {
    store.close();
  }
}
