import type { Analysis, ClassifiedPriority, SourceEntry } from '../schema/index.js';
import { citationsByRole } from './prevalence.js';

/**
 * Partner survey (2015 procedural decision 2). Convention with ingest/extract: each survey CSV row
 * becomes one Priority of a role 'survey' source, whose `quote` holds the row text and whose
 * `section` is `rank:N` (N = rank given by the respondent, 1 = top). Rows without a rank count as
 * responses but not in meanRank.
 */
export function surveyRank(section: string): number | null {
  const m = /^rank:\s*(\d+)\s*$/i.exec(section);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

export interface SurveyStat {
  theme: string;
  /** Survey rows citing the theme. */
  responses: number;
  /** Mean rank over ranked rows (1 = top); 0 when no row gave a rank. */
  meanRank: number;
  /** responses / all survey rows (0..1). */
  share: number;
}

export function surveyStats(priorities: ClassifiedPriority[], sources: SourceEntry[]): Map<string, SurveyStat> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const totalRows = priorities.filter((p) => byId.get(p.sourceId)?.role === 'survey').length;
  const acc = new Map<string, { rows: Set<string>; ranks: number[] }>();
  for (const c of citationsByRole(priorities, sources, 'survey')) {
    const a = acc.get(c.theme) ?? { rows: new Set<string>(), ranks: [] };
    if (!a.rows.has(c.priority.id)) {
      a.rows.add(c.priority.id);
      const r = surveyRank(c.priority.section);
      if (r !== null) a.ranks.push(r);
    }
    acc.set(c.theme, a);
  }
  const out = new Map<string, SurveyStat>();
  for (const [theme, a] of acc) {
    const meanRank = a.ranks.length ? a.ranks.reduce((x, y) => x + y, 0) / a.ranks.length : 0;
    out.set(theme, {
      theme,
      responses: a.rows.size,
      meanRank: Math.round(meanRank * 100) / 100,
      share: totalRows ? a.rows.size / totalRows : 0,
    });
  }
  return out;
}

/** Analysis.survey: most responses first, then best mean rank. */
export function surveySummary(stats: Map<string, SurveyStat>): Analysis['survey'] {
  return [...stats.values()]
    .sort((a, b) => b.responses - a.responses || (a.meanRank || Infinity) - (b.meanRank || Infinity) || a.theme.localeCompare(b.theme))
    .map((s) => ({ theme: s.theme, responses: s.responses, meanRank: s.meanRank }));
}
