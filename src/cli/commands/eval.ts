import type { Command } from 'commander';
import { action } from '../program.js';
import { dbPath, options, parseWholeNumber } from '../options.js';
import { withDb } from '../db.js';
import { CommandError, UsageError } from '../usage-error.js';

interface EvalFlags { docs?: string; labels?: string; folds?: number; seeds?: number; details?: boolean; reviewed?: boolean; year?: number; db?: string; out?: string; json?: boolean }

export function register(program: Command): void {
  program
    .command('eval')
    .summary('measure extraction and classification on labelled documents, or agreement with the analyst (--reviewed)')
    .description(`planscan eval --docs DIR --labels FILE [--folds K]: run extract and classify over labelled documents and print extraction recall and noise, kind accuracy and macro-F1 (with the confusion matrix), theme accuracy, the worst documents and the most common confusions. With --folds K, cross-validation by document (K folds of whole documents, stratified by partner type): this is the figure that counts. Each fold's models learn from the other folds; on a set the committed models learned nothing of (by document fingerprint, e.g. a held-back set) they are blended with the committed ones, and eval says which it did. With --seeds N as well, the cross-validation is repeated over N different splits into folds and the mean and spread are printed: a change should lift the mean, not one split.

planscan eval --reviewed [--year YEAR]: the machine's agreement with the analyst over every statement of applied review files (per cent agreement and Cohen's kappa for kind and theme, overall and per kind, and the disagreements). A row left with empty override columns counts as agreement.`)
    .option('--docs <dir>', 'folder of labelled documents')
    .option('--labels <file>', 'labels.csv for those documents')
    .option('--folds <k>', 'cross-validate with K folds of whole documents', parseWholeNumber(2))
    .option('--seeds <n>', 'with --folds: repeat over N splits into folds (fold seeds 0..N-1) and print mean ± sd', parseWholeNumber(1))
    .option('--details', 'every extraction that matches no label; with --folds, held-out misses with why each was missed and false positives with the features that kept them')
    .option('--reviewed', 'agreement with the analyst over the applied reviews in the database')
    .addOption(options.year('with --reviewed: only reviews of this scan year (default: every year)'))
    .addOption(options.db())
    .addOption(options.out('output folder holding the default database'))
    .addOption(options.json())
    .action(action(evaluate));
}

async function evaluate(o: EvalFlags): Promise<number> {
  if (o.reviewed) {
    if (o.docs || o.labels || o.folds !== undefined || o.seeds !== undefined) throw new UsageError('--reviewed does not take --docs, --labels, --folds or --seeds');
    return reviewed(o);
  }
  if (!o.docs || !o.labels) throw new UsageError('--docs and --labels (or --reviewed) are required', "e.g. planscan eval --docs DIR --labels labels.csv --folds 5");
  if (o.year !== undefined) throw new UsageError('--year goes with --reviewed');
  if (o.seeds !== undefined && o.folds === undefined) throw new UsageError('--seeds goes with --folds', 'e.g. planscan eval --docs DIR --labels labels.csv --folds 5 --seeds 3');
  const { evaluate: run, formatEvalReport, loadLabelledDocs } = await import('../../eval/index.js');
  const { loadClassifier } = await import('../../classify/index.js');
  if (o.folds !== undefined) {
    const { crossValidate, formatCrossVal, repeatCrossValidate, formatRepeatedCrossVal } = await import('../../eval/crossval.js');
    const { committedPriors, extractorFor, foldLearners } = await import('../../eval/learners.js');
    const { docs } = loadLabelledDocs(o.docs, o.labels);
    // Each fold's models learn from the training folds; a committed model joins them only if it
    // learned from none of this set's documents (else the figures would be in-sample).
    const { priors, notes } = committedPriors(docs.map((d) => d.fingerprint));
    const cv = { docs, k: o.folds, ...foldLearners(new Map(docs.map((d) => [d.file, d.partnerType])), priors) };
    if (o.seeds !== undefined && o.seeds > 1) {
      if (o.details) throw new UsageError('--details shows one split: leave out --seeds');
      const repeated = repeatCrossValidate(cv, extractorFor(), o.seeds);
      const { runs: _runs, ...summary } = repeated;
      process.stdout.write(o.json ? `${JSON.stringify({ ...summary, notes }, null, 2)}\n` : `${formatRepeatedCrossVal(repeated, { notes })}\n`);
      return 0;
    }
    const report = crossValidate(cv, extractorFor());
    process.stdout.write(o.json ? `${JSON.stringify({ ...report, notes }, null, 2)}\n` : `${formatCrossVal(report, { details: o.details ?? false, notes })}\n`);
    return 0;
  }
  const classifier = loadClassifier();
  const report = run({ docsDir: o.docs, labelsFile: o.labels, classify: (t: string, ctx?: { partnerType?: string }) => classifier.classify(t, ctx) });
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report, { details: o.details ?? false })}\n`);
  return 0;
}

async function reviewed(o: EvalFlags): Promise<number> {
  const { formatReviewAgreement, reviewAgreement } = await import('../../review/index.js');
  return withDb(o, 'read', (store) => {
    const a = reviewAgreement(store, o.year);
    if (a.reviewed === 0) {
      const scope = o.year === undefined ? '' : ` for scan year ${o.year}`;
      throw new CommandError(
        `nothing has been reviewed${scope} in ${dbPath(o)}`,
        `export statements with 'planscan review export${o.year === undefined ? '' : ` --year ${o.year}`}', fill the override columns ` +
          `(leave them empty where the machine is right), then 'planscan review apply FILE'`,
      );
    }
    process.stdout.write(o.json ? `${JSON.stringify(a, null, 2)}\n` : formatReviewAgreement(a));
    return 0;
  });
}

/** Runs `planscan eval ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['eval', ...argv]);
}
