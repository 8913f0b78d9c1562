import { UsageError } from '../usage-error.js';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { runScan, StrictFailure, NoDocumentsError, RunOptionsError } from '../../pipeline/index.js';
import { stderrProgress } from '../../pipeline/progress.js';
import { PDF_ENGINES, type PdfEngine } from '../../ingest/index.js';

const help = `planscan run [options]

Scan the sources of one year and write the briefing note and CSV exports.

  --sources FILE   sources.yaml to read (default: sources.yaml)
  --year N         scan year, when the file lists several (default: scan.year)
  --out DIR        output folder (default: output); files go to DIR/<year>/
  --db FILE        SQLite database (default: <out>/planscan.db)
  --strict         make any document failure fatal (exit 1)
  --ocr            OCR scanned PDFs when tesseract is installed
  --pdf-engine E   PDF text library: pdf-parse (default) or mupdf, which gives
                   the same text about 2.5x faster, for large scans
  --force          write the reports even when nothing changed since the last
                   run (by default an unchanged rerun keeps that run's reports)
  --concurrency N  documents in flight at once (default: 4)
  --max-mb N       skip documents larger than N MB (default: 100)
  --allow-outside  allow source paths outside the sources.yaml folder
  --allow-private-urls  fetch URLs on loopback, link-local and private
                   addresses (off: a link or redirect to the intranet is refused)

Exit code 0 when the scan completed, even with failed documents (listed in the
note and errors.csv); 3 when it completed but the current plan could not be
read, so no decision could be made (reports written, headline says so); 2 for
a usage error; 1 when the scan could not run (e.g. the database failed).`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sources: { type: 'string', default: 'sources.yaml' },
      year: { type: 'string' },
      out: { type: 'string', default: 'output' },
      db: { type: 'string' },
      strict: { type: 'boolean', default: false },
      ocr: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'pdf-engine': { type: 'string' },
      concurrency: { type: 'string' },
      'max-mb': { type: 'string' },
      'allow-outside': { type: 'boolean', default: false },
      'allow-private-urls': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  const year = values.year === undefined ? undefined : Number.parseInt(values.year, 10);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`--year must be a year, got "${values.year}"`);
  const out = values.out;
  const engine = values['pdf-engine'];
  if (engine !== undefined && !(PDF_ENGINES as readonly string[]).includes(engine)) {
    throw new UsageError(`--pdf-engine must be one of ${PDF_ENGINES.join(', ')}, got "${engine}"`);
  }
  const positive = (v: string, flag: string): number => {
    const n = Number(v);
    if (!(n > 0)) throw new UsageError(`${flag} must be a positive number, got "${v}"`);
    return n;
  };
  try {
    const result = await runScan({
      sources: values.sources,
      out,
      db: values.db ?? path.join(out, 'planscan.db'),
      strict: values.strict,
      ocr: values.ocr,
      force: values.force,
      ...(engine !== undefined ? { pdfEngine: engine as PdfEngine } : {}),
      progress: stderrProgress(),
      ...(year !== undefined ? { year } : {}),
      ...(values.concurrency ? { concurrency: positive(values.concurrency, '--concurrency') } : {}),
      ...(values['max-mb'] ? { maxBytes: positive(values['max-mb'], '--max-mb') * 1024 * 1024 } : {}),
      allowOutside: values['allow-outside'],
      allowPrivateUrls: values['allow-private-urls'],
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
    return result.noDecision ? 3 : 0;
  } catch (err) {
    if (err instanceof StrictFailure || err instanceof NoDocumentsError) {
      process.stderr.write(`planscan: ${err.message}\n`);
      for (const f of err.failures) process.stderr.write(`  ${f.sourceId} [${f.stage}/${f.code}] ${f.message}\n`);
      return 1;
    }
    if (err instanceof RunOptionsError) throw new UsageError(err.message);
    throw err;
  }
}
