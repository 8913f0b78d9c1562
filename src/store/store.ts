import type { Analysis, ClassifiedPriority, Cue, Document, Failure, ThemeSummary } from '../schema/index.js';
import type {
  LockInfo, Override, OverrideInput, ReviewInput, ReviewRecord, RunInfo, RunRow, StoredPriority, TrainingExample, YearThemes,
} from '../schema/stored.js';
import { type Db, type OpenDbOptions, openDatabase } from './db.js';
import { migrations as defaultMigrations } from './migrations.js';
import { type LockHolder, ScanLock } from './lock.js';
import { Runs } from './runs.js';
import { Documents } from './documents.js';
import { Priorities } from './priorities.js';
import { Overrides, applyOverrides } from './overrides.js';
import { Reviews } from './reviews.js';
import { TrainingExamples } from './training.js';
import { ThemesByYear } from './themes.js';

export type OpenStoreOptions = Omit<OpenDbOptions, 'readonly'>;

interface Parts {
  runs: Runs;
  documents: Documents;
  priorities: Priorities;
  overrides: Overrides;
  reviews: Reviews;
  training: TrainingExamples;
  themes: ThemesByYear;
  lock: ScanLock;
}

/**
 * The planscan database: one facade over the modules that each own some tables (runs, documents,
 * priorities, overrides, reviews, training examples, themes by year, the scan lock).
 */
export class Store {
  readonly db: Db;
  readonly file: string;
  readonly schemaVersion: number;
  readonly readonly: boolean;
  private readonly p: Parts;

  constructor(file: string, opts: OpenDbOptions = {}) {
    this.file = file;
    this.readonly = opts.readonly ?? false;
    const { db, schemaVersion } = openDatabase(file, opts);
    this.db = db;
    this.schemaVersion = schemaVersion;
    // An old-schema handle (tests building an old database) gets no statements: its tables may not exist.
    this.p = schemaVersion < defaultMigrations.length ? (null as unknown as Parts) : {
      runs: new Runs(db, file),
      documents: new Documents(db),
      priorities: new Priorities(db),
      overrides: new Overrides(db),
      reviews: new Reviews(db),
      training: new TrainingExamples(db),
      themes: new ThemesByYear(db),
      lock: new ScanLock(db, file),
    };
  }

  /** Runs fn in one (immediate) transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ---- runs ----
  beginRun(info: RunInfo): string {
    return this.p.runs.begin(info);
  }
  finishRun(runId: string, analysis: Analysis, failures: Failure[]): void {
    const year = this.p.runs.yearOf(runId);
    this.transaction(() => {
      this.p.themes.save(runId, year, analysis);
      this.p.runs.finish(runId, analysis, failures);
    });
  }
  listRuns(): RunRow[] {
    return this.p.runs.list();
  }
  /** Records the hash of a run's report inputs (see src/pipeline/inputs.ts). */
  setRunInputs(runId: string, inputsHash: string): void {
    this.p.runs.setInputs(runId, inputsHash);
  }
  /** The latest finished run of a year whose report inputs had this hash, with its analysis. */
  runWithInputs(year: number, inputsHash: string): { runId: string; analysis: Analysis } | null {
    return this.p.runs.withInputs(year, inputsHash);
  }
  latestYear(): number | null {
    return this.p.runs.latestYear();
  }

