import path from 'node:path';
import type { Command } from 'commander';
import { action } from '../program.js';
import { options } from '../options.js';

export function register(program: Command): void {
  program
    .command('init')
    .summary('draft a sources.yaml from a folder of documents')
    .description(`Looks at the documents in DIR (pdf, docx, html, htm, txt, md, csv; sub-folders too) and writes a draft DIR/sources.yaml. Partner, partner type, area, document type and year are guessed from file names and the first page of text; every guess carries a comment saying where it came from: check each one before scanning, then run: planscan run --sources DIR/sources.yaml`)
    .argument('<dir>', 'folder of partner documents')
    .addOption(options.year('scan year (default: the most common document year)'))
    .option('--force', 'replace an existing sources.yaml')
    .action(action(init));
}

async function init(dir: string, o: { year?: number; force?: boolean }): Promise<number> {
  const { initSources } = await import('../../init/index.js');
  const res = await initSources(dir, { ...(o.year !== undefined ? { year: o.year } : {}), force: o.force ?? false });
  for (const w of res.warnings) process.stderr.write(`warning: ${w}\n`);
  process.stderr.write(
    `Wrote a draft with ${res.config.sources.length} source(s). Check every commented guess, then scan with:\n` +
      `  planscan run --sources ${path.relative(process.cwd(), res.file) || res.file}\n`,
  );
  process.stdout.write(`${res.file}\n`);
  return 0;
}

/** Runs `planscan init ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['init', ...argv]);
}
