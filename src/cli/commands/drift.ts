import type { Command } from 'commander';
import { action } from '../program.js';
import { options, parseYear } from '../options.js';
import { withDb } from '../db.js';
import { UsageError } from '../usage-error.js';

export function register(program: Command): void {
  program
    .command('drift')
    .summary('themes across scan years: new, dropped, rising, falling')
    .description(`Shows how each theme moved across the scan years in the database (partners citing, tier, score, rank; new / dropped / rising / falling between the first and last year shown), and writes <out>/drift.csv. The database is only read.`)
    .option('--from <year>', 'first scan year to include', parseYear)
    .option('--to <year>', 'last scan year to include', parseYear)
    .addOption(options.db())
    .addOption(options.out('output folder for drift.csv (and the default database)'))
    .action(action(drift));
}

async function drift(o: { from?: number; to?: number; db?: string; out: string }): Promise<number> {
  if (o.from !== undefined && o.to !== undefined && o.from > o.to) throw new UsageError(`--from ${o.from} is after --to ${o.to}`);
  const [{ driftTable }, { formatDriftTable, writeDriftCsv }] = await Promise.all([import('../../store/index.js'), import('../drift-output.js')]);
  const table = await withDb(o, 'read', (store) => driftTable(store, o.from, o.to));
  process.stdout.write(formatDriftTable(table));
  if (table.years.length === 0) return 1;
  if (table.years.length === 1) process.stderr.write(`Only one scan year (${table.years[0]}) in range: nothing to compare yet.\n`);
  process.stderr.write(`Wrote ${writeDriftCsv(table, o.out)}\n`);
  return 0;
}

/** Runs `planscan drift ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['drift', ...argv]);
}