  // ---- documents and their priorities ----
  /** Commits one document and its priorities in one transaction (a killed scan loses no finished document). */
  saveDocument(runId: string, doc: Document, priorities: ClassifiedPriority[]): void {
    const year = this.p.runs.yearOf(runId);
    this.transaction(() => {
      this.p.documents.save(runId, year, doc);
      this.p.priorities.replace(doc.sourceId, doc.contentHash, priorities);
    });
    this.p.lock.renew();
  }
  /** A stored document (blocks only when asked for), or null when this content was never stored. */
  findDocument(sourceId: string, contentHash: string, opts: { blocks?: boolean } = {}): Document | null {
    return this.p.documents.find(sourceId, contentHash, opts);
  }
  /** Records that a run used a cached document (so it counts for that run's year). */
  linkDocument(runId: string, sourceId: string, contentHash: string): void {
    this.p.documents.link(runId, sourceId, contentHash);
    this.p.lock.renew();
  }
  /** One document content's priorities in document order; `cues: false` leaves the cues in the store. */
  documentPriorities(sourceId: string, contentHash: string, opts: { cues?: boolean } = {}): ClassifiedPriority[] {
    return this.p.priorities.ofDocument(sourceId, contentHash, opts);
  }
  /** The stored cues of one priority of one document's content ([] when there is no such row). */
  priorityCues(sourceId: string, contentHash: string, id: string): Cue[] {
    return this.p.priorities.cues(sourceId, contentHash, id);
  }
  /** Every stored priority of the documents used by runs of a scan year (machine classification). */
  priorities(year: number): StoredPriority[] {
    return this.p.priorities.ofYear(year);
  }
  priorityById(id: string): ClassifiedPriority | null {
    return this.p.priorities.byId(id);
  }
  /** Scan years whose runs used a document containing this priority. */
  priorityYears(id: string): number[] {
    return this.p.priorities.years(id);
  }

  // ---- review: overrides, reviewed rows, training examples ----
  overrides(): Map<string, Override> {
    return this.p.overrides.all();
  }
  saveOverride(o: OverrideInput): void {
    this.p.overrides.save(o);
  }
  /** Applies the stored overrides: kind/theme replaced, excluded statements dropped, an 'override' cue added. */
  applyOverrides(priorities: ClassifiedPriority[]): ClassifiedPriority[] {
    return applyOverrides(priorities, this.overrides());
  }
  /** Records (or replaces, by priority id) one reviewed row: machine and analyst labels. */
  saveReview(r: ReviewInput): void {
    this.p.reviews.save(r);
  }
  reviews(year?: number): ReviewRecord[] {
    return this.p.reviews.list(year);
  }
  addTrainingExample(e: TrainingExample): void {
    this.p.training.add(e);
  }
  trainingExamples(): TrainingExample[] {
    return this.p.training.all();
  }

  // ---- themes by year ----
  /** Themes of the latest finished run of the nearest earlier scan year. */
  previousThemes(year: number): { year: number; themes: ThemeSummary[] } | null {
    return this.p.themes.previous(year);
  }
  /** For each scan year, the themes of its latest finished run, ranked. */
  themesByYear(): YearThemes[] {
    return this.p.themes.byYear();
  }

  // ---- scan lock ----
  /** Takes the write lock (a stale one is taken over); throws StoreLockError naming a live holder. */
  acquireLock(info: LockInfo = {}): void {
    this.p.lock.acquire(info);
  }
  releaseLock(): void {
    this.p.lock.release();
  }
  /** Who holds the lock, and whether it is stale; null when free. */
  lockHolder(): LockHolder | null {
    return this.p.lock.holder();
  }
  /** Removes the lock whoever holds it (planscan unlock); returns the holder removed. */
  breakLock(): LockHolder | null {
    return this.p.lock.breakLock();
  }

  close(): void {
    if (!this.db.open) return;
    try {
      if (this.p && !this.readonly) this.releaseLock();
      // Leave a closed database as one self-contained file (WAL folded back in), so read-only
      // commands can open it without creating -wal/-shm files, even on read-only media. Another
      // open connection keeps WAL on (the switch then fails, harmlessly).
      if (!this.readonly && this.file !== ':memory:') {
        try {
          this.db.pragma('journal_mode = DELETE');
        } catch {
          /* busy: another connection is using the database */
        }
      }
    } finally {
      this.db.close();
    }
  }
}

/** Opens (creating when needed) the planscan database: named migrations, WAL, busy timeout. */
export function openStore(file: string, opts: OpenStoreOptions = {}): Store {
  return new Store(file, opts);
}

/**
 * Opens an existing database for reading only (history, drift, review export, eval --reviewed):
 * nothing is written, and a database that needs a migration is refused with a clear message.
 */
export function openStoreReadOnly(file: string, opts: OpenStoreOptions = {}): Store {
  return new Store(file, { ...opts, readonly: true });
}
