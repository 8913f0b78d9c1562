import type { Classifier } from '../classify/index.js';
import { classifyPriorities } from '../classify/index.js';
import { fetchSource, readingWarnings, type IngestOptions } from '../ingest/index.js';
import { sourceLabel } from '../ingest/label.js';
import { DocumentError, documentWarning, type Failure } from '../schema/failure.js';
import type { Document } from '../schema/document.js';
import type { SourceEntry } from '../schema/source.js';
import type { Store } from '../store/index.js';
import { storeStep } from './errors.js';
import type { StageName } from './options.js';
import type { DocumentReader } from './reader.js';
import { StageBug, tagged } from './read.js';

/** What processDocument needs from the run. */
export interface DocumentContext {
  runId: string;
  store: Store;
  /** The database file, for StoreFailure messages. */
  dbFile: string;
  ingest: IngestOptions;
  reader: DocumentReader;
  classifier: Classifier;
  currentPlanId?: string;
  /** The URL to fetch for a source whose stored URL is redacted (credentials, tokens). */
  fetchUrl: (entry: SourceEntry) => string | undefined;
  /** Content hash → the first source id with it (shared by the run's documents). */
  byHash: Map<string, string>;
  timings: Record<StageName, number>;
}

/** One document's result. Only DocumentError makes a failed outcome; a store failure throws StoreFailure. */
export type DocumentOutcome =
  | { ok: true; doc: Document; reused: boolean; priorities: number; warnings: Failure[] }
  | { ok: false; failure: Failure };

/**
 * Fetch → (reuse from the store, or read: parse + extract under a budget) → classify → save. A
 * stage's DocumentError, or a bug inside a stage, is that document's failure; the scan goes on.
 * A store error throws StoreFailure: the run stops.
 */
export async function processDocument(entry: SourceEntry, ctx: DocumentContext): Promise<DocumentOutcome> {
  try {
    return await process(entry, ctx);
  } catch (error) {
    if (error instanceof DocumentError) return { ok: false, failure: error.toFailure(entry.id) };
    if (error instanceof StageBug) {
      return { ok: false, failure: { sourceId: entry.id, stage: error.stage, code: 'internal', message: `${sourceLabel(entry)}: ${error.message}`, hint: 'this is a planscan bug; please report it with the file', level: 'error' } };
    }
    throw error;
  }
}

async function process(entry: SourceEntry, ctx: DocumentContext): Promise<DocumentOutcome> {
  const { store } = ctx;
  const db = <T>(doing: string, fn: () => T): T => storeStep(ctx.dbFile, `${doing} ${entry.id}`, fn);
  let t = performance.now();
  const url = ctx.fetchUrl(entry);
  const fetched = await tagged('fetch', () => fetchSource(url ? { ...entry, url } : entry, ctx.ingest));
  const raw = { ...fetched, entry }; // from here on only the redacted entry is seen
  const twin = ctx.byHash.get(raw.contentHash);
  if (twin !== undefined) {
    throw new DocumentError('read', 'duplicate-content', `${sourceLabel(entry)} has the same content as source "${twin}"; counted once`,
      'remove one of the two entries from sources.yaml');
  }
  ctx.byHash.set(raw.contentHash, entry.id);
  const warnings = readingWarnings(raw).map((w) => documentWarning(entry.id, 'parse', w.code, w.message, w.hint));
  const isPlan = entry.id === ctx.currentPlanId;
  const survey = entry.role === 'survey';

  const cached = db('looking up', () => store.findDocument(entry.id, raw.contentHash, { blocks: isPlan }));
  if (cached) {
    ctx.timings.ingest += performance.now() - t;
    db('linking', () => store.linkDocument(ctx.runId, entry.id, raw.contentHash));
    const count = db('reading the priorities of', () => store.documentPriorities(entry.id, raw.contentHash, { cues: false }).length);
    return { ok: true, doc: keep({ ...cached, source: entry }, isPlan), reused: true, priorities: count, warnings: [...warnings, ...noPriorities(entry, count, isPlan)] };
  }
  ctx.timings.ingest += performance.now() - t;
  const read = await ctx.reader.read(raw, { baseDir: ctx.ingest.baseDir, ...pick(ctx.ingest) }, survey);
  const doc: Document = { ...read.doc, source: entry };
  ctx.timings.ingest += read.parseMs;
  ctx.timings.extract += read.extractMs;
  t = performance.now();
  const priorities = await tagged('classify', () => classifyPriorities(read.priorities, ctx.classifier, { partnerType: entry.partner_type }));
  ctx.timings.classify += performance.now() - t;
  db('saving', () => store.saveDocument(ctx.runId, doc, priorities));
  // Priorities are read back from the store for the report: holding them here would make memory grow with the corpus.
  return { ok: true, doc: keep(doc, isPlan), reused: false, priorities: priorities.length, warnings: [...warnings, ...noPriorities(entry, priorities.length, isPlan)] };
}

/** A document read without a single priority is still counted as a partner, so the analyst is told. */
function noPriorities(entry: SourceEntry, count: number, isPlan: boolean): Failure[] {
  if (count > 0) return [];
  return [documentWarning(entry.id, 'extract', 'no-priorities',
    isPlan
      ? `${sourceLabel(entry)}: no priorities found in the current plan, so no theme counts as covered by it`
      : `${sourceLabel(entry)}: read, but no stated priorities were found in it; it is counted as a partner that cites no theme`,
    'Open the document: if it does state priorities, check that it is the right file (not a cover page or summary); otherwise remove it from sources.yaml.')];
}

/** The scan keeps documents' metadata, and blocks only for the current plan (gap analysis reads them). */
function keep(doc: Document, isPlan: boolean): Document {
  return isPlan ? doc : { ...doc, blocks: [] };
}

function pick(o: IngestOptions): Omit<IngestOptions, 'baseDir' | 'allowOutside' | 'allowPrivateUrls' | 'timeoutMs' | 'retries'> {
  return {
    ...(o.ocr ? { ocr: o.ocr } : {}),
    ...(o.pdfEngine ? { pdfEngine: o.pdfEngine } : {}),
    ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
  };
}
