import { z } from 'zod';
import { ThemeSummary, Tier, type Analysis } from '../schema/index.js';
import type { YearThemes } from '../schema/stored.js';
import { type Db, StringArrayJson } from './db.js';

const ThemeDbRow = z.object({
  run_id: z.string(),
  year: z.number(),
  theme: z.string(),
  partners: StringArrayJson,
  tier: Tier,
  score: z.number(),
  rank: z.number(),
  summary: z.string(),
});
type ThemeDbRow = z.infer<typeof ThemeDbRow>;
const RunRef = z.object({ id: z.string(), year: z.number() });

/** Each finished run's ranked themes, for the next year's drift. */
export class ThemesByYear {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT OR REPLACE INTO themes_by_year (run_id, year, theme, partners, tier, score, rank, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ofRun: db.prepare('SELECT * FROM themes_by_year WHERE run_id = ? ORDER BY rank'),
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
    };
  }

  /** Stores a run's ranked themes (in the caller's transaction). */
  save(runId: string, year: number, analysis: Analysis): void {
    analysis.themes.forEach((t, i) => {
      this.stmts.insert.run(runId, year, t.theme, JSON.stringify(t.partners), t.tier, t.score, i + 1, JSON.stringify(t));
    });
  }

  private ofRun(runId: string): Array<{ row: ThemeDbRow; summary: ThemeSummary }> {
    return this.stmts.ofRun.all(runId).map((r) => {
      const row = ThemeDbRow.parse(r);
      return { row, summary: ThemeSummary.parse(JSON.parse(row.summary)) };
    });
  }

  previous(year: number): { year: number; themes: ThemeSummary[] } | null {
    const run = RunRef.optional().parse(this.stmts.previousRun.get(year));
    return run ? { year: run.year, themes: this.ofRun(run.id).map((t) => t.summary) } : null;
  }

  byYear(): YearThemes[] {
    return this.stmts.latestRunPerYear.all().map((r) => {
      const run = RunRef.parse(r);
      return {
        year: run.year,
        runId: run.id,
        themes: this.ofRun(run.id).map(({ row, summary }) => ({
          theme: row.theme, label: summary.label, partners: row.partners, tier: row.tier, score: row.score, rank: row.rank,
        })),
      };
    });
  }
}
