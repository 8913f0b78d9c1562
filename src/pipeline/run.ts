import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { loadSources } from '../config/index.js';
import { closeIngest, type IngestOptions } from '../ingest/index.js';
import { loadClassifier } from '../classify/index.js';
import { analyse } from '../analyse/index.js';
import { abandonReports, loadNoteSettings, recoverReports, verifyReportSet, writeReports } from '../report/index.js';
import { openStore, StoreVersionError, type Store } from '../store/index.js';
import { documentWarning, type Failure } from '../schema/failure.js';
import type { Document } from '../schema/document.js';
import type { SourceEntry } from '../schema/source.js';
import { redactUrl } from '../util/url.js';
import { processDocument, type DocumentContext } from './document.js';
import { NoDocumentsError, StoreFailure, storeStep, StrictFailure } from './errors.js';
import { reportInputsHash } from './inputs.js';
import { checkRunOptions, DOCUMENT_TIMEOUT_MS, type RunOptions, type RunResult, type StageName } from './options.js';
import { silentProgress } from './progress.js';
import { DocumentReader } from './reader.js';
import { reviewSummary } from './review.js';
import { handleInterrupts } from './signals.js';

const DEFAULT_CONCURRENCY = 4;

/**
 * Runs one scan year end to end. Options and sources.yaml are checked before any document is
 * read; one bad document never aborts the scan (it is a Failure), a database failure always does
 * (StoreFailure, before any report is written); the report set is replaced whole or not at all.
 */
