import { z } from 'zod';
import { Kind, type ClassifiedPriority, type Cue } from '../schema/index.js';
import type { Override, OverrideInput } from '../schema/stored.js';
import { type Db, now } from './db.js';
import { normaliseText } from './normalise.js';

const OverrideDbRow = z.object({
  norm_text: z.string(),
  kind: Kind.nullable(),
  theme: z.string().nullable(),
  theme_set: z.number(),
  exclude: z.number(),
});

/** The analyst's overrides, keyed by normalised statement text. */
export class Overrides {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      all: db.prepare('SELECT norm_text, kind, theme, theme_set, exclude FROM overrides'),
      upsert: db.prepare(
        `INSERT INTO overrides (norm_text, kind, theme, theme_set, exclude, reviewed_at, priority_id, source_year)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (norm_text) DO UPDATE SET kind = excluded.kind, theme = excluded.theme,
           theme_set = excluded.theme_set, exclude = excluded.exclude, reviewed_at = excluded.reviewed_at,
           priority_id = excluded.priority_id, source_year = excluded.source_year`,
      ),
    };
  }

  all(): Map<string, Override> {
    const map = new Map<string, Override>();
    for (const r of this.stmts.all.all()) {
      const row = OverrideDbRow.parse(r);
      const o: Override = {};
      if (row.kind !== null) o.kind = row.kind;
      if (row.theme_set) o.theme = row.theme;
      if (row.exclude) o.exclude = true;
      map.set(row.norm_text, o);
    }
    return map;
  }

  save(o: OverrideInput): void {
    this.stmts.upsert.run(
      normaliseText(o.text), o.kind ?? null, o.theme ?? null, o.theme !== undefined ? 1 : 0, o.exclude ? 1 : 0, now(),
      o.priorityId ?? null, o.sourceYear ?? null,
    );
  }
}

/**
 * Pure: applies reviewed overrides (keyed by normalised text) to classified priorities: kind/theme
 * replaced, excluded statements dropped, an 'override' cue added and confidence set to 1.
 */
export function applyOverrides(priorities: ClassifiedPriority[], overrides: Map<string, Override>): ClassifiedPriority[] {
  if (overrides.size === 0) return priorities;
  const out: ClassifiedPriority[] = [];
  for (const p of priorities) {
    const o = overrides.get(normaliseText(p.text));
    if (!o) {
      out.push(p);
      continue;
    }
    if (o.exclude) continue;
    const kind = o.kind ?? p.kind;
    const theme = o.theme !== undefined ? o.theme : p.theme;
    const cue: Cue = { source: 'override', term: 'analyst review', kind, weight: 1, ...(theme ? { theme } : {}) };
    out.push({
      ...p,
      kind,
      theme,
      otherThemes: p.otherThemes.filter((t) => t !== theme),
      confidence: 1,
      cues: [...p.cues, cue],
    });
  }
  return out;
}
