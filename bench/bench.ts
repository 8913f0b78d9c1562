/**
 * planscan benchmark: synthetic corpus → fresh scan → unchanged rerun (reports kept) → unchanged
 * rerun with --force (reports written again) → PDF extraction vs pdftotext.
 *
 *   npm run bench -- --docs 40 [--pages-per-doc 12] [--out bench/out] [--keep] [--seed 1]
 *                    [--concurrency C] [--rounds R] [--pdf-engine pdf-parse|mupdf] [--results bench/results.json]
 *
 * Prints a table on stdout, progress on stderr, and writes bench/results.json (temp + rename).
 * Measures only; it asserts nothing about time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import type { SourceEntry } from '../src/schema/source.js';
import type { ChildMessage, ExtractArgs, ExtractResult, RunScanResult, ScanArgs } from './child.js';
import { corpusDirName, ensureCorpus, type CorpusManifest } from './corpus.js';
import { ensurePdftotext, timePdftotext, type PdftotextInfo } from './pdftotext.js';

/** PDF engines the extraction comparison times (src/ingest/pdf-extract.ts); the first is planscan's default. */
const ENGINES = ['pdf-parse', 'mupdf'] as const;
type Engine = (typeof ENGINES)[number];

const HERE = path.dirname(fileURLToPath(import.meta.url)); // dist/bench
const ROOT = path.resolve(HERE, '..', '..');
const CHILD = path.join(HERE, 'child.js');
const DEFAULTS = { docs: 40, pagesPerDoc: 12, seed: 1 } as const;
const STAGES = ['ingest', 'extract', 'classify', 'report', 'total'] as const;

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const mb = (kb: number) => round(kb / 1024, 1);

function usage(code = 2): never {
  process.stderr.write(`usage: node dist/bench/bench.js [--docs N=${DEFAULTS.docs}] [--pages-per-doc M=${DEFAULTS.pagesPerDoc}] [--out bench/out] [--keep]
       [--seed S=${DEFAULTS.seed}] [--concurrency C (passed to runScan)] [--rounds R=1 (extraction-vs-pdftotext rounds)]
       [--pdf-engine pdf-parse|mupdf (engine of the scans; extraction times both)] [--skip-extraction] [--results bench/results.json]
`);
  process.exit(code);
}

function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) { process.stderr.write(`--${name} must be a positive integer (got "${v}")\n`); usage(); }
  return n;
}

/** sha256 over the compiled planscan (dist/src/**.js, paths and contents): tells runs of different code apart. */
async function codeHash(dir: string): Promise<string | null> {
  if (!existsSync(dir)) return null;
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js')).sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(await readFile(path.join(dir, f))).update('\0');
  return `${h.digest('hex').slice(0, 16)} (${files.length} files)`;
}

interface EngineExtraction {
  wallMs: number | null; inFlight: number; pagesPerSec: number | null; peakRssMb: number | null;
  ratio: number | null; ratioReason?: string; rounds: unknown[];
}

interface ChildRun<T> { msg: ChildMessage<T>; processMs: number; exitCode: number | null }

async function runChild<T>(mode: 'scan' | 'extract', args: ScanArgs | ExtractArgs, argsFile: string): Promise<ChildRun<T>> {
  await writeFile(argsFile, JSON.stringify(args));
  const t0 = performance.now();
  return new Promise((resolve) => {
    // The child's stdout goes to our stderr: only the bench table is printed on stdout.
    const c = spawn(process.execPath, [CHILD, mode, argsFile], { stdio: ['ignore', 2, 'inherit', 'ipc'], cwd: ROOT });
    let msg: ChildMessage<T> | undefined;
    c.on('message', (m) => { msg = m as ChildMessage<T>; });
    c.on('error', (err) => { msg ??= { ok: false, error: `spawn failed: ${err.message}`, maxRssKb: 0 }; });
    c.on('exit', (code, signal) => {
      const processMs = performance.now() - t0;
      resolve({
        msg: msg ?? { ok: false, error: `child exited (code ${code}, signal ${signal}) without reporting`, maxRssKb: 0 },
        processMs, exitCode: code,
      });
    });
  });
}

interface StageRate { ms: number; docsPerSec: number | null; pagesPerSec: number | null }
interface ScanFigures {
  ok: boolean; error?: string;
  runId?: string; documents?: number; parsed?: number; reused?: number; failures?: number; warnings?: number; pages?: number;
  stages?: Record<(typeof STAGES)[number], StageRate>;
  runScanMs?: number; importMs?: number; processMs: number; peakRssMb: number;
  failureSample?: unknown[];
}

