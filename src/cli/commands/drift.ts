import { UsageError } from '../usage-error.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { driftTable, openStore } from '../../store/index.js';
import { formatDriftTable, writeDriftCsv } from '../drift-output.js';

const HELP = `Usage: planscan drift [--from YEAR] [--to YEAR] [--db FILE] [--out DIR]

Shows how each theme moved across the scan years in the database (partners citing, tier,
score, rank; new / dropped / rising / falling between the first and last year shown), and
writes DIR/drift.csv.

Options:
  --from YEAR  first scan year to include
  --to YEAR    last scan year to include
  --db FILE    database (default output/planscan.db)
  --out DIR    output folder (default output)
  -h, --help   show this help
`;

function year(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--${flag} must be a four-digit year, not '${v}'`);
  return Number(v);
}

export async function run(argv: string[]): Promise<number> {
  let values;
  let from: number | undefined;
  let to: number | undefined;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' }, to: { type: 'string' },
        db: { type: 'string', default: 'output/planscan.db' }, out: { type: 'string', default: 'output' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
    from = year('from', values.from);
    to = year('to', values.to);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  } catch (e) {
    process.stderr.write(`planscan drift: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!fs.existsSync(values.db)) {
    process.stderr.write(`planscan drift: no database at ${values.db}: run a scan first (or pass --db).\n`);
    return 1;
  }
  try {
    const store = openStore(values.db);
    try {
      const table = driftTable(store, from, to);
      process.stdout.write(formatDriftTable(table));
      if (table.years.length === 0) return 1;
      if (table.years.length === 1) process.stderr.write(`Only one scan year (${table.years[0]}) in range: nothing to compare yet.\n`);
      const file = writeDriftCsv(table, values.out);
      process.stderr.write(`Wrote ${file}\n`);
      return 0;
    } finally {
      store.close();
    }
  } catch (e) {
    process.stderr.write(`planscan drift: ${(e as Error).message}\n`);
    return 1;
  }
}
