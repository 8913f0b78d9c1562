/**
 * Run the eval from the command line (the planscan CLI can wire the classifier in):
 *   node dist/src/eval/cli.js <docsDir> <labels.csv> [--json] [--details]
 */
import { pathToFileURL } from 'node:url';
import { evaluate } from './evaluate.js';
import { formatEvalReport } from './report.js';

export function runEvalCli(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const [docsDir, labelsFile] = args;
  if (!docsDir || !labelsFile) {
    process.stderr.write('usage: eval <docsDir> <labels.csv> [--json] [--details]\n');
    return 2;
  }
  const report = evaluate({ docsDir, labelsFile });
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatEvalReport(report, { details: argv.includes('--details') }) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runEvalCli(process.argv.slice(2));
}
