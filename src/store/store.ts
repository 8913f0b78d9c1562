import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { z } from 'zod';
import {
  Analysis,
  ClassifiedPriority,
  Cue,
  Document,
  Failure,
  Kind,
  ThemeSummary,
  Tier,
} from '../schema/index.js';
import { migrations as defaultMigrations, type Migration } from './migrations.js';
import { StoreLockError, StoreVersionError } from './errors.js';
import { normaliseText } from './normalise.js';
import { applyOverrides, type Override } from './overrides.js';

export type { Override };

export interface OverrideInput extends Override {
  text: string;
  priorityId?: string;
  sourceYear?: number;
}

export interface TrainingExample {
  text: string;
  kind: Kind;
  theme: string | null;
}

/** One reviewed row of a review file (every valid row is recorded, not only changed ones). */
export interface ReviewInput {
  priorityId: string;
  /** Statement text (stored normalised, as overrides are matched). */
  text: string;
  year: number | null;
  machineKind: Kind;
  machineTheme: string | null;
  analystKind: Kind;
  analystTheme: string | null;
  excluded: boolean;
}

export interface ReviewRecord extends ReviewInput {
  normText: string;
  reviewedAt: string;
}

export interface RunInfo {
  year: number;
  sourcesFile: string;
}

export interface LockInfo {
  year?: number;
  sourcesFile?: string;
  command?: string;
}

export interface RunRow {
  id: string;
  year: number;
  startedAt: string;
  finishedAt: string | null;
  sourcesFile: string;
  documents: number;
  failures: number;
  decision: string | null;
  reasons: string[];
}

export interface YearTheme {
  theme: string;
  label: string;
  partners: string[];
  tier: Tier;
  score: number;
  rank: number;
}

export interface YearThemes {
  year: number;
  runId: string;
  themes: YearTheme[];
}

export interface StoredPriority extends ClassifiedPriority {
  year: number;
  contentHash: string;
}

export interface OpenStoreOptions {
  /** Migrations to apply (tests use a prefix to build an old-schema database). */
  migrations?: Migration[];
}

const Json = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'invalid JSON' });
    return z.NEVER;
  }
});
const StringArrayJson = Json.pipe(z.array(z.string()));
/** Recommendation reasons: plain strings (older runs) or Reason objects (interfaces.md §2), read as their text. */
const ReasonsJson = Json.pipe(z.array(z.union([z.string(), z.object({ text: z.string() }).transform((r) => r.text)])));