export async function runScan(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  checkRunOptions(opts);
  const progress = opts.progress ?? silentProgress;
  const loaded = loadSources(opts.sources, opts.year === undefined ? {} : { year: opts.year });
  const { sources, fetchUrl } = redactSources(loaded.sources);
  recoverReports(opts.out, loaded.year);
  const store = openDatabase(opts.db);
  const db = <T>(doing: string, fn: () => T): T => storeStep(opts.db, doing, fn);
  try {
    store.acquireLock({ sourcesFile: loaded.file, year: loaded.year });
  } catch (error) {
    closeQuietly(store);
    throw error;
  }
  const disposeInterrupts = handleInterrupts(() => {
    abandonReports(opts.out, loaded.year);
    store.close(); // releases the lock
  });
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  // Reading is CPU-bound: more workers than cores only adds start-up cost and memory.
  const reader = new DocumentReader(Math.min(concurrency, availableParallelism()), opts.documentTimeoutMs ?? DOCUMENT_TIMEOUT_MS);
  const timings: Record<StageName, number> = { ingest: 0, extract: 0, classify: 0, report: 0, total: 0 };
  try {
    const runId = db('starting the run', () => store.beginRun({ year: loaded.year, sourcesFile: loaded.file }));
    const classifier = loadClassifier({ extraExamples: db('reading training examples', () => store.trainingExamples()) });
    const ingest: IngestOptions = {
      baseDir: loaded.baseDir,
      ...(opts.ocr ? { ocr: true } : {}),
      ...(opts.pdfEngine ? { pdfEngine: opts.pdfEngine } : {}),
      ...(opts.allowOutside ? { allowOutside: true } : {}),
      ...(opts.allowPrivateUrls ? { allowPrivateUrls: true } : {}),
      ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    };
    const ctx: DocumentContext = {
      runId, store, dbFile: opts.db, ingest, reader, classifier, fetchUrl, byHash: new Map(), timings,
      ...(loaded.currentPlanId ? { currentPlanId: loaded.currentPlanId } : {}),
    };
    const failures: Failure[] = [];
    const results = new Map<string, Document>();
    let parsed = 0;
    let reused = 0;
    let done = 0;
    let fatal: unknown = null;
    progress.start(sources.length, `Scanning ${sources.length} documents for ${loaded.config.scan.area} ${loaded.year}`);
    const queue = new PQueue({ concurrency });
    const one = async (entry: SourceEntry): Promise<void> => {
      if (fatal) return;
      try {
        const outcome = await processDocument(entry, ctx);
        if (!outcome.ok) {
          failures.push(outcome.failure);
          progress.tick(++done, `${entry.id}: FAILED (${outcome.failure.code}) ${outcome.failure.message}`);
          return;
        }
        results.set(entry.id, outcome.doc);
        failures.push(...outcome.warnings);
        if (outcome.reused) reused++;
        else parsed++;
        const note = outcome.warnings.length ? ` (warning: ${outcome.warnings.map((w) => w.code).join(', ')})` : '';
        progress.tick(++done, outcome.reused
          ? `${entry.id}: unchanged, reused${note}`
          : `${entry.id}: ${outcome.doc.format}, ${outcome.doc.pages} page(s), ${outcome.priorities} priorities${note}`);
      } catch (error) {
        // Not a document's problem (the database failed, or a bug outside the stages): stop the scan.
        fatal ??= error;
        queue.clear();
      }
    };
    // Not `await addAll`: tasks dropped by queue.clear() never settle; onIdle does once the running ones end.
    for (const entry of sources) void queue.add(() => one(entry));
    await queue.onIdle();
    progress.end();
    if (fatal) throw fatal;
    // Every document is read: free the workers' memory before the report is built.
    await reader.close();
    await closeIngest();

    const order = new Map(sources.map((s, i) => [s.id, i]));
    failures.sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0));
    const errors = failures.filter((f) => f.level === 'error');
    if (opts.strict && errors.length > 0) throw new StrictFailure(errors);
    const ok = [...results.values()].sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0));
    if (ok.filter((d) => d.source.role !== 'current_plan').length === 0) throw new NoDocumentsError(errors);
    const noDecision = planUnreadable(loaded.currentPlanId, errors, failures);
    const documentCount = ok.length;
    const pageCount = ok.reduce((n, d) => n + d.pages, 0);
    const result = { runId, year: loaded.year, documents: documentCount, parsed, reused, pages: pageCount, failures, timings };
    // The printed decision; 'no decision' (with its reason, and exit 3 in the CLI) when coverage cannot be judged.
    const decided = (decision: string) => {
      const why = noDecision ?? (decision === 'no decision' ? 'no current plan is named in sources.yaml (scan.current_plan), so coverage cannot be judged and no decision is made' : undefined);
      return why ? { decision: 'no decision', noDecision: why } : { decision };
    };

    const inputsHash = db('hashing the report inputs', () => reportInputsHash({
      year: loaded.year,
      config: loaded.config.scan,
      documents: sources.map((entry) => {
        const d = results.get(entry.id);
        return d ? { entry, contentHash: d.contentHash } : { entry };
      }),
      failures,
      store,
    }));
    // An unchanged rerun keeps the earlier run's reports, if the set on disk is that run's, whole and unedited.
    const previous = opts.force ? null : db('looking up earlier runs', () => store.runWithInputs(loaded.year, inputsHash));
    const keptFiles = previous ? await verifyReportSet(opts.out, loaded.year, previous.runId) : null;
    if (previous && keptFiles) {
      db('finishing the run', () => {
        store.finishRun(runId, previous.analysis, errors);
        store.setRunInputs(runId, inputsHash);
      });
      timings.total = performance.now() - t0;
      return { ...result, files: keptFiles, ...decided(previous.analysis.recommendation.decision), reportsKeptFrom: previous.runId };
    }

    const stored = (d: Document) => db(`reading the priorities of ${d.sourceId}`, () => store.documentPriorities(d.sourceId, d.contentHash, { cues: false }));
    const plan = loaded.currentPlanId ? results.get(loaded.currentPlanId) : undefined;
    const priorities = db('applying overrides', () => store.applyOverrides(ok.filter((d) => d.sourceId !== loaded.currentPlanId).flatMap(stored)));
    const planPriorities = plan ? db('applying overrides', () => store.applyOverrides(stored(plan))) : [];
    const t = performance.now();
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
      failed: errors.flatMap((f) => loaded.sources.filter((s) => s.id === f.sourceId).map((entry) => ({ entry, message: f.message }))),
      ...(loaded.config.scan.aliases ? { aliases: loaded.config.scan.aliases } : {}),
      areas: { ...(loaded.config.scan.areas ? { districts: loaded.config.scan.areas } : {}), ...(loaded.config.scan.area_groups ? { groups: loaded.config.scan.area_groups } : {}) },
      // Failed documents are listed in the note, not counted as partners who cite nothing.
      sources: ok.map((d) => d.source),
      priorities,
      plan: plan ? { source: plan.source, doc: plan, priorities: planPriorities } : null,
      previous: db('reading earlier years', () => store.previousThemes(loaded.year)),
      classifier,
      ...(loaded.config.scan.scoring ? { scoring: loaded.config.scan.scoring } : {}),
    });
    const review = db('reading reviews', () => reviewSummary(store, loaded.year));
    // The run is recorded before the reports are written: a database failure leaves the old set.
    db('finishing the run', () => {
      store.finishRun(runId, analysis, errors);
      store.setRunInputs(runId, inputsHash);
    });
    const files = await writeReports({
      analysis,
      priorities: [...priorities, ...planPriorities],
      sources,
      documents: ok.map((d) => ({ sourceId: d.sourceId, pages: d.pages, format: d.format, ...(d.title ? { title: d.title } : {}) })),
      failures,
      ...(loaded.currentPlanId ? { planSourceId: loaded.currentPlanId } : {}),
      ...(review ? { review } : {}),
      note: loadNoteSettings(loaded.config.scan, loaded.file),
      storedCues: (p) => {
        const hash = results.get(p.sourceId)?.contentHash;
        return hash ? db('reading cues', () => store.priorityCues(p.sourceId, hash, p.id)) : [];
      },
    }, opts.out);
    timings.report += performance.now() - t;
    timings.total = performance.now() - t0;
    return { ...result, files, ...decided(analysis.recommendation.decision) };
  } finally {
    disposeInterrupts();
    closeQuietly(store);
    await reader.close();
    await closeIngest();
  }
}

