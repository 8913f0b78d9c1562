import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadClassifier } from '../../classify/index.js';

const help = `planscan classify [--json] [--stdin | TEXT...]

Classify statements into a kind (crime, target_group, mechanism, internal_process)
and a theme. With --stdin, one statement per line. --json prints one JSON object per
statement: {"text","kind","theme","confidence","cues"}.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  const texts = (values.stdin ? readFileSync(0, 'utf8').split(/\r?\n/) : positionals)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (texts.length === 0) {
    process.stderr.write('planscan classify: no statements given (pass TEXT arguments or --stdin)\n');
    return 2;
  }
  const classifier = loadClassifier();
  for (const text of texts) {
    const c = classifier.classify(text);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ text, kind: c.kind, theme: c.theme, confidence: round(c.confidence), otherThemes: c.otherThemes, cues: c.cues })}\n`);
    } else {
      const cues = c.cues.slice(0, 4).map((q) => q.term).join(', ');
      process.stdout.write(`${c.kind.padEnd(16)} ${(c.theme ?? '-').padEnd(32)} ${round(c.confidence).toFixed(2)}  ${text}  [${cues}]\n`);
    }
  }
  return 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
