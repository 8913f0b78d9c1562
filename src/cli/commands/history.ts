import type { Command } from 'commander';
import { action } from '../program.js';
import { dbPath, options } from '../options.js';
import { withDb } from '../db.js';
import { formatTable } from '../table.js';

export function register(program: Command): void {
  program
    .command('history')
    .summary('list the runs held in the database')
    .description(`Lists the scans recorded in the database: run id, scan year, start and finish time, documents, failures and the decision. A rerun that changed nothing (same documents, sources.yaml, reviews, data files and planscan) is counted against the run it repeats, not listed as a new run; --all lists every run. The database is only read.`)
    .addOption(options.db())
    .addOption(options.out('output folder holding the default database'))
    .option('--all', 'list every run, unchanged reruns too')
    .addOption(options.json())
    .action(action(history));
}

async function history(o: { db?: string; out: string; all?: boolean; json?: boolean }): Promise<number> {
  const all = await withDb(o, 'read', (store) => store.listRuns());
  const reruns = new Map<string, number>();
  for (const r of all) if (r.sameAs) reruns.set(r.sameAs, (reruns.get(r.sameAs) ?? 0) + 1);
  const runs = (o.all ? all : all.filter((r) => !r.sameAs)).map((r) => ({ ...r, unchangedReruns: reruns.get(r.id) ?? 0 }));
  if (o.json) {
    process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
    return 0;
  }
  if (runs.length === 0) {
    process.stderr.write(`No scans recorded in ${dbPath(o)}.\n`);
    return 0;
  }
  const time = (t: string) => t.replace('T', ' ').slice(0, 19);
  const rows = runs.map((r) => [
    r.id, String(r.year), time(r.startedAt), r.finishedAt ? time(r.finishedAt) : '(not finished)',
    String(r.documents), String(r.failures), r.decision ?? '',
    r.sameAs ? `same as ${r.sameAs}` : r.unchangedReruns ? String(r.unchangedReruns) : '',
  ]);
  process.stdout.write(formatTable(['run', 'year', 'started', 'finished', 'docs', 'failures', 'decision', o.all ? 'unchanged rerun' : 'reruns'], rows));
  return 0;
}

/** Runs `planscan history ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['history', ...argv]);
}
