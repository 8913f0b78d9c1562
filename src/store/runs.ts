import crypto from 'node:crypto';
import { z } from 'zod';
import { Analysis, type Failure } from '../schema/index.js';
import type { RunInfo, RunRow } from '../schema/stored.js';
import { type Db, Json, now } from './db.js';

const RunDbRow = z.object({
  id: z.string(),
  year: z.number(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  sources_file: z.string(),
  documents: z.number(),
  failures: z.number(),
  decision: z.string().nullable(),
  reasons: Json.pipe(z.array(z.unknown())).nullable(),
  same_as: z.string().nullable(),
});

/** Runs: one row per scan, its failures, its analysis and the hash of its report inputs. */
export class Runs {
  private readonly years = new Map<string, number>();
  private readonly stmts;

  constructor(
    db: Db,
    private readonly file: string,
  ) {
    this.stmts = {
      year: db.prepare('SELECT year FROM runs WHERE id = ?'),
      insert: db.prepare('INSERT INTO runs (id, year, started_at, sources_file) VALUES (?, ?, ?, ?)'),
      finish: db.prepare(
        `UPDATE runs SET finished_at = ?, documents = (SELECT count(*) FROM run_documents WHERE run_id = runs.id),
           failures = ?, decision = ?, reasons = ?, analysis = ? WHERE id = ?`,
      ),
      insertFailure: db.prepare('INSERT INTO failures (run_id, source_id, stage, code, message, hint) VALUES (?, ?, ?, ?, ?, ?)'),
      withInputs: db.prepare(
        `SELECT id, analysis FROM runs WHERE year = ? AND inputs_hash = ? AND finished_at IS NOT NULL AND analysis IS NOT NULL
         ORDER BY finished_at DESC LIMIT 1`,
      ),
      setInputs: db.prepare('UPDATE runs SET inputs_hash = ? WHERE id = ?'),
      latestYear: db.prepare('SELECT max(year) AS year FROM runs'),
      // same_as: the first earlier finished run of the year with the same report inputs.
      list: db.prepare(
        `SELECT r.id, r.year, r.started_at, r.finished_at, r.sources_file, r.documents, r.failures, r.decision, r.reasons,
           (SELECT e.id FROM runs e WHERE e.year = r.year AND e.inputs_hash = r.inputs_hash AND e.finished_at IS NOT NULL
              AND e.rowid < r.rowid ORDER BY e.rowid LIMIT 1) AS same_as
         FROM runs r ORDER BY r.started_at, r.rowid`,
      ),
    };
  }

  begin(info: RunInfo): string {
    const stamp = now();
    const id = `${info.year}-${stamp.replace(/[-:.]/g, '').slice(0, 15)}Z-${crypto.randomBytes(3).toString('hex')}`;
    this.stmts.insert.run(id, info.year, stamp, info.sourcesFile);
    this.years.set(id, info.year);
    return id;
  }

  yearOf(runId: string): number {
    const cached = this.years.get(runId);
    if (cached !== undefined) return cached;
    const row = z.object({ year: z.number() }).optional().parse(this.stmts.year.get(runId));
    if (!row) throw new Error(`${this.file}: no run with id ${runId}`);
    this.years.set(runId, row.year);
    return row.year;
  }

  /** Records the failures and the analysis (the caller wraps it in a transaction with the themes). */
  finish(runId: string, analysis: Analysis, failures: Failure[]): void {
    for (const f of failures) this.stmts.insertFailure.run(runId, f.sourceId, f.stage, f.code, f.message, f.hint ?? null);
    this.stmts.finish.run(
      now(), failures.length, analysis.recommendation.decision, JSON.stringify(analysis.recommendation.reasons), JSON.stringify(analysis), runId,
    );
  }

  list(): RunRow[] {
    return this.stmts.list.all().map((r) => {
      const row = RunDbRow.parse(r);
      return {
        id: row.id, year: row.year, startedAt: row.started_at, finishedAt: row.finished_at, sourcesFile: row.sources_file,
        documents: row.documents, failures: row.failures, decision: row.decision, reasons: row.reasons ?? [], sameAs: row.same_as,
      };
    });
  }

  setInputs(runId: string, inputsHash: string): void {
    this.stmts.setInputs.run(inputsHash, runId);
  }

  withInputs(year: number, inputsHash: string): { runId: string; analysis: Analysis } | null {
    const row = z.object({ id: z.string(), analysis: Json }).optional().parse(this.stmts.withInputs.get(year, inputsHash));
    return row ? { runId: row.id, analysis: Analysis.parse(row.analysis) } : null;
  }

  latestYear(): number | null {
    return z.object({ year: z.number().nullable() }).parse(this.stmts.latestYear.get()).year;
  }
}
