import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { loadSources } from './config/index.js';
import { fetchSource, parseSource, closeIngest, type IngestOptions, type PdfEngine } from './ingest/index.js';
import { extractPriorities } from './extract/index.js';
import { loadClassifier, classifyPriorities } from './classify/index.js';
import { analyse } from './analyse/index.js';
import { loadNoteSettings, REPORT_FILES, writeReports, type ReviewSummary } from './report/index.js';
import { reportInputsHash } from './pipeline/inputs.js';
import { reviewAgreement } from './review/index.js';
import { openStore, type Store } from './store/index.js';
import { DocumentError, type Failure } from './schema/failure.js';
import type { Document } from './schema/document.js';
import type { Analysis } from './schema/analysis.js';
import type { Priority } from './schema/priority.js';
import type { SourceEntry } from './schema/source.js';
import { surveyPriorities } from './pipeline/survey.js';
import { silentProgress, type Progress } from './pipeline/progress.js';

export interface RunOptions {
  sources: string;
  year?: number;
  out: string;
  db: string;
  concurrency?: number;
  strict?: boolean;
  ocr?: boolean;
  /** PDF text library (default pdf-parse). */
  pdfEngine?: PdfEngine;
  /** Allow source paths outside the sources.yaml folder tree. */
  allowOutside?: boolean;
  /** Fetch URLs and follow redirects to loopback, link-local and private addresses (CLI --allow-private-urls). */
  allowPrivateUrls?: boolean;
  /** Size cap per document, in bytes. */
  maxBytes?: number;
  /** Write the reports even when nothing changed since a run whose reports are still in place. */
  force?: boolean;
  progress?: Progress;
}

export type StageName = 'ingest' | 'extract' | 'classify' | 'report' | 'total';

export interface RunResult {
  runId: string;
  year: number;
  documents: number;
  parsed: number;
  reused: number;
  pages: number;
  failures: Failure[];
  files: string[];
  decision: string;
  timings: Record<StageName, number>;
  /** Set when nothing changed since that run and its reports, still in place, were kept. */
  reportsKeptFrom?: string;
}

/**
 * What the scan keeps of each document while the corpus is read: its metadata, and its blocks
 * only for the current plan (gap analysis reads them). Priorities are saved to the store as each
 * document is done and read back (without their cues) only if the reports are written, so memory
 * stays flat while documents are read.
 */
interface DocResult { doc: Document }

function keep(doc: Document, isPlan: boolean): Document {
  return isPlan ? doc : { ...doc, blocks: [] };
}

