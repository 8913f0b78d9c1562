import type { Gap, Recommendation, ThemeSummary } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import type { ScanInfo, ThemeInfo } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 31 March ending the financial year (April–March) that contains `date` (YYYY-MM-DD). */
export function planDueDate(date: string): { year: number; month: number; day: number; dueYear: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`next election "${date}" is not a date (use YYYY-MM-DD)`);
  return { year, month, day, dueYear: month >= 4 ? year + 1 : year };
}

/**
 * Statutory timetable (Police Reform and Social Responsibility Act 2011 s5): the PCC elected at the
 * next election must issue a plan by the end of the financial year of the election, 31 March.
 * E.g. election May 2028 → by 31 March 2029.
 */
export function electionTimetable(nextElection: string, scanDate?: string): string {
  const d = planDueDate(nextElection);
  let s =
    `The next PCC election is on ${d.day} ${MONTHS[d.month - 1]} ${d.year}; the PCC elected then must issue a new ` +
    `Police and Crime Plan by 31 March ${d.dueYear}, the end of the financial year of the election ` +
    `(Police Reform and Social Responsibility Act 2011, s5).`;
  const scan = scanDate ? Date.parse(scanDate.slice(0, 10)) : NaN;
  const election = Date.UTC(d.year, d.month - 1, d.day);
  if (!Number.isNaN(scan) && election >= scan && election - scan < 366 * 24 * 3600 * 1000) {
    s += ' The election is less than a year away, so a new plan will be needed then in any case.';
  }
  return s;
}

export interface RecommendInput {
  scan: ScanInfo;
  themes: ThemeSummary[];
  gaps: Gap[];
  planAvailable: boolean;
  /** Partners and partner areas scanned (role 'partner'). */
  totals: { partners: number; areas: number };
  info: (theme: string) => ThemeInfo | undefined;
  cfg: ScoringConfig;
}

/** Does a missing_from_plan gap meet the refresh bar (high-harm theme in a refresh tier, or a high score)? */
export function meetsRefreshBar(g: Gap, harm: number, cfg: ScoringConfig): boolean {
  if (g.type !== 'missing_from_plan') return false;
  const r = cfg.recommendation;
  return (g.tier !== null && r.refreshTiers.includes(g.tier) && harm >= r.refreshMinHarm) || g.score >= r.refreshMinScore;
}

const list = (xs: string[]): string => xs.join(' ');

/**
 * Decision rules (thresholds in data/scoring.yaml, `recommendation`):
 * - 'refresh' when any missing_from_plan gap meets the refresh bar;
 * - 'vary the plan' when only lesser gaps remain: other missing themes, national themes missing from
 *   the plan, universal themes the plan only mentions, plan priorities no partner cites (each switchable);
 * - 'no refresh' otherwise.
 */
export function recommend(x: RecommendInput): Recommendation {
  const { cfg } = x;
  const r = cfg.recommendation;
  const byTheme = new Map(x.themes.map((t) => [t.theme, t]));
  const reasons: string[] = [];
  if (!x.planAvailable) {
    reasons.push('The current Police and Crime Plan was not available to this scan, so plan coverage could not be checked: every theme is treated as not covered.');
  }
  const business = x.themes.filter((t) => t.partners.length > 0 && (x.info(t.theme)?.group ?? 'business') === 'business');
  const count = (tier: string): number => business.filter((t) => t.tier === tier).length;
  reasons.push(
    `Partners scanned: ${x.totals.partners} in ${x.totals.areas} areas. Business themes cited: ${business.length} ` +
      `(${count('universal')} universal, ${count('major')} major, ${count('local')} local).`,
  );

  const missing = x.gaps.filter((g) => g.type === 'missing_from_plan');
  const refresh = missing.filter((g) => meetsRefreshBar(g, byTheme.get(g.theme)?.harm ?? 0, cfg));
  const lesser = missing.filter((g) => !refresh.includes(g));
  const national = r.varyOnNationalMissing ? x.gaps.filter((g) => g.type === 'national_missing') : [];
  const mentionOnly = r.varyOnMentionOnlyUniversal && cfg.gaps.mentionCountsAsCovered ? business.filter((t) => t.tier === 'universal' && t.planCoverage === 'mention') : [];
  const notCited = x.gaps.filter((g) => g.type === 'plan_not_cited');

  let decision: Recommendation['decision'];
  if (refresh.length > 0) {
    decision = 'refresh';
    reasons.push(
      `Refresh: ${refresh.length} theme(s) that partners prioritise, with high harm or a high score, are missing from the plan ` +
        `(refresh bar: ${r.refreshTiers.join('/')} tier with harm ≥ ${r.refreshMinHarm}, or score ≥ ${r.refreshMinScore}). ${list(refresh.map((g) => g.reason))}`,
    );
  } else if (lesser.length + national.length + mentionOnly.length + (r.varyOnPlanNotCited ? notCited.length : 0) > 0) {
    decision = 'vary the plan';
    reasons.push('Vary the plan: no high-harm gap, but lesser changes are due.');
  } else {
    decision = 'no refresh';
    const covered = business.filter((t) => t.tier !== 'local');
    reasons.push(
      covered.length
        ? `No refresh: every universal and major-tier theme is covered by the current plan (${covered
            .map((t) => `${t.label} — ${t.tier}, ${t.partners.length} partners, score ${t.score}, plan: ${t.planCoverage}`)
            .join('; ')}).`
        : 'No refresh: no universal or major-tier theme was found, and no theme above the score threshold is missing from the plan.',
    );
  }
  if (lesser.length) reasons.push(`Other themes missing from the plan (below the refresh bar): ${list(lesser.map((g) => g.reason))}`);
  if (national.length) reasons.push(`National themes the plan does not cover: ${list(national.map((g) => g.reason))}`);
  if (mentionOnly.length) {
    reasons.push(
      `Universal themes the plan only mentions (not a named priority): ${mentionOnly
        .map((t) => `${t.label} (${t.partners.length} partners, score ${t.score})`)
        .join('; ')}.`,
    );
  }
  if (notCited.length) reasons.push(`Plan priorities no partner cites${r.varyOnPlanNotCited ? '' : ' (for review; not a trigger)'}: ${list(notCited.map((g) => g.reason))}`);
  return {
    decision,
    reasons: reasons.slice(0, 6).map((text) => ({ text, themes: [], priorityIds: [] })),
    ...(x.scan.nextElection ? { timetable: electionTimetable(x.scan.nextElection, x.scan.date) } : {}),
  };
}
