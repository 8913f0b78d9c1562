import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore } from '../../store/index.js';

const HELP = `Usage: planscan history [--db FILE] [--json]

Lists the scans recorded in the database: run id, scan year, start and finish time,
documents, failures and the decision.

Options:
  --db FILE   database (default output/planscan.db)
  --json      print JSON instead of a table
  -h, --help  show this help
`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string', default: 'output/planscan.db' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`planscan history: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!fs.existsSync(values.db)) {
    process.stderr.write(`planscan history: no database at ${values.db}: run a scan first (or pass --db).\n`);
    return 1;
  }
  try {
    const store = openStore(values.db);
    try {
      const runs = store.listRuns();
      if (values.json) {
        process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
        return 0;
      }
      if (runs.length === 0) {
        process.stderr.write(`No scans recorded in ${values.db}.\n`);
        return 0;
      }
      const head = ['run', 'year', 'started', 'finished', 'docs', 'failures', 'decision'];
      const rows = runs.map((r) => [
        r.id, String(r.year), r.startedAt.replace('T', ' ').slice(0, 19),
        r.finishedAt ? r.finishedAt.replace('T', ' ').slice(0, 19) : '(not finished)',
        String(r.documents), String(r.failures), r.decision ?? '',
      ]);
      const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(w[i] ?? 0)).join('  ').trimEnd();
      process.stdout.write([line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n') + '\n');
      return 0;
    } finally {
      store.close();
    }
  } catch (e) {
    process.stderr.write(`planscan history: ${(e as Error).message}\n`);
    return 1;
  }
}
