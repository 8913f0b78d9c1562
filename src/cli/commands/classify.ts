import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { action } from '../program.js';
import { options } from '../options.js';
import { UsageError } from '../usage-error.js';
import { PartnerType } from '../../schema/source.js';

export function register(program: Command): void {
  program
    .command('classify')
    .summary('classify statements (one per line with --stdin) and print JSON')
    .description('Classify statements into a kind (crime, target_group, mechanism, internal_process) and a theme.')
    .argument('[text...]', 'statements to classify')
    .option('--stdin', 'read statements from standard input, one per line')
    .option('--partner-type <code>', `the partner type of the document the statements come from (${PartnerType.options.join(', ')}): partners label by their own conventions, and a scan classifies with it`)
    .addOption(options.json().default(false))
    .addHelpText('after', '\n--json prints one JSON object per statement: {"text","kind","theme","confidence","otherThemes","cues"}.')
    .action(action(classify));
}

async function classify(texts: string[], o: { stdin?: boolean; json: boolean; partnerType?: string }): Promise<number> {
  const partnerType = o.partnerType === undefined ? undefined : PartnerType.safeParse(o.partnerType.toUpperCase());
  if (partnerType && !partnerType.success) throw new UsageError(`--partner-type: '${o.partnerType}' is not a partner type`, `one of ${PartnerType.options.join(', ')}`);
  const ctx = partnerType?.success ? { partnerType: partnerType.data } : undefined;
  const input = (o.stdin ? readFileSync(0, 'utf8').split(/\r?\n/) : texts).map((t) => t.trim()).filter((t) => t !== '');
  if (input.length === 0) throw new UsageError('no statements given', 'pass TEXT arguments or --stdin');
  const { loadClassifier } = await import('../../classify/index.js');
  const classifier = loadClassifier();
  for (const text of input) {
    const c = classifier.classify(text, ctx);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ text, kind: c.kind, theme: c.theme, confidence: round(c.confidence), otherThemes: c.otherThemes, cues: c.cues })}\n`);
    } else {
      const cues = c.cues.slice(0, 4).map((q) => q.term).join(', ');
      process.stdout.write(`${c.kind.padEnd(16)} ${(c.theme ?? '-').padEnd(32)} ${round(c.confidence).toFixed(2)}  ${text}  [${cues}]\n`);
    }
  }
  return 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Runs `planscan classify ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['classify', ...argv]);
}