/**
 * When the current plan failed, coverage cannot be judged: a warning says so and the run reports
 * 'no decision' (the CLI exits 3). Returns the reason, or undefined when the plan was read.
 */
function planUnreadable(planId: string | undefined, errors: Failure[], failures: Failure[]): string | undefined {
  const failed = planId ? errors.find((f) => f.sourceId === planId) : undefined;
  if (!planId || !failed) return undefined;
  const reason = `the current plan (${planId}) could not be read (${failed.code}), so coverage of partners' priorities cannot be judged and no decision is made`;
  failures.push(documentWarning(planId, 'parse', 'plan-unreadable', reason, 'Fix or replace the plan document (see its failure above) and run again.'));
  return reason;
}

/**
 * Sources as they may be stored and shown (URLs without credentials or secret query values), and
 * the real URL to fetch for each one whose URL was changed.
 */
function redactSources(entries: SourceEntry[]): { sources: SourceEntry[]; fetchUrl: (entry: SourceEntry) => string | undefined } {
  const real = new Map<string, string>();
  const sources = entries.map((e) => {
    if (e.url === undefined) return e;
    const shown = redactUrl(e.url);
    if (shown === e.url) return e;
    real.set(e.id, e.url);
    return { ...e, url: shown };
  });
  return { sources, fetchUrl: (entry) => real.get(entry.id) };
}

/** Opens the database; a file that cannot be opened (not a database, unreadable) is a StoreFailure naming it. */
function openDatabase(file: string): Store {
  try {
    return openStore(file);
  } catch (error) {
    if (error instanceof StoreVersionError) throw error; // its own message says what to do
    throw new StoreFailure(file, 'opening it', error);
  }
}

/** Releases the lock and closes; a database already failing must not hide the error that stopped the run. */
function closeQuietly(store: Store): void {
  try {
    store.releaseLock();
  } catch {
    // the lock row stays; the next scan takes it over (its pid is gone)
  }
  try {
    store.close();
  } catch {
    // nothing more to do
  }
}
