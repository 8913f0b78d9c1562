import type { Analysis, ClassifiedPriority, Gap, Kind, PlanCoverage, ThemeSummary } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import type { PlanInput, ThemeInfo, ThemeLexicon } from './types.js';

export interface CoverageResult {
  coverage: PlanCoverage;
  quote: string;
  page: number | null;
}

const QUOTE_MAX = 300;
const clip = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX - 1)}…` : t;
};

const NONE: CoverageResult = { coverage: 'none', quote: '', page: null };

const themesOf = (p: ClassifiedPriority): string[] => [...(p.theme ? [p.theme] : []), ...p.otherThemes];

/**
 * How the current plan covers each theme:
 * - 'priority': a plan priority of strength 'named' has the theme (primary theme preferred as evidence,
 *   then secondary themes), quote and page from that priority;
 * - 'mention': a plan priority of strength 'mention' has it, or any plan block mentions it
 *   (lexicon.themeMentions), quote and page from the first such priority/block in reading order;
 * - 'none' otherwise, and for every theme when the plan is missing.
 */
export function planCoverageIndex(plan: PlanInput | null, lexicon: ThemeLexicon): (theme: string) => CoverageResult {
  if (!plan) return () => NONE;
  const best = new Map<string, { rank: number; r: CoverageResult }>();
  const offer = (theme: string, rank: number, r: CoverageResult): void => {
    const cur = best.get(theme);
    if (!cur || rank < cur.rank) best.set(theme, { rank, r });
  };
  for (const p of plan.priorities) {
    const named = p.strength === 'named';
    themesOf(p).forEach((t, i) => {
      const primary = i === 0 && p.theme === t;
      const rank = named ? (primary ? 0 : 1) : 2;
      offer(t, rank, { coverage: named ? 'priority' : 'mention', quote: clip(p.quote || p.text), page: p.page });
    });
  }
  for (const b of plan.doc.blocks) {
    for (const m of lexicon.themeMentions(b.text)) offer(m.theme, 3, { coverage: 'mention', quote: clip(b.text), page: b.page });
  }
  return (theme) => best.get(theme)?.r ?? NONE;
}

/** Themes of the plan's named priorities (what the plan commits to). */
export function planPriorityThemes(plan: PlanInput | null): Map<string, ClassifiedPriority> {
  const out = new Map<string, ClassifiedPriority>();
  for (const p of plan?.priorities ?? []) {
    if (p.strength !== 'named') continue;
    for (const t of themesOf(p)) if (!out.has(t)) out.set(t, p);
  }
  return out;
}

export interface GapInput {
  themes: ThemeSummary[];
  national: Analysis['national'];
  plan: PlanInput | null;
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
        ? 'the current plan only mentions it in passing'
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
    if (!isBusiness(x.info(n.theme)) || n.planCoverage !== 'none') continue;
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
  for (const [theme, p] of planPriorityThemes(x.plan)) {
    if (!isBusiness(x.info(theme))) continue;
    if ((summary.get(theme)?.partners.length ?? 0) > 0) continue;
    const label = x.info(theme)?.label ?? theme;
    notCited.push({
      theme,
      kind: kindOf(x.info(theme), p.kind),
      tier: null,
      score: summary.get(theme)?.score ?? 0,
      type: 'plan_not_cited',
      reason:
        `${label}: a priority of the current plan ("${clip(p.text)}", p. ${p.page}) that no partner document scanned cites` +
        `${nationalThemes.has(theme) ? ' (national sources do cite it)' : ''}.`,
    });
  }
  notCited.sort((a, b) => a.theme.localeCompare(b.theme));
  return [...missing, ...nationalMissing, ...notCited];
}

function kindOf(info: ThemeInfo | undefined, fallback: Kind = 'crime'): Kind {
  return info?.defaultKind ?? fallback;
}
