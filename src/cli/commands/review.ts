import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { action } from '../program.js';
import { dbPath, options } from '../options.js';
import { withDb } from '../db.js';
import { CommandError } from '../usage-error.js';

interface ReviewFlags { year?: number; db?: string; out: string }

export function register(program: Command): void {
  const review = program
    .command('review')
    .summary('export priorities for review, or apply an edited review.csv')
    .description("export writes <out>/<year>/review.csv: every statement of a scan year with the machine's kind, theme and confidence, and three empty columns for the analyst (below). apply checks every row first (nothing is applied if any row is wrong), then stores the overrides (matched by normalised statement text, so they also apply in later years) and adds the changed statements to the classifier's training examples. Every valid row is recorded as reviewed (empty override columns = the analyst agrees with the machine).")
    .addHelpText('after', `
Usage:
  planscan review export [--year YEAR] [--db FILE] [--out DIR]
  planscan review apply FILE [--year YEAR] [--db FILE] [--out DIR]

Columns for the analyst:
  kind_override   crime | target_group | mechanism | internal_process
  theme_override  a theme id from data/taxonomy.yaml, or 'none'
  exclude         yes (not a priority statement) or empty`);
  review
    .command('export')
    .summary('write <out>/<year>/review.csv for the analyst')
    .description('Write <out>/<year>/review.csv: every statement of a scan year, with empty override columns for the analyst.')
    .addOption(options.year('scan year to export (default: the latest in the database)'))
    .addOption(options.db())
    .addOption(options.out())
    .action(action(exportCsv));
  review
    .command('apply')
    .summary('check and apply an edited review.csv')
    .description('Check every row of an edited review.csv (nothing is applied if any row is wrong), then store the overrides.')
    .argument('<file>', 'the edited review.csv')
    .addOption(options.year('scan year the review belongs to (default: the <out>/<year> folder of the file, else the latest year that used each statement)'))
    .addOption(options.db())
    .addOption(options.out('output folder holding the default database'))
    .action(action(apply));
}

async function exportCsv(o: ReviewFlags): Promise<number> {
  const { exportReview } = await import('../../review/index.js');
  return withDb(o, 'read', (store) => {
    const year = o.year ?? store.latestYear();
    if (year === null) throw new CommandError(`${dbPath(o)} has no scans yet`, 'run a scan first (planscan run)');
    const file = path.join(o.out, String(year), 'review.csv');
    const n = exportReview(store, year, file);
    if (n === 0) process.stderr.write(`warning: no statements stored for scan year ${year}\n`);
    process.stderr.write(`Exported ${n} statement(s) of ${year}. Fill kind_override / theme_override / exclude, then run: planscan review apply ${file}\n`);
    process.stdout.write(`${file}\n`);
    return 0;
  });
}

async function apply(file: string, o: ReviewFlags): Promise<number> {
  if (!fs.existsSync(file)) throw new CommandError(`${file} does not exist`, "write one with 'planscan review export'");
  const [{ applyReview, ReviewError }, { loadTaxonomy }] = await Promise.all([import('../../review/index.js'), import('../../classify/index.js')]);
  return withDb(o, 'write', (store) => {
    const themes = new Set(loadTaxonomy().themes.map((t) => t.id));
    store.acquireLock({ command: 'review apply' });
    let res;
    try {
      res = applyReview(store, file, themes, o.year !== undefined ? { year: o.year } : {});
    } catch (e) {
      if (e instanceof ReviewError) {
        process.stderr.write(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
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
  });
}

/** Runs `planscan review ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['review', ...argv]);
}
