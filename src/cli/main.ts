import { UsageError } from './usage-error.js';
import { ConfigError } from '../config/index.js';

type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

/** One file per command; this table is the whole CLI surface (help text lives with each command). */
const commands: Record<string, Command> = {
  run: { summary: 'scan the sources of one year and write the briefing note', load: () => import('./commands/run.js') },
  classify: { summary: 'classify statements (one per line with --stdin) and print JSON', load: () => import('./commands/classify.js') },
  eval: { summary: 'measure extraction and classification on labelled documents, or agreement with the analyst (--reviewed)', load: () => import('./commands/eval.js') },
  init: { summary: 'draft a sources.yaml from a folder of documents', load: () => import('./commands/init.js') },
  review: { summary: 'export priorities for review, or apply an edited review.csv', load: () => import('./commands/review.js') },
  train: { summary: 'retrain the classifier with reviewed statements and report its agreement with the analyst', load: () => import('./commands/train.js') },
  drift: { summary: 'themes across scan years: new, dropped, rising, falling', load: () => import('./commands/drift.js') },
  history: { summary: 'list the runs held in the database', load: () => import('./commands/history.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  return [
    'planscan — scan partner documents for stated priorities and brief the PCC on a plan refresh',
    '',
    'Usage: planscan <command> [options]   (planscan <command> --help for its options)',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`planscan: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (err) {
    return reportFatal(err);
  }
}

/** Errors that stop the whole command: one line per problem, no stack for the analyst. */
export function reportFatal(err: unknown): number {
  if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`planscan: ${err.message}\n`);
    return 2;
  }
  if (err instanceof TypeError && 'code' in err && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`planscan: ${err.message}\n`);
    return 2;
  }
  const e = err as Error;
  process.stderr.write(`planscan: ${e?.message ?? String(err)}\n`);
  if (process.env.PLANSCAN_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return 1;
}
