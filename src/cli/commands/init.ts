import { UsageError } from '../usage-error.js';
import { parseArgs } from 'node:util';
import { initSources } from '../../init/index.js';

const HELP = `Usage: planscan init DIR [--year YEAR] [--force]

Looks at the documents in DIR (pdf, docx, html, htm, txt, md, csv; sub-folders too) and writes a
draft DIR/sources.yaml. Partner, partner type, area, document type and year are guessed from file
names and the first page of text; every guess carries a comment saying where it came from: check
each one before scanning.

Options:
  --year YEAR  scan year (default: the most common document year)
  --force      replace an existing sources.yaml
  -h, --help   show this help
`;

export async function run(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  let year: number | undefined;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { year: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'give the folder of documents' : `one folder only, not ${positionals.join(' ')}`);
    if (values.year !== undefined) {
      if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a four-digit year, not '${values.year}'`);
      year = Number(values.year);
    }
  } catch (e) {
    process.stderr.write(`planscan init: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  try {
    const res = await initSources(positionals[0]!, { ...(year !== undefined ? { year } : {}), force: values.force ?? false });
    for (const w of res.warnings) process.stderr.write(`warning: ${w}\n`);
    process.stderr.write(`Wrote a draft with ${res.config.sources.length} source(s). Check every commented guess before scanning.\n`);
    process.stdout.write(`${res.file}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`planscan init: ${(e as Error).message}\n`);
    return 1;
  }
}