/** Runs one scan year end to end. One bad document never aborts the scan. */
export async function runScan(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const progress = opts.progress ?? silentProgress;
  const loaded = loadSources(opts.sources, opts.year === undefined ? {} : { year: opts.year });
  const store = openStore(opts.db);
  const timings: Record<StageName, number> = { ingest: 0, extract: 0, classify: 0, report: 0, total: 0 };
  store.acquireLock({ sourcesFile: loaded.file, year: loaded.year });
  try {
    const runId = store.beginRun({ year: loaded.year, sourcesFile: loaded.file });
    const classifier = loadClassifier({ extraExamples: store.trainingExamples() });
    const ingestOpts: IngestOptions = {
      baseDir: loaded.baseDir,
      ...(opts.ocr ? { ocr: true } : {}),
      ...(opts.pdfEngine ? { pdfEngine: opts.pdfEngine } : {}),
      ...(opts.allowOutside ? { allowOutside: true } : {}),
      ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    };
    const failures: Failure[] = [];
    const results = new Map<string, DocResult>();
    const byHash = new Map<string, string>();
    let parsed = 0;
    let reused = 0;
    let done = 0;
    progress.start(loaded.sources.length, `Scanning ${loaded.sources.length} documents for ${loaded.config.scan.area} ${loaded.year}`);

    const one = async (entry: SourceEntry): Promise<void> => {
      try {
        let t = performance.now();
        const raw = await fetchSource(entry, ingestOpts);
        const twin = byHash.get(raw.contentHash);
        if (twin !== undefined) {
          throw new DocumentError('read', 'duplicate-content', `${label(entry)} has the same content as source "${twin}"; counted once`,
            'remove one of the two entries from sources.yaml');
        }
        byHash.set(raw.contentHash, entry.id);
        const isPlan = entry.id === loaded.currentPlanId;
        const cached = store.findDocument(entry.id, raw.contentHash, { blocks: isPlan });
        if (cached) {
          timings.ingest += performance.now() - t;
          store.linkDocument(runId, entry.id, raw.contentHash);
          results.set(entry.id, { doc: { ...cached, source: entry } });
          reused++;
          progress.tick(++done, `${entry.id}: unchanged, reused`);
          return;
        }
        const doc = await parseSource(raw, ingestOpts);
        timings.ingest += performance.now() - t;
        t = performance.now();
        const found: Priority[] = entry.role === 'survey' ? surveyPriorities(doc) : extractPriorities(doc);
        timings.extract += performance.now() - t;
        t = performance.now();
        const priorities = classifyPriorities(found, classifier);
        timings.classify += performance.now() - t;
        store.saveDocument(runId, doc, priorities);
        // The priorities are read back from the store for the report, as for an unchanged document:
        // holding them here would make memory grow with the corpus while it is being read.
        results.set(entry.id, { doc: keep(doc, entry.id === loaded.currentPlanId) });
        parsed++;
        progress.tick(++done, `${entry.id}: ${doc.format}, ${doc.pages} page(s), ${priorities.length} priorities`);
      } catch (err) {
        const failure = err instanceof DocumentError
          ? err.toFailure(entry.id)
          : { sourceId: entry.id, stage: 'parse' as const, code: 'internal', message: `${label(entry)}: ${(err as Error)?.message ?? String(err)}`, hint: 'this is a planscan bug; please report it with the file', level: 'error' as const };
        failures.push(failure);
        progress.tick(++done, `${entry.id}: FAILED (${failure.code}) ${failure.message}`);
      }
    };

    const queue = new PQueue({ concurrency: opts.concurrency ?? 4 });
    await queue.addAll(loaded.sources.map((entry) => () => one(entry)));
    progress.end();
    // Every document is read: free the PDF workers' memory before the report is built.
    await closeIngest();

    if (opts.strict && failures.length > 0) {
      throw new StrictFailure(failures);
    }
    const order = new Map(loaded.sources.map((s, i) => [s.id, i]));
    const ok = [...results.values()].sort((a, b) => (order.get(a.doc.sourceId) ?? 0) - (order.get(b.doc.sourceId) ?? 0));
    if (ok.filter((r) => r.doc.source.role !== 'current_plan').length === 0) {
      throw new NoDocumentsError(failures);
    }
    const documentCount = ok.length;
    const pageCount = ok.reduce((n, r) => n + r.doc.pages, 0);

    const inputsHash = reportInputsHash({
      year: loaded.year,
      config: loaded.config.scan,
      documents: loaded.sources.map((entry) => {
        const r = results.get(entry.id);
        return r ? { entry, contentHash: r.doc.contentHash } : { entry };
      }),
      failures,
      store,
    });
    const kept = opts.force ? null : keptReports(store, loaded.year, inputsHash, opts.out);
    if (kept) {
      store.finishRun(runId, kept.analysis, failures);
      store.setRunInputs(runId, inputsHash);
      timings.total = performance.now() - t0;
      return {
        runId, year: loaded.year, documents: documentCount, parsed, reused, pages: pageCount, failures,
        files: kept.files, decision: kept.analysis.recommendation.decision, timings, reportsKeptFrom: kept.runId,
      };
    }

    const stored = (r: DocResult) => store.documentPriorities(r.doc.sourceId, r.doc.contentHash, { cues: false });
    const planResult = loaded.currentPlanId ? results.get(loaded.currentPlanId) : undefined;
    const others = ok.filter((r) => r.doc.sourceId !== loaded.currentPlanId);
    const priorities = store.applyOverrides(others.flatMap(stored));
    const planPriorities = planResult ? store.applyOverrides(stored(planResult)) : [];

    let t = performance.now();
    const analysis = analyse({
      scan: {
        name: loaded.config.scan.name,
        area: loaded.config.scan.area,
        year: loaded.year,
        runId,
        date: new Date().toISOString().slice(0, 10),
        ...(loaded.config.scan.next_election ? { nextElection: loaded.config.scan.next_election } : {}),
        ...(loaded.config.scan.last_election ? { lastElection: loaded.config.scan.last_election } : {}),
      },
      listed: loaded.config.sources.length,
      leftOut: loaded.leftOut,
      failed: failures.flatMap((f) => loaded.sources.filter((s) => s.id === f.sourceId).map((entry) => ({ entry, message: f.message }))),
      ...(loaded.config.scan.aliases ? { aliases: loaded.config.scan.aliases } : {}),
      areas: { ...(loaded.config.scan.areas ? { districts: loaded.config.scan.areas } : {}), ...(loaded.config.scan.area_groups ? { groups: loaded.config.scan.area_groups } : {}) },
      // Failed documents are listed in the note, not counted as partners who cite nothing.
      sources: ok.map((r) => r.doc.source),
      priorities,
      plan: planResult ? { source: planResult.doc.source, doc: planResult.doc, priorities: planPriorities } : null,
      previous: store.previousThemes(loaded.year),
      classifier,
      ...(loaded.config.scan.scoring ? { scoring: loaded.config.scan.scoring } : {}),
    });
    const review = reviewSummary(store, loaded.year);
    const files = await writeReports({
      analysis,
      priorities: [...priorities, ...planPriorities],
      sources: loaded.sources,
      documents: ok.map((r) => ({ sourceId: r.doc.sourceId, pages: r.doc.pages, format: r.doc.format, ...(r.doc.title ? { title: r.doc.title } : {}) })),
      failures,
      ...(loaded.currentPlanId ? { planSourceId: loaded.currentPlanId } : {}),
      ...(review ? { review } : {}),
      note: loadNoteSettings(loaded.config.scan, loaded.file),
      storedCues: (p) => {
        const hash = results.get(p.sourceId)?.doc.contentHash;
        return hash ? store.priorityCues(p.sourceId, hash, p.id) : [];
      },
    }, opts.out);
    timings.report += performance.now() - t;
    store.finishRun(runId, analysis, failures);
    store.setRunInputs(runId, inputsHash);
    timings.total = performance.now() - t0;
    return {
      runId,
      year: loaded.year,
      documents: documentCount,
      parsed,
      reused,
      pages: pageCount,
      failures,
      files,
      decision: analysis.recommendation.decision,
      timings,
    };
  } finally {
    store.releaseLock();
    store.close();
    await closeIngest();
  }
}

