import { z } from 'zod';
import { ClassifiedPriority, Cue } from '../schema/index.js';
import type { StoredPriority } from '../schema/stored.js';
import type { Db } from './db.js';

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
  reasons: z.string(),
  kind: z.string(),
  theme: z.string().nullable(),
  other_themes: z.string(),
  confidence: z.number(),
  cues: z.string(),
});
type PriorityDbRow = z.infer<typeof PriorityDbRow>;

function fromRow(row: PriorityDbRow, opts: { cues?: boolean } = {}): ClassifiedPriority {
  return ClassifiedPriority.parse({
    id: row.id,
    sourceId: row.source_id,
    page: row.page,
    section: row.section,
    text: row.text,
    quote: row.quote,
    strength: row.strength,
    rule: row.rule,
    reasons: JSON.parse(row.reasons) as unknown,
    kind: row.kind,
    theme: row.theme,
    otherThemes: JSON.parse(row.other_themes) as unknown,
    confidence: row.confidence,
    cues: opts.cues === false ? [] : (JSON.parse(row.cues) as unknown),
  });
}

/** The classified priorities of each stored document content, in document order. */
export class Priorities {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      delete: db.prepare('DELETE FROM priorities WHERE source_id = ? AND content_hash = ?'),
      insert: db.prepare(
        `INSERT INTO priorities (id, source_id, content_hash, ord, page, section, text, quote, strength, rule, reasons, kind,
           theme, other_themes, confidence, cues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      cues: db.prepare('SELECT cues FROM priorities WHERE id = ? AND source_id = ? AND content_hash = ? LIMIT 1'),
      ofDocument: db.prepare('SELECT * FROM priorities WHERE source_id = ? AND content_hash = ? ORDER BY ord'),
      ofYear: db.prepare(
        `SELECT DISTINCT p.*, r.year AS year FROM priorities p
           JOIN run_documents rd ON rd.source_id = p.source_id AND rd.content_hash = p.content_hash
           JOIN runs r ON r.id = rd.run_id
         WHERE r.year = ? ORDER BY p.source_id, p.ord`,
      ),
      byId: db.prepare('SELECT * FROM priorities WHERE id = ? ORDER BY rowid DESC LIMIT 1'),
      years: db.prepare(
        `SELECT DISTINCT r.year AS year FROM priorities p
           JOIN run_documents rd ON rd.source_id = p.source_id AND rd.content_hash = p.content_hash
           JOIN runs r ON r.id = rd.run_id
         WHERE p.id = ? ORDER BY r.year`,
      ),
    };
  }

  /** Replaces one document content's priorities (in the caller's transaction). */
  replace(sourceId: string, contentHash: string, priorities: ClassifiedPriority[]): void {
    this.stmts.delete.run(sourceId, contentHash);
    priorities.forEach((p, i) => {
      this.stmts.insert.run(
        p.id, sourceId, contentHash, i, p.page, p.section, p.text, p.quote, p.strength, p.rule, JSON.stringify(p.reasons ?? []),
        p.kind, p.theme, JSON.stringify(p.otherThemes), p.confidence, JSON.stringify(p.cues),
      );
    });
  }

  ofDocument(sourceId: string, contentHash: string, opts: { cues?: boolean } = {}): ClassifiedPriority[] {
    return this.stmts.ofDocument.all(sourceId, contentHash).map((r) => fromRow(PriorityDbRow.parse(r), opts));
  }

  cues(sourceId: string, contentHash: string, id: string): Cue[] {
    const row = z.object({ cues: z.string() }).optional().parse(this.stmts.cues.get(id, sourceId, contentHash));
    return row ? z.array(Cue).parse(JSON.parse(row.cues)) : [];
  }

  ofYear(year: number): StoredPriority[] {
    return this.stmts.ofYear.all(year).map((r) => {
      const row = PriorityDbRow.extend({ year: z.number() }).parse(r);
      return { ...fromRow(row), year: row.year, contentHash: row.content_hash };
    });
  }

  byId(id: string): ClassifiedPriority | null {
    const r: unknown = this.stmts.byId.get(id);
    return r === undefined ? null : fromRow(PriorityDbRow.parse(r));
  }

  years(id: string): number[] {
    return this.stmts.years.all(id).map((r) => z.object({ year: z.number() }).parse(r).year);
  }
}
