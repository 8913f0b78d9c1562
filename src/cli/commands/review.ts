import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../../classify/index.js';
import { applyReview, exportReview, ReviewError } from '../../review/index.js';
import { openStore } from '../../store/index.js';

const HELP = `Usage:
  planscan review export [--year YEAR] [--db FILE] [--out DIR]
  planscan review apply FILE [--year YEAR] [--db FILE]

export  writes DIR/YEAR/review.csv: every statement of a scan year with the machine's kind, theme
        and confidence, and three empty columns for the analyst:
          kind_override   crime | target_group | mechanism | internal_process
          theme_override  a theme id from data/taxonomy.yaml, or 'none'
          exclude         yes (not a priority statement) or empty
apply   checks every row first (nothing is applied if any row is wrong), then stores the overrides
        (matched by normalised statement text, so they also apply in later years) and adds the
        changed statements to the classifier's training examples. Every valid row is recorded as
        reviewed (empty override columns = the analyst agrees with the machine); prints the
        machine/analyst kind agreement over all rows not excluded (see also planscan eval --reviewed).

Options:
  --year YEAR  scan year to export (default: the latest in the database); for apply, the scan year
               the review belongs to (default: the DIR/YEAR folder of the file, else the latest
               year that used each statement)
  --db FILE    database (default output/planscan.db)
  --out DIR    output folder (default output)
  -h, --help   show this help
`;

function fail(msg: string, code = 1): number {
  process.stderr.write(`planscan review: ${msg}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' }, db: { type: 'string', default: 'output/planscan.db' },
        out: { type: 'string', default: 'output' }, help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (e) {
    process.stderr.write(`planscan review: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [sub, ...rest] = positionals;
  if (sub !== 'export' && sub !== 'apply') {
    process.stderr.write(`planscan review: ${sub ? `unknown subcommand '${sub}'` : 'give a subcommand'} (export or apply)\n\n${HELP}`);
    return 2;
  }
  if (sub === 'export' && rest.length > 0) return fail(`export takes no file argument (use --out): ${rest.join(' ')}`, 2);
  if (sub === 'apply' && rest.length !== 1) return fail('apply needs exactly one review.csv file', 2);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return fail(`--year must be a four-digit year, not '${values.year}'`, 2);
  if (!fs.existsSync(values.db)) return fail(`no database at ${values.db}: run a scan first (or pass --db).`);

  try {
    const store = openStore(values.db);
    try {
      if (sub === 'export') {
        const year = values.year !== undefined ? Number(values.year) : store.latestYear();
        if (year === null) return fail(`${values.db} has no scans yet: run a scan first.`);
        const file = path.join(values.out, String(year), 'review.csv');
        const n = exportReview(store, year, file);
        if (n === 0) process.stderr.write(`warning: no statements stored for scan year ${year}\n`);
        process.stderr.write(`Exported ${n} statement(s) of ${year}. Fill kind_override / theme_override / exclude, then run: planscan review apply ${file}\n`);
        process.stdout.write(`${file}\n`);
        return 0;
      }
      const file = rest[0]!;
      if (!fs.existsSync(file)) return fail(`${file} does not exist`);
      const themes = new Set(loadTaxonomy().themes.map((t) => t.id));
      store.acquireLock({ command: 'review apply' });
      const res = applyReview(store, file, themes, values.year !== undefined ? { year: Number(values.year) } : {});
      const k = res.kindAgreement;
      const lines = [
        `rows checked: ${res.rows}`,
        `rows recorded as reviewed: ${res.recorded}`,
        `statements changed or excluded: ${res.reviewed}`,
        `overrides stored: ${res.overrides}`,
        `excluded: ${res.excluded}`,
        `training examples added: ${res.trainingExamples}`,
      ];
      if (k.n > 0) {
        lines.push(`kind agreement (machine vs analyst, ${k.n} reviewed): ${k.percent.toFixed(1)}%, Cohen's kappa ${k.kappa === null ? 'n/a' : k.kappa.toFixed(3)}`);
        for (const c of k.categories) {
          lines.push(`  ${c.category}: machine ${c.machine}, analyst ${c.analyst}, both ${c.both}, kappa ${c.kappa === null ? 'n/a' : c.kappa.toFixed(3)}`);
        }
      }
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    } finally {
      store.close();
    }
  } catch (e) {
    if (e instanceof ReviewError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    return fail((e as Error).message);
  }
}