/** The earlier run with the same report inputs, when all its report files are still in place. */
function keptReports(store: Store, year: number, inputsHash: string, out: string): { runId: string; analysis: Analysis; files: string[] } | null {
  const previous = store.runWithInputs(year, inputsHash);
  if (!previous) return null;
  const files = REPORT_FILES.map((f) => join(out, String(year), f));
  return files.every((f) => existsSync(f)) ? { ...previous, files } : null;
}

/** The analyst review of a scan year for the note's methodology section, or undefined when none. */
export function reviewSummary(store: Store, year: number): ReviewSummary | undefined {
  const a = reviewAgreement(store, year);
  if (a.reviewed === 0) return undefined;
  return {
    reviewed: a.reviewed,
    overridden: a.overridden,
    excluded: a.excluded,
    kappaKind: a.kind.kappa,
    kappaTheme: a.theme.kappa,
    percentKind: a.kind.percent,
  };
}

function label(entry: SourceEntry): string {
  return entry.path ? `${entry.id} (${entry.path})` : `${entry.id} (${entry.url})`;
}

export class StrictFailure extends Error {
  constructor(readonly failures: Failure[]) {
    super(`--strict: ${failures.length} document(s) failed; first: ${failures[0]?.sourceId}: ${failures[0]?.message}`);
  }
}

export class NoDocumentsError extends Error {
  constructor(readonly failures: Failure[]) {
    super(`no partner document could be read (${failures.length} failed); nothing to scan`);
  }
}

