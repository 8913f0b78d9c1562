import { z } from 'zod';
import { Kind } from '../schema/index.js';
import type { ReviewInput, ReviewRecord } from '../schema/stored.js';
import { type Db, now } from './db.js';
import { normaliseText } from './normalise.js';

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

/** Every row of every applied review file: the machine's labels and the analyst's, by priority id. */
export class Reviews {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO reviews (priority_id, norm_text, year, machine_kind, machine_theme, analyst_kind, analyst_theme,
           excluded, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (priority_id) DO UPDATE SET norm_text = excluded.norm_text, year = excluded.year,
           machine_kind = excluded.machine_kind, machine_theme = excluded.machine_theme,
           analyst_kind = excluded.analyst_kind, analyst_theme = excluded.analyst_theme,
           excluded = excluded.excluded, reviewed_at = excluded.reviewed_at`,
      ),
      list: db.prepare(
        `SELECT r.*, (SELECT p.text FROM priorities p WHERE p.id = r.priority_id ORDER BY p.rowid DESC LIMIT 1) AS text
         FROM reviews r WHERE (? IS NULL OR r.year = ?) ORDER BY r.year, r.rowid`,
      ),
    };
  }

  save(r: ReviewInput): void {
    this.stmts.upsert.run(
      r.priorityId, normaliseText(r.text), r.year, r.machineKind, r.machineTheme, r.analystKind, r.analystTheme, r.excluded ? 1 : 0, now(),
    );
  }

  list(year?: number): ReviewRecord[] {
    const y = year ?? null;
    return this.stmts.list.all(y, y).map((r) => {
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
}
