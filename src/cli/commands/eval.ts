import { parseArgs } from 'node:util';
import { evaluate, formatEvalReport } from '../../eval/index.js';
import { loadClassifier } from '../../classify/index.js';

const help = `planscan eval --docs DIR --labels FILE [--json]

Run extract and classify over labelled documents and print extraction recall and
noise, kind accuracy and macro-F1 (with the confusion matrix), theme accuracy, the
worst documents and the most common confusions. --json prints the report as JSON.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      docs: { type: 'string' },
      labels: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  if (!values.docs || !values.labels) {
    process.stderr.write(`planscan eval: --docs and --labels are required\n\n${help}\n`);
    return 2;
  }
  const classifier = loadClassifier();
  const report = evaluate({ docsDir: values.docs, labelsFile: values.labels, classify: (t: string) => classifier.classify(t) });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}