const LedgerRow = z.object({ name: z.string(), applied_at: z.string() });
const LockRow = z.object({ token: z.string(), pid: z.number(), host: z.string(), started_at: z.string(), info: z.string() });
const RunDbRow = z.object({
  id: z.string(),
  year: z.number(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  sources_file: z.string(),
  documents: z.number(),
  failures: z.number(),
  decision: z.string().nullable(),
  reasons: z.string().nullable(),
});
const PriorityDbRow = z.object({
  id: z.string(),
  source_id: z.string(),
  content_hash: z.string(),
  page: z.number(),
  section: z.string(),
  text: z.string(),
  quote: z.string(),
  strength: z.string(),
  rule: z.string(),
  kind: z.string(),
  theme: z.string().nullable(),
  other_themes: z.string(),
  confidence: z.number(),
  cues: z.string(),
});
const OverrideDbRow = z.object({
  norm_text: z.string(),
  kind: Kind.nullable(),
  theme: z.string().nullable(),
  theme_set: z.number(),
  exclude: z.number(),
});
const ReviewDbRow = z.object({
  priority_id: z.string(),
  norm_text: z.string(),
  year: z.number().nullable(),
  machine_kind: Kind,
  machine_theme: z.string().nullable(),
  analyst_kind: Kind,
  analyst_theme: z.string().nullable(),
  excluded: z.number(),
  reviewed_at: z.string(),
  text: z.string().nullable(),
});
const ThemeDbRow = z.object({
  run_id: z.string(),
  year: z.number(),
  theme: z.string(),
  partners: z.string(),
  tier: Tier,
  score: z.number(),
  rank: z.number(),
  summary: z.string(),
});

function now(): string {
  return new Date().toISOString();
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function priorityFromRow(row: z.infer<typeof PriorityDbRow>, opts: { cues?: boolean } = {}): ClassifiedPriority {
  return ClassifiedPriority.parse({
    id: row.id,
    sourceId: row.source_id,
    page: row.page,
    section: row.section,
    text: row.text,
    quote: row.quote,
    strength: row.strength,
    rule: row.rule,
    kind: row.kind,
    theme: row.theme,
    otherThemes: JSON.parse(row.other_themes) as unknown,
    confidence: row.confidence,
    cues: opts.cues === false ? [] : (JSON.parse(row.cues) as unknown),
  });
}

/** Runs the named migrations not yet in the ledger, each in one transaction with its ledger row. */
export function migrate(db: Database.Database, file: string, list: Migration[] = defaultMigrations): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)`);
  const applied = z.array(LedgerRow).parse(db.prepare('SELECT name, applied_at FROM migrations ORDER BY version').all());
  const userVersion = z.number().parse(db.pragma('user_version', { simple: true }));
  const known = new Set(list.map((m) => m.name));
  const unknown = applied.filter((r) => !known.has(r.name)).map((r) => r.name);
  const dbVersion = Math.max(applied.length, userVersion);
  if (unknown.length > 0 || dbVersion > list.length) {
    throw new StoreVersionError(file, dbVersion, list.length, unknown);
  }
  applied.forEach((r, i) => {
    if (list[i]?.name !== r.name) {
      throw new Error(`${file}: migration ledger out of order (row ${i + 1} is ${r.name}, expected ${list[i]?.name ?? 'nothing'})`);
    }
  });
  const insert = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (let i = applied.length; i < list.length; i++) {
    const m = list[i]!;
    db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      if (db.prepare('SELECT 1 FROM migrations WHERE name = ?').get(m.name) !== undefined) return;
      m.up(db);
      insert.run(i + 1, m.name, now());
      db.pragma(`user_version = ${i + 1}`);
    }).immediate();
  }
  return list.length;
}

export class Store {
  readonly db: Database.Database;
  readonly file: string;
  readonly schemaVersion: number;
  private lockToken: string | null = null;
  private readonly runYears = new Map<string, number>();
  private readonly stmts;

  constructor(file: string, opts: OpenStoreOptions = {}) {
    this.file = file;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    try {
      this.db.pragma('busy_timeout = 10000');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.schemaVersion = migrate(this.db, file, opts.migrations ?? defaultMigrations);
    } catch (e) {
      this.db.close();
      throw e;
    }
    if (this.schemaVersion < defaultMigrations.length) {
      // Old-schema handle for tests: no prepared statements beyond the first migration.
      this.stmts = null as unknown as ReturnType<Store['prepare']>;
    } else {
      this.stmts = this.prepare();
    }
  }

  private prepare() {
    const db = this.db;
    return {
      runYear: db.prepare('SELECT year FROM runs WHERE id = ?'),
      insertRun: db.prepare('INSERT INTO runs (id, year, started_at, sources_file) VALUES (?, ?, ?, ?)'),
      finishRun: db.prepare(
        `UPDATE runs SET finished_at = ?, documents = (SELECT count(*) FROM run_documents WHERE run_id = runs.id),
           failures = ?, decision = ?, reasons = ?, analysis = ? WHERE id = ?`,
      ),
      insertFailure: db.prepare(
        'INSERT INTO failures (run_id, source_id, stage, code, message, hint) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertTheme: db.prepare(
        `INSERT OR REPLACE INTO themes_by_year (run_id, year, theme, partners, tier, score, rank, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      upsertDocument: db.prepare(
        `INSERT INTO documents (source_id, content_hash, year, meta, blocks, run_id, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_id, content_hash) DO UPDATE SET year = excluded.year, meta = excluded.meta,
           blocks = excluded.blocks, run_id = excluded.run_id, saved_at = excluded.saved_at`,
      ),
      deletePriorities: db.prepare('DELETE FROM priorities WHERE source_id = ? AND content_hash = ?'),
      insertPriority: db.prepare(
        `INSERT INTO priorities (id, source_id, content_hash, ord, page, section, text, quote, strength, rule, kind,
           theme, other_themes, confidence, cues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      linkRunDocument: db.prepare(
        'INSERT OR REPLACE INTO run_documents (run_id, source_id, content_hash) VALUES (?, ?, ?)',
      ),
      findDocument: db.prepare('SELECT meta FROM documents WHERE source_id = ? AND content_hash = ?'),
      documentBlocks: db.prepare('SELECT blocks FROM documents WHERE source_id = ? AND content_hash = ?'),
      runWithInputs: db.prepare(
        `SELECT id, analysis FROM runs WHERE year = ? AND inputs_hash = ? AND finished_at IS NOT NULL AND analysis IS NOT NULL
         ORDER BY finished_at DESC LIMIT 1`,
      ),
      setRunInputs: db.prepare('UPDATE runs SET inputs_hash = ? WHERE id = ?'),
      priorityCues: db.prepare('SELECT cues FROM priorities WHERE id = ? AND source_id = ? AND content_hash = ? LIMIT 1'),
      docPriorities: db.prepare('SELECT * FROM priorities WHERE source_id = ? AND content_hash = ? ORDER BY ord'),
      yearPriorities: db.prepare(
        `SELECT DISTINCT p.*, r.year AS year FROM priorities p
           JOIN run_documents rd ON rd.source_id = p.source_id AND rd.content_hash = p.content_hash
           JOIN runs r ON r.id = rd.run_id
         WHERE r.year = ? ORDER BY p.source_id, p.ord`,
      ),
      priorityById: db.prepare('SELECT * FROM priorities WHERE id = ? ORDER BY rowid DESC LIMIT 1'),
      latestYear: db.prepare('SELECT max(year) AS year FROM runs'),
      overrides: db.prepare('SELECT norm_text, kind, theme, theme_set, exclude FROM overrides'),
      upsertOverride: db.prepare(
        `INSERT INTO overrides (norm_text, kind, theme, theme_set, exclude, reviewed_at, priority_id, source_year)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (norm_text) DO UPDATE SET kind = excluded.kind, theme = excluded.theme,
           theme_set = excluded.theme_set, exclude = excluded.exclude, reviewed_at = excluded.reviewed_at,
           priority_id = excluded.priority_id, source_year = excluded.source_year`,
      ),
      upsertReview: db.prepare(
        `INSERT INTO reviews (priority_id, norm_text, year, machine_kind, machine_theme, analyst_kind, analyst_theme,
           excluded, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (priority_id) DO UPDATE SET norm_text = excluded.norm_text, year = excluded.year,
           machine_kind = excluded.machine_kind, machine_theme = excluded.machine_theme,
           analyst_kind = excluded.analyst_kind, analyst_theme = excluded.analyst_theme,
           excluded = excluded.excluded, reviewed_at = excluded.reviewed_at`,
      ),
      reviews: db.prepare(
        `SELECT r.*, (SELECT p.text FROM priorities p WHERE p.id = r.priority_id ORDER BY p.rowid DESC LIMIT 1) AS text
         FROM reviews r WHERE (? IS NULL OR r.year = ?) ORDER BY r.year, r.rowid`,
      ),
      priorityYears: db.prepare(
        `SELECT DISTINCT r.year AS year FROM priorities p
           JOIN run_documents rd ON rd.source_id = p.source_id AND rd.content_hash = p.content_hash
           JOIN runs r ON r.id = rd.run_id
         WHERE p.id = ? ORDER BY r.year`,
      ),
      insertExample: db.prepare('INSERT INTO training_examples (text, kind, theme, added_at) VALUES (?, ?, ?, ?)'),
      deleteExample: db.prepare('DELETE FROM training_examples WHERE text = ?'),
      examples: db.prepare('SELECT text, kind, theme FROM training_examples ORDER BY rowid'),
      latestRunPerYear: db.prepare(
        `SELECT id, year FROM (
           SELECT id, year, row_number() OVER (PARTITION BY year ORDER BY finished_at DESC, rowid DESC) AS n
           FROM runs WHERE finished_at IS NOT NULL)
         WHERE n = 1 ORDER BY year`,
      ),
      previousRun: db.prepare(
        `SELECT id, year FROM runs WHERE year < ? AND finished_at IS NOT NULL
         ORDER BY year DESC, finished_at DESC, rowid DESC LIMIT 1`,
      ),
      runThemes: db.prepare('SELECT * FROM themes_by_year WHERE run_id = ? ORDER BY rank'),
      listRuns: db.prepare(
        `SELECT id, year, started_at, finished_at, sources_file, documents, failures, decision, reasons
         FROM runs ORDER BY started_at, rowid`,
      ),
      getLock: db.prepare('SELECT token, pid, host, started_at, info FROM lock WHERE id = 1'),
      putLock: db.prepare(
        'INSERT OR REPLACE INTO lock (id, token, pid, host, started_at, info) VALUES (1, ?, ?, ?, ?, ?)',
      ),
      dropLock: db.prepare('DELETE FROM lock WHERE id = 1 AND token = ?'),
    };
  }

  /** Runs fn in one (immediate) transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ---- runs ----

  beginRun(info: RunInfo): string {
    const stamp = now();
    const id = `${info.year}-${stamp.replace(/[-:.]/g, '').slice(0, 15)}Z-${crypto.randomBytes(3).toString('hex')}`;
    this.stmts.insertRun.run(id, info.year, stamp, info.sourcesFile);
    this.runYears.set(id, info.year);
    return id;
  }

  private yearOfRun(runId: string): number {
    const cached = this.runYears.get(runId);
    if (cached !== undefined) return cached;
    const row = z.object({ year: z.number() }).optional().parse(this.stmts.runYear.get(runId));
    if (!row) throw new Error(`${this.file}: no run with id ${runId}`);
    this.runYears.set(runId, row.year);
    return row.year;
  }

  finishRun(runId: string, analysis: Analysis, failures: Failure[]): void {
    const year = this.yearOfRun(runId);
    this.transaction(() => {
      for (const f of failures) {
        this.stmts.insertFailure.run(runId, f.sourceId, f.stage, f.code, f.message, f.hint ?? null);
      }
      analysis.themes.forEach((t, i) => {
        this.stmts.insertTheme.run(runId, year, t.theme, JSON.stringify(t.partners), t.tier, t.score, i + 1, JSON.stringify(t));
      });
      this.stmts.finishRun.run(
        now(),
        failures.length,
        analysis.recommendation.decision,
        JSON.stringify(analysis.recommendation.reasons.map((r) => r.text)),
        JSON.stringify(analysis),
        runId,
      );
    });
  }

  listRuns(): RunRow[] {
    return this.stmts.listRuns.all().map((r) => {
      const row = RunDbRow.parse(r);
      return {
        id: row.id,
        year: row.year,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        sourcesFile: row.sources_file,
        documents: row.documents,
        failures: row.failures,
        decision: row.decision,
        reasons: row.reasons ? ReasonsJson.parse(row.reasons) : [],
      };
    });
  }

  // ---- documents ----

  /** Commits one document and its priorities in one transaction (a killed scan loses no finished document). */
  saveDocument(runId: string, doc: Document, priorities: ClassifiedPriority[]): void {
    const year = this.yearOfRun(runId);
    const s = this.stmts;
    this.transaction(() => {
      s.deletePriorities.run(doc.sourceId, doc.contentHash);
      const { blocks, ...meta } = doc;
      s.upsertDocument.run(doc.sourceId, doc.contentHash, year, JSON.stringify(meta), JSON.stringify(blocks), runId, now());
      priorities.forEach((p, i) => {
        s.insertPriority.run(
          p.id, doc.sourceId, doc.contentHash, i, p.page, p.section, p.text, p.quote, p.strength, p.rule,
          p.kind, p.theme, JSON.stringify(p.otherThemes), p.confidence, JSON.stringify(p.cues),
        );
      });
      s.linkRunDocument.run(runId, doc.sourceId, doc.contentHash);
    });
  }

  /**
   * A stored document (without its blocks unless asked for: a rerun only needs them for the
   * current plan's gap analysis), or null when this content was never stored.
   */
  findDocument(sourceId: string, contentHash: string, opts: { blocks?: boolean } = {}): Document | null {
    const row = z.object({ meta: Json }).optional().parse(this.stmts.findDocument.get(sourceId, contentHash));
    if (!row) return null;
    let blocks: unknown = [];
    if (opts.blocks) {
      const b = z.object({ blocks: z.string().nullable() }).parse(this.stmts.documentBlocks.get(sourceId, contentHash));
      blocks = b.blocks === null ? [] : JSON.parse(b.blocks);
    }
    return Document.parse({ ...(row.meta as object), blocks });
  }

  /**
   * The classified priorities stored for one document's content, in document order. With
   * `cues: false` their cues are left in the store (read back with priorityCues): at national
   * scale cues are half the memory of the priorities held for the report.
   */
  documentPriorities(sourceId: string, contentHash: string, opts: { cues?: boolean } = {}): ClassifiedPriority[] {
    return this.stmts.docPriorities.all(sourceId, contentHash).map((r) => priorityFromRow(PriorityDbRow.parse(r), opts));
  }

  /** The stored cues of one priority of one document's content ([] when there is no such row). */
  priorityCues(sourceId: string, contentHash: string, id: string): Cue[] {
    const row = z.object({ cues: z.string() }).optional().parse(this.stmts.priorityCues.get(id, sourceId, contentHash));
    return row ? z.array(Cue).parse(JSON.parse(row.cues)) : [];
  }

  /** Records the hash of a run's report inputs (see src/pipeline/inputs.ts). */
  setRunInputs(runId: string, inputsHash: string): void {
    this.stmts.setRunInputs.run(inputsHash, runId);
  }

  /** The latest finished run of a year whose report inputs had this hash, with its analysis. */
  runWithInputs(year: number, inputsHash: string): { runId: string; analysis: Analysis } | null {
    const row = z.object({ id: z.string(), analysis: Json }).optional().parse(this.stmts.runWithInputs.get(year, inputsHash));
    return row ? { runId: row.id, analysis: Analysis.parse(row.analysis) } : null;
  }

  /** Records that a run used a cached document (so it counts for that run's year). */
  linkDocument(runId: string, sourceId: string, contentHash: string): void {
    this.stmts.linkRunDocument.run(runId, sourceId, contentHash);
  }

  latestYear(): number | null {
    return z.object({ year: z.number().nullable() }).parse(this.stmts.latestYear.get()).year;
  }

  /** Every stored priority of the documents used by runs of a scan year (machine classification). */
  priorities(year: number): StoredPriority[] {
    return this.stmts.yearPriorities.all(year).map((r) => {
      const row = PriorityDbRow.extend({ year: z.number() }).parse(r);
      return { ...priorityFromRow(row), year: row.year, contentHash: row.content_hash };
    });
  }

  priorityById(id: string): ClassifiedPriority | null {
    const r: unknown = this.stmts.priorityById.get(id);
    return r === undefined ? null : priorityFromRow(PriorityDbRow.parse(r));
  }

  // ---- overrides and training ----

  overrides(): Map<string, Override> {
    const map = new Map<string, Override>();
    for (const r of this.stmts.overrides.all()) {
      const row = OverrideDbRow.parse(r);
      const o: Override = {};
      if (row.kind !== null) o.kind = row.kind;
      if (row.theme_set) o.theme = row.theme;
      if (row.exclude) o.exclude = true;
      map.set(row.norm_text, o);
    }
    return map;
  }

  saveOverride(o: OverrideInput): void {
    this.stmts.upsertOverride.run(
      normaliseText(o.text),
      o.kind ?? null,
      o.theme ?? null,
      o.theme !== undefined ? 1 : 0,
      o.exclude ? 1 : 0,
      now(),
      o.priorityId ?? null,
      o.sourceYear ?? null,
    );
  }

  /** Records (or replaces, by priority id) one reviewed row: machine and analyst labels. */
  saveReview(r: ReviewInput): void {
    this.stmts.upsertReview.run(
      r.priorityId, normaliseText(r.text), r.year, r.machineKind, r.machineTheme, r.analystKind, r.analystTheme,
      r.excluded ? 1 : 0, now(),
    );
  }

  /** Reviewed rows, of one scan year or of all years. */
  reviews(year?: number): ReviewRecord[] {
    const y = year ?? null;
    return this.stmts.reviews.all(y, y).map((r) => {
      const row = ReviewDbRow.parse(r);
      return {
        priorityId: row.priority_id,
        normText: row.norm_text,
        text: row.text ?? row.norm_text,
        year: row.year,
        machineKind: row.machine_kind,
        machineTheme: row.machine_theme,
        analystKind: row.analyst_kind,
        analystTheme: row.analyst_theme,
        excluded: row.excluded === 1,
        reviewedAt: row.reviewed_at,
      };
    });
  }

  /** Scan years whose runs used a document containing this priority. */
  priorityYears(id: string): number[] {
    return this.stmts.priorityYears.all(id).map((r) => z.object({ year: z.number() }).parse(r).year);
  }

  /** Adds (or replaces, by exact text) a reviewed statement for the classifier. */
  addTrainingExample(e: TrainingExample): void {
    this.stmts.deleteExample.run(e.text);
    this.stmts.insertExample.run(e.text, e.kind, e.theme, now());
  }

  trainingExamples(): TrainingExample[] {
    return this.stmts.examples
      .all()
      .map((r) => z.object({ text: z.string(), kind: Kind, theme: z.string().nullable() }).parse(r));
  }

  /** Applies the stored overrides: kind/theme replaced, excluded statements dropped, an 'override' cue added. */
  applyOverrides(priorities: ClassifiedPriority[]): ClassifiedPriority[] {
    return applyOverrides(priorities, this.overrides());
  }

  // ---- themes by year ----

  private themesOfRun(runId: string): Array<{ row: z.infer<typeof ThemeDbRow>; summary: ThemeSummary }> {
    return this.stmts.runThemes.all(runId).map((r) => {
      const row = ThemeDbRow.parse(r);
      return { row, summary: ThemeSummary.parse(JSON.parse(row.summary)) };
    });
  }

  /** Themes of the latest finished run of the nearest earlier scan year. */
  previousThemes(year: number): { year: number; themes: ThemeSummary[] } | null {
    const run = z.object({ id: z.string(), year: z.number() }).optional().parse(this.stmts.previousRun.get(year));
    if (!run) return null;
    return { year: run.year, themes: this.themesOfRun(run.id).map((t) => t.summary) };
  }

  /** For each scan year, the themes of its latest finished run, ranked. */
  themesByYear(): YearThemes[] {
    return this.stmts.latestRunPerYear.all().map((r) => {
      const run = z.object({ id: z.string(), year: z.number() }).parse(r);
      return {
        year: run.year,
        runId: run.id,
        themes: this.themesOfRun(run.id).map(({ row, summary }) => ({
          theme: row.theme,
          label: summary.label,
          partners: StringArrayJson.parse(row.partners),
          tier: row.tier,
          score: row.score,
          rank: row.rank,
        })),
      };
    });
  }

  // ---- scan lock ----

  /** Takes the write lock; throws StoreLockError naming the holder when another live scan has it. */
  acquireLock(info: LockInfo = {}): void {
    if (this.lockToken) return;
    const token = crypto.randomBytes(8).toString('hex');
    const host = os.hostname();
    this.transaction(() => {
      const held = LockRow.optional().parse(this.stmts.getLock.get());
      if (held) {
        const stale = held.host === host && !pidAlive(held.pid);
        if (!stale) throw new StoreLockError(this.file, held.pid, held.host, held.started_at);
      }
      this.stmts.putLock.run(token, process.pid, host, now(), JSON.stringify(info));
    });
    this.lockToken = token;
  }

  releaseLock(): void {
    if (!this.lockToken) return;
    this.stmts.dropLock.run(this.lockToken);
    this.lockToken = null;
  }

  close(): void {
    if (!this.db.open) return;
    try {
      if (this.stmts) this.releaseLock();
    } finally {
      this.db.close();
    }
  }
}

/** Opens (creating when needed) the planscan database: named migrations, WAL, busy timeout. */
export function openStore(file: string, opts: OpenStoreOptions = {}): Store {
  return new Store(file, opts);
}