function scanFigures(r: ChildRun<RunScanResult>): ScanFigures {
  if (!r.msg.ok) return { ok: false, error: r.msg.error, processMs: round(r.processMs), peakRssMb: mb(r.msg.maxRssKb) };
  const { result } = r.msg;
  const errors = result.failures.filter((f) => f.level !== 'warning');
  const rate = (n: number, ms: number) => (ms > 0 ? round(n / (ms / 1000), 2) : null);
  const stages = Object.fromEntries(STAGES.map((s) => {
    const ms = Number(result.timings?.[s] ?? NaN);
    return [s, { ms: round(ms), docsPerSec: rate(result.documents, ms), pagesPerSec: rate(result.pages, ms) }];
  })) as Record<(typeof STAGES)[number], StageRate>;
  return {
    ok: true, runId: result.runId, documents: result.documents, parsed: result.parsed, reused: result.reused,
    // Warnings (level 'warning', e.g. a document without priorities) are counted apart from failures.
    failures: errors.length, warnings: result.failures.length - errors.length, pages: result.pages, stages,
    runScanMs: round(r.msg.wallMs), importMs: round(r.msg.importMs), processMs: round(r.processMs), peakRssMb: mb(r.msg.maxRssKb),
    ...(errors.length > 0 ? { failureSample: errors.slice(0, 5) } : {}),
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        docs: { type: 'string' }, 'pages-per-doc': { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean' },
        seed: { type: 'string' }, concurrency: { type: 'string' }, rounds: { type: 'string' }, results: { type: 'string' },
        'pdf-engine': { type: 'string' }, 'skip-extraction': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    usage();
  }
  if (parsed.help) usage(0);
  const docs = positiveInt('docs', parsed.docs, DEFAULTS.docs);
  const pagesPerDoc = positiveInt('pages-per-doc', parsed['pages-per-doc'], DEFAULTS.pagesPerDoc);
  const seed = positiveInt('seed', parsed.seed, DEFAULTS.seed);
  const rounds = positiveInt('rounds', parsed.rounds, 1);
  const concurrency = parsed.concurrency === undefined ? undefined : positiveInt('concurrency', parsed.concurrency, 1);
  const outDir = path.resolve(parsed.out ?? path.join(ROOT, 'bench', 'out'));
  const resultsFile = path.resolve(parsed.results ?? path.join(ROOT, 'bench', 'results.json'));
  const scanEngine = (parsed['pdf-engine'] ?? ENGINES[0]) as Engine;
  if (!ENGINES.includes(scanEngine)) { process.stderr.write(`--pdf-engine must be one of ${ENGINES.join(', ')}\n`); usage(); }
  if (docs < 2) { process.stderr.write('--docs must be at least 2 (one current plan + one partner document)\n'); usage(); }
  if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: build first (npm run bench does)`);

  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const planscanBuild = await codeHash(path.join(HERE, '..', 'src'));
  const tBench = performance.now();

  // 1. Corpus (reused when present).
  const corpusName = corpusDirName({ docs, pagesPerDoc, seed }, DEFAULTS);
  const corpusDir = path.join(outDir, corpusName);
  log(`corpus ${path.relative(process.cwd(), corpusDir) || corpusDir}: ${existsSync(path.join(corpusDir, 'manifest.json')) ? 'checking' : 'generating'} (${docs} documents, ~${pagesPerDoc} pages each)`);
  const { manifest, reused } = await ensureCorpus(corpusDir, { docs, pagesPerDoc, seed, log });
  const t = manifest.totals;
  log(`corpus ${reused ? 'reused' : `generated in ${round(manifest.generateMs / 1000)} s`}: ${t.pdf} pdf (${t.pdfPages} pages), ${t.docx} docx, ${t.html} html, ${round(t.bytes / 1e6, 2)} MB`);
  const sourcesFile = path.join(corpusDir, 'sources.yaml');

  // 2. Scans on a fresh database, then two unchanged reruns on the same database: the first keeps
  //    the reports (nothing changed), the second is told to write them again (--force).
  const runDir = path.join(outDir, `run-${corpusName}`);
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const scanArgs: ScanArgs = {
    sources: sourcesFile, db: path.join(runDir, 'scan.db'), out: path.join(runDir, 'reports'),
    ...(concurrency !== undefined ? { concurrency } : {}),
    pdfEngine: scanEngine,
  };
  log(`scan 1/3: fresh database (PDF engine ${scanEngine})`);
  const fresh = scanFigures(await runChild<RunScanResult>('scan', scanArgs, path.join(runDir, 'args-scan.json')));
  log(fresh.ok ? `fresh scan: ${fresh.documents} documents, ${fresh.pages} pages, ${round((fresh.runScanMs ?? 0) / 1000, 2)} s` : `fresh scan FAILED: ${fresh.error?.split('\n')[0]}`);
  let rerun: ScanFigures | null = null;
  let rerunForced: ScanFigures | null = null;
  if (fresh.ok) {
    log('scan 2/3: unchanged rerun, same database (reports kept)');
    rerun = scanFigures(await runChild<RunScanResult>('scan', scanArgs, path.join(runDir, 'args-scan.json')));
    log(rerun.ok ? `rerun: ${rerun.parsed} parsed, ${rerun.reused} reused, ${round((rerun.runScanMs ?? 0) / 1000, 2)} s` : `rerun FAILED: ${rerun.error?.split('\n')[0]}`);
    log('scan 3/3: unchanged rerun with --force (reports written again)');
    rerunForced = scanFigures(await runChild<RunScanResult>('scan', { ...scanArgs, force: true }, path.join(runDir, 'args-scan.json')));
    log(rerunForced.ok ? `forced rerun: ${rerunForced.parsed} parsed, ${rerunForced.reused} reused, ${round((rerunForced.runScanMs ?? 0) / 1000, 2)} s` : `forced rerun FAILED: ${rerunForced.error?.split('\n')[0]}`);
  }

  // 3. PDF text extraction: planscan's ingest (worker pool) vs pdftotext, 2 processes at a time.
  const sources = (YAML.parse(await readFile(sourcesFile, 'utf8')) as { sources: SourceEntry[] }).sources;
  const pdfIds = new Set(manifest.files.filter((f) => f.format === 'pdf').map((f) => f.id));
  const pdfEntries = sources.filter((s) => pdfIds.has(s.id));
  const pdfFiles = manifest.files.filter((f) => f.format === 'pdf').map((f) => path.join(corpusDir, f.path));
  const cpus = os.availableParallelism();
  const pdftotext: PdftotextInfo = parsed['skip-extraction'] ? { available: false, installAttempted: false, reason: '--skip-extraction' } : ensurePdftotext(log);
  const extractConcurrency = 2 * cpus;
  type RoundOut = { planscanMs: number | null; pdftotextMs: number | null; planscanPeakRssMb: number | null; planscanError?: string; pdftotextFailed?: number; planscanFailed?: number; planscanPages?: number };
  const roundsOut: Record<Engine, RoundOut[]> = { 'pdf-parse': [], mupdf: [] };
  for (let r = 0; r < (parsed['skip-extraction'] ? 0 : rounds); r++) {
    log(`extraction round ${r + 1}/${rounds}: ${pdfFiles.length} PDFs (${t.pdfPages} pages): pdftotext, then planscan with ${ENGINES.join(' and with ')}`);
    const pt = pdftotext.available ? await timePdftotext(pdfFiles, 2) : null;
    for (const engine of ENGINES) {
      const ex = await runChild<ExtractResult>('extract', { baseDir: corpusDir, entries: pdfEntries, concurrency: extractConcurrency, pdfEngine: engine }, path.join(runDir, 'args-extract.json'));
      roundsOut[engine].push({
        planscanMs: ex.msg.ok ? round(ex.msg.wallMs) : null,
        pdftotextMs: pt ? round(pt.wallMs) : null,
        planscanPeakRssMb: mb(ex.msg.maxRssKb) || null,
        ...(ex.msg.ok ? { planscanFailed: ex.msg.result.failed.length, planscanPages: ex.msg.result.pages } : { planscanError: ex.msg.error }),
        ...(pt ? { pdftotextFailed: pt.failed } : {}),
      });
      if (ex.msg.ok && ex.msg.result.failed.length > 0) log(`planscan (${engine}) extraction: ${ex.msg.result.failed.length} PDFs failed, e.g. ${JSON.stringify(ex.msg.result.failed[0])}`);
      if (!ex.msg.ok) log(`planscan (${engine}) extraction FAILED: ${ex.msg.error.split('\n')[0]}`);
    }
  }
  const sum = (xs: Array<number | null>) => (xs.length > 0 && xs.every((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x as number), 0) : null);
  const pdftotextMs = sum(roundsOut[ENGINES[0]].map((r) => r.pdftotextMs));
  const byEngine = Object.fromEntries(ENGINES.map((engine) => {
    const planscanMs = sum(roundsOut[engine].map((r) => r.planscanMs));
    let ratio: number | null = null;
    let ratioReason: string | undefined;
    if (parsed['skip-extraction']) ratioReason = '--skip-extraction';
    else if (!pdftotext.available) ratioReason = pdftotext.reason ?? 'pdftotext unavailable';
    else if (planscanMs === null) ratioReason = `planscan extraction failed: ${roundsOut[engine].find((r) => r.planscanError)?.planscanError?.split('\n')[0] ?? 'unknown error'}`;
    else if (pdftotextMs !== null && pdftotextMs > 0) ratio = round(planscanMs / pdftotextMs, 2);
    return [engine, {
      wallMs: planscanMs, inFlight: extractConcurrency,
      pagesPerSec: planscanMs ? round((t.pdfPages * rounds) / (planscanMs / 1000), 1) : null,
      peakRssMb: Math.max(0, ...roundsOut[engine].map((r) => r.planscanPeakRssMb ?? 0)) || null,
      ratio, ...(ratioReason ? { ratioReason } : {}),
      rounds: roundsOut[engine],
    }];
  })) as Record<Engine, EngineExtraction>;
  const { ratio, ratioReason } = byEngine[ENGINES[0]];

  // 4. Results.
  const results = {
    startedAt,
    benchMs: round(performance.now() - tBench),
    machine: {
      cpus, cpuModel: os.cpus()[0]?.model ?? 'unknown', totalMemMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version, platform: `${os.platform()} ${os.release()}`, pdftotext: pdftotext.version ?? null,
      /** 1/5/15-minute load averages: other work on the machine makes every figure noisier. */
      loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)),
    },
    params: { docs, pagesPerDoc, seed, concurrency: concurrency ?? null, rounds, pdfEngine: scanEngine },
    /** Hash of the compiled planscan that was measured (compare runs only when it matches). */
    planscanBuild,
    corpus: {
      dir: path.relative(ROOT, corpusDir), reused, generateMs: manifest.generateMs,
      documents: manifest.files.length, pdf: t.pdf, docx: t.docx, html: t.html, pdfPages: t.pdfPages,
      pages: t.pages, bytes: t.bytes,
    },
    scan: { fresh, rerun, rerunForced },
    peakRssMb: {
      freshScanChild: fresh.peakRssMb, rerunChild: rerun?.peakRssMb ?? null, rerunForcedChild: rerunForced?.peakRssMb ?? null,
      extractionChild: byEngine[ENGINES[0]].peakRssMb,
      extractionChildMupdf: byEngine.mupdf.peakRssMb,
      benchParent: mb(process.resourceUsage().maxRSS),
    },
    pdfExtraction: {
      files: pdfFiles.length, pages: t.pdfPages, bytes: manifest.files.filter((f) => f.format === 'pdf').reduce((a, f) => a + f.bytes, 0),
      /** planscan's default engine (pdf-parse); `engines` has every engine, mupdf included. */
      planscan: byEngine[ENGINES[0]],
      engines: byEngine,
      pdftotext: { wallMs: pdftotextMs, parallel: 2, pagesPerSec: pdftotextMs ? round((t.pdfPages * rounds) / (pdftotextMs / 1000), 1) : null, installAttempted: pdftotext.installAttempted },
      ratio, ...(ratioReason ? { ratioReason } : {}),
      ratioMeaning: 'planscan wall time (default engine, pdf-parse) / pdftotext wall time over the same PDFs in this run (higher = planscan slower); engines.<name>.ratio for each engine',
    },
  };
  await mkdir(path.dirname(resultsFile), { recursive: true });
  const tmp = `${resultsFile}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(results, null, 2)}\n`);
  await rename(tmp, resultsFile);

  printTable(results);
  if (!parsed.keep) await rm(runDir, { recursive: true, force: true });
  else log(`kept ${runDir} (database, reports)`);
  log(`wrote ${path.relative(process.cwd(), resultsFile) || resultsFile}`);
}

function printTable(r: {
  machine: { cpus: number; node: string; pdftotext: string | null; loadAvgAtStart: number[]; loadAvgAtEnd: number[] };
  corpus: { documents: number; pdf: number; docx: number; html: number; pdfPages: number; pages: number; bytes: number; reused: boolean };
  scan: { fresh: ScanFigures; rerun: ScanFigures | null; rerunForced: ScanFigures | null };
  peakRssMb: { freshScanChild: number; rerunChild: number | null; rerunForcedChild: number | null; benchParent: number };
  pdfExtraction: { files: number; pages: number; engines: Record<Engine, EngineExtraction>; pdftotext: { wallMs: number | null; pagesPerSec: number | null }; ratio: number | null; ratioReason?: string };
}): void {
  const out: string[] = [];
  const c = r.corpus;
  out.push(`planscan bench: ${c.documents} documents (${c.pdf} pdf, ${c.docx} docx, ${c.html} html), ${c.pdfPages} PDF pages, ${round(c.bytes / 1e6, 2)} MB; ${r.machine.cpus} cpus, node ${r.machine.node}; corpus ${c.reused ? 'reused' : 'generated'}`);
  out.push('');
  const rows: string[][] = [['run', 'stage', 'ms', 'docs/s', 'pages/s']];
  const fmt = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '-' : String(x));
  for (const [name, s] of [['fresh', r.scan.fresh], ['rerun', r.scan.rerun], ['forced', r.scan.rerunForced]] as const) {
    if (!s) continue;
    if (!s.ok || !s.stages) { rows.push([name, 'FAILED', '-', '-', '-']); continue; }
    for (const st of STAGES) rows.push([name, st, fmt(s.stages[st].ms), fmt(s.stages[st].docsPerSec), fmt(s.stages[st].pagesPerSec)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) out.push(row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  out.push('(stage ms are runScan\'s timings: per-document times summed over its concurrent lanes, so ingest can exceed total;');
  out.push(' docs/s and pages/s = documents or pages / stage seconds)');
  out.push('');
  const f = r.scan.fresh;
  const re = r.scan.rerun;
  const rf = r.scan.rerunForced;
  const secs = (ms: number | undefined) => (ms === undefined ? '-' : `${round(ms / 1000, 2)} s`);
  out.push(`whole run (runScan):   fresh ${secs(f.runScanMs)}   rerun ${secs(re?.runScanMs)} (reports kept)   rerun --force ${secs(rf?.runScanMs)} (reports rewritten)`);
  out.push(`whole run (process):   fresh ${secs(f.processMs)}   rerun ${secs(re?.processMs)}   rerun --force ${secs(rf?.processMs)}   (node start + imports included)`);
  if (f.ok) out.push(`documents:             fresh ${f.documents} (parsed ${f.parsed}, reused ${f.reused}, failures ${f.failures}, warnings ${f.warnings ?? 0}, pages ${f.pages})` + (re?.ok ? `   rerun parsed ${re.parsed}, reused ${re.reused}, failures ${re.failures}` : ''));
  if (!f.ok) out.push(`fresh scan failed:     ${f.error?.split('\n')[0]}`);
  if (re && !re.ok) out.push(`rerun failed:          ${re.error?.split('\n')[0]}`);
  const p = r.peakRssMb;
  out.push(`peak RSS (MB):         fresh scan ${fmt(p.freshScanChild)}   rerun ${fmt(p.rerunChild)}   rerun --force ${fmt(p.rerunForcedChild)}   bench parent/generator ${fmt(p.benchParent)}`);
  const e = r.pdfExtraction;
  if (e.ratioReason === '--skip-extraction') {
    out.push('PDF text extraction vs pdftotext: skipped (--skip-extraction)');
  } else {
    out.push(`PDF text (${e.files} PDFs, ${e.pages} pages): pdftotext x2 ${secs(e.pdftotext.wallMs ?? undefined)} (${fmt(e.pdftotext.pagesPerSec)} pages/s)`);
    for (const engine of ENGINES) {
      const x = e.engines[engine];
      out.push(`  planscan, ${engine.padEnd(9)} ${secs(x.wallMs ?? undefined)} (${fmt(x.pagesPerSec)} pages/s, peak RSS ${fmt(x.peakRssMb)} MB)   ratio to pdftotext: ${x.ratio === null ? `null (${x.ratioReason ?? 'n/a'})` : x.ratio}${engine === ENGINES[0] ? '  (default engine)' : ''}`);
    }
  }
  out.push(`load average (1/5/15 min): start ${r.machine.loadAvgAtStart.join(' ')}, end ${r.machine.loadAvgAtEnd.join(' ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
