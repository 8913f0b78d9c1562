import type { Tier } from '../schema/index.js';
import type { Store } from './store.js';

export type DriftStatus = 'new' | 'dropped' | 'rising' | 'falling' | 'steady';

export interface DriftCell {
  partners: number;
  tier: Tier;
  score: number;
  rank: number;
}

export interface DriftRow {
  theme: string;
  label: string;
  /** Keyed by scan year; null when the theme was not found that year. */
  years: Record<number, DriftCell | null>;
  /** First year of the range vs the last: new, dropped, rising/falling rank, or steady. */
  status: DriftStatus;
  /** Rank places gained from the first to the last year (positive = rising); null for new/dropped. */
  rankChange: number | null;
  scoreChange: number | null;
}

export interface DriftTable {
  years: number[];
  rows: DriftRow[];
}

/** Per theme across the stored scan years (latest finished run of each), within [from, to]. */
export function driftTable(store: Store, from?: number, to?: number): DriftTable {
  const byYear = store.themesByYear().filter((y) => (from === undefined || y.year >= from) && (to === undefined || y.year <= to));
  const years = byYear.map((y) => y.year);
  const rows = new Map<string, DriftRow>();
  for (const y of byYear) {
    for (const t of y.themes) {
      let row = rows.get(t.theme);
      if (!row) {
        row = { theme: t.theme, label: t.label, years: Object.fromEntries(years.map((yr) => [yr, null])), status: 'steady', rankChange: null, scoreChange: null };
        rows.set(t.theme, row);
      }
      row.label = t.label;
      row.years[y.year] = { partners: t.partners.length, tier: t.tier, score: t.score, rank: t.rank };
    }
  }
  const first = years[0];
  const last = years[years.length - 1];
  for (const row of rows.values()) {
    if (first === undefined || last === undefined || first === last) continue;
    const a = row.years[first] ?? null;
    const b = row.years[last] ?? null;
    if (!a && b) row.status = 'new';
    else if (a && !b) row.status = 'dropped';
    else if (a && b) {
      row.rankChange = a.rank - b.rank;
      row.scoreChange = b.score - a.score;
      row.status = row.rankChange > 0 ? 'rising' : row.rankChange < 0 ? 'falling' : 'steady';
    }
  }
  const lastRank = (r: DriftRow): number => (last !== undefined ? r.years[last]?.rank : undefined) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...rows.values()].sort((x, y) => lastRank(x) - lastRank(y) || x.theme.localeCompare(y.theme));
  return { years, rows: sorted };
}
