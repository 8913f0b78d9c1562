import type { Analysis, ThemeSummary } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import type { PreviousYear } from './types.js';

/**
 * Change since the previous scan year: new and dropped themes (by partner citation), and rising or
 * falling themes — by partner count, or with the same count by a score change ≥ drift.minScoreChange.
 */
export function driftFrom(previous: PreviousYear | null, themes: ThemeSummary[], cfg: ScoringConfig): Analysis['drift'] {
  if (!previous) return null;
  const cited = (ts: ThemeSummary[]): Map<string, ThemeSummary> => new Map(ts.filter((t) => t.partners.length > 0).map((t) => [t.theme, t]));
  const now = cited(themes);
  const before = cited(previous.themes);
  const out = { fromYear: previous.year, new: [] as string[], dropped: [] as string[], rising: [] as string[], falling: [] as string[] };
  for (const [id, t] of now) {
    const p = before.get(id);
    if (!p) {
      out.new.push(id);
      continue;
    }
    const d = t.partners.length - p.partners.length;
    const ds = t.score - p.score;
    if (d > 0 || (d === 0 && ds >= cfg.drift.minScoreChange)) out.rising.push(id);
    else if (d < 0 || (d === 0 && -ds >= cfg.drift.minScoreChange)) out.falling.push(id);
  }
  for (const id of before.keys()) if (!now.has(id)) out.dropped.push(id);
  for (const k of ['new', 'dropped', 'rising', 'falling'] as const) out[k].sort();
  return out;
}
