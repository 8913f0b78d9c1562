import path from 'node:path';
import { Option, type Command } from 'commander';
import { checkSourcesPath } from '../../config/read.js';
import { action } from '../program.js';
import { DEFAULT_OUT, dbPath, options, parsePositive, parseWholeNumber } from '../options.js';
import { UsageError } from '../usage-error.js';

interface RunFlags {
  sources: string; year?: number; out: string; db?: string; strict?: boolean; ocr?: boolean; pdfEngine?: string; force?: boolean;
  concurrency?: number; maxMb?: number; allowOutside?: boolean; allowPrivateUrls?: boolean;
}

export function register(program: Command): void {
  program
    .command('run')
    .summary('scan the sources of one year and write the briefing note')
    .description('Scan the sources of one year and write the briefing note and CSV exports to <out>/<year>/.')
    .option('--sources <file>', 'sources.yaml to read', 'sources.yaml')
    .addOption(options.year('scan year, when the file lists several (default: scan.year)'))
    .addOption(options.out('output folder; files go to <out>/<year>/'))
    .addOption(options.db())
    .option('--strict', 'make any document failure fatal (exit 1)')
    .option('--ocr', 'OCR scanned PDFs when tesseract is installed')
    .addOption(new Option('--pdf-engine <engine>', 'PDF text library; mupdf gives the same text about 2.5x faster').choices(['pdf-parse', 'mupdf']))
    .option('--force', 'write the reports even when nothing changed since the last run')
    .option('--concurrency <n>', 'documents in flight at once (default: 4)', parseWholeNumber(1))
    .option('--max-mb <n>', 'skip documents larger than N MB (default: 100)', parsePositive)
    .option('--allow-outside', 'allow source paths outside the sources.yaml folder')
    .option('--allow-private-urls', 'allow URLs and redirects to loopback, link-local and private addresses')
    .addHelpText('after', `
By default an unchanged rerun keeps the reports of the run it matches (--force rewrites them).
Exit code 0 when the scan completed, even with failed documents (listed in the note and
errors.csv); 3 when it completed but the current plan could not be read, so no decision could be
made (reports written, headline says so); 1 when the scan could not run (e.g. the database
failed); 2 for a bad command line.`)
    .action(action(runScan));
}

async function runScan(o: RunFlags): Promise<number> {
  // A missing or unusable sources.yaml is the first thing a new user meets: said before anything loads.
  checkSourcesPath(o.sources);
  const [{ runScan: scan, StrictFailure, NoDocumentsError, RunOptionsError }, { stderrProgress }] = await Promise.all([
    import('../../pipeline/index.js'),
    import('../../pipeline/progress.js'),
  ]);
  const out = o.out ?? DEFAULT_OUT;
  try {
    const result = await scan({
      sources: o.sources,
      out,
      db: dbPath(o),
      strict: o.strict ?? false,
      ocr: o.ocr ?? false,
      force: o.force ?? false,
      ...(o.pdfEngine !== undefined ? { pdfEngine: o.pdfEngine as 'pdf-parse' | 'mupdf' } : {}),
      progress: stderrProgress(),
      ...(o.year !== undefined ? { year: o.year } : {}),
      ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
      ...(o.maxMb !== undefined ? { maxBytes: o.maxMb * 1024 * 1024 } : {}),
      allowOutside: o.allowOutside ?? false,
      allowPrivateUrls: o.allowPrivateUrls ?? false,
    });
    const lines = [
      `Scan ${result.year} (run ${result.runId}): ${result.documents} documents read (${result.parsed} parsed, ${result.reused} unchanged), ${result.failures.filter((f) => f.level !== 'warning').length} failed, ${result.failures.filter((f) => f.level === 'warning').length} warning(s).`,
      result.noDecision ? `Recommendation: no decision — ${result.noDecision}` : `Recommendation: ${result.decision}`,
      ...(result.reportsKeptFrom
        ? [`Nothing changed since run ${result.reportsKeptFrom} (documents, sources.yaml, reviews, data files and planscan itself): its reports are kept; --force rewrites them.`]
        : []),
      ...result.failures.map((f) => `  ${f.level === 'warning' ? 'warning' : 'failed'}: ${f.sourceId} [${f.stage}/${f.code}] ${f.message}${f.hint ? ` — ${f.hint}` : ''}`),
      result.reportsKeptFrom ? 'Reports:' : 'Written:',
      ...result.files.map((f) => `  ${path.relative(process.cwd(), f)}`),
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
    // 3: the scan ran and wrote its reports, but the current plan could not be read, so no decision.
    return result.noDecision ? 3 : 0;
  } catch (err) {
    if (err instanceof StrictFailure || err instanceof NoDocumentsError) {
      process.stderr.write(`planscan run: ${err.message}\n`);
      for (const f of err.failures) process.stderr.write(`  ${f.sourceId} [${f.stage}/${f.code}] ${f.message}\n`);
      return 1;
    }
    if (err instanceof RunOptionsError) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs `planscan run ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['run', ...argv]);
}
