import type { Analysis, Gap, Kind, PlanCoverage, ThemeSummary } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import { NO_COVERAGE, themeCoverage, type ThemeCoverage } from './plan-coverage.js';
import { readPlan, type PlanReading } from './plan-tree.js';
import type { PlanInput, ThemeInfo } from './types.js';

export interface PlanCoverageIndex {
  reading: PlanReading | null;
  coverage: (theme: string) => ThemeCoverage;
  /** Themes that are plan priorities (a priority, area or key aim names them), with where. */
  priorities: Map<string, ThemeCoverage>;
}

/** The plan read as a plan (plan-tree.ts) and each theme's coverage in it (plan-coverage.ts), memoised. */
export function planCoverageIndex(plan: PlanInput | null, themeIds: string[]): PlanCoverageIndex {
  if (!plan) return { reading: null, coverage: () => NO_COVERAGE, priorities: new Map() };
  const reading = readPlan(plan.doc, plan.priorities);
  const memo = new Map<string, ThemeCoverage>();
  const coverage = (theme: string): ThemeCoverage => {
    let c = memo.get(theme);
    if (!c) memo.set(theme, (c = themeCoverage(theme, reading)));
    return c;
  };
  const priorities = new Map<string, ThemeCoverage>();
  for (const t of themeIds) if (coverage(t).coverage === 'priority') priorities.set(t, coverage(t));
  return { reading, coverage, priorities };
}

export interface GapInput {
  themes: ThemeSummary[];
  national: Analysis['national'];
  plan: PlanInput | null;
  /** Plan priorities by theme (planCoverageIndex). */
  planPriorities: Map<string, ThemeCoverage>;
  info: (theme: string) => ThemeInfo | undefined;
  cfg: ScoringConfig;
}

const isBusiness = (info: ThemeInfo | undefined): boolean => (info ? info.group === 'business' : true);

/** Coverage as the gap rule sees it: 'mention' is no coverage when gaps.mentionCountsAsCovered is false. */
export function effectiveCoverage(c: PlanCoverage, cfg: ScoringConfig): PlanCoverage {
  return c === 'mention' && !cfg.gaps.mentionCountsAsCovered ? 'none' : c;
}

/**
 * Plan gap analysis (business themes only: mechanisms and processes are not gaps, after the 2015 note):
 * - missing_from_plan: a partner theme in the universal or major tier, or scoring ≥ gaps.minScore,
 *   that the plan does not cover (a mere mention counts as covered unless gaps.mentionCountsAsCovered
 *   is false);
 * - national_missing: a theme cited by national sources that the plan does not cover at all;
 * - plan_not_cited: a theme of a named plan priority that no partner source cites.
 */
export function findGaps(x: GapInput): Gap[] {
  const { cfg } = x;
  const noPlan = x.plan === null;
  const missing: Gap[] = [];
  for (const t of x.themes) {
    if (!isBusiness(x.info(t.theme)) || t.partners.length === 0) continue;
    if (effectiveCoverage(t.planCoverage, cfg) !== 'none') continue;
    if (t.tier === 'local' && t.score < cfg.gaps.minScore) continue;
    const total = t.scoreParts.totalPartners ?? 0;
    const areasTotal = t.scoreParts.totalAreas ?? 0;
    const where = noPlan
      ? 'the current plan was not available to check'
      : t.planCoverage === 'mention'
        ? `the current plan only mentions it${t.planPage ? ` (p. ${t.planPage})` : ''}, not as a priority`
        : 'it is not in the current plan';
    missing.push({
      theme: t.theme,
      kind: t.kind,
      tier: t.tier,
      score: t.score,
      type: 'missing_from_plan',
      reason:
        `${t.label}: cited by ${t.partners.length} of ${total} partners (${t.areas.length} of ${areasTotal} areas), ` +
        `${t.tier} tier, harm ${t.harm}, score ${t.score}; ${where}.`,
    });
  }
  missing.sort((a, b) => b.score - a.score || a.theme.localeCompare(b.theme));

  const summary = new Map(x.themes.map((t) => [t.theme, t]));
  const nationalMissing: Gap[] = [];
  for (const n of x.national) {
    if (!isBusiness(x.info(n.theme)) || effectiveCoverage(n.planCoverage, cfg) !== 'none') continue;
    const s = summary.get(n.theme);
    const label = x.info(n.theme)?.label ?? n.theme;
    nationalMissing.push({
      theme: n.theme,
      kind: s?.kind ?? kindOf(x.info(n.theme)),
      tier: s?.tier ?? null,
      score: s?.score ?? 0,
      type: 'national_missing',
      reason:
        `${label}: cited by national sources (${n.sources.join(', ')}) but ` +
        `${noPlan ? 'the current plan was not available to check' : 'not covered by the current plan'}.`,
    });
  }

  const notCited: Gap[] = [];
  const nationalThemes = new Set(x.national.map((n) => n.theme));
  for (const [theme, p] of x.planPriorities) {
    if (!isBusiness(x.info(theme))) continue;
    if ((summary.get(theme)?.partners.length ?? 0) > 0) continue;
    const label = x.info(theme)?.label ?? theme;
    notCited.push({
      theme,
      kind: kindOf(x.info(theme)),
      tier: null,
      score: summary.get(theme)?.score ?? 0,
      type: 'plan_not_cited',
      reason:
        `${label}: a priority of the current plan (${p.path.join(' › ')}: "${p.quote}", p. ${p.page}) that no partner document scanned cites` +
        `${nationalThemes.has(theme) ? ' (national sources do cite it)' : ''}.`,
    });
  }
  notCited.sort((a, b) => a.theme.localeCompare(b.theme));
  return [...missing, ...nationalMissing, ...notCited];
}

function kindOf(info: ThemeInfo | undefined, fallback: Kind = 'crime'): Kind {
  return info?.defaultKind ?? fallback;
}
