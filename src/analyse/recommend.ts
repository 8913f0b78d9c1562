import type { Gap, Reason, Recommendation, ThemeSummary } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import type { ScanInfo, ThemeInfo } from './types.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

export interface PlanState {
  /** The current plan was read (false: missing, failed or unreadable). */
  read: boolean;
  /** Why it could not be read as a plan, when `read` is false. */
  why?: string;
  /** Year the plan was issued (its source entry's year). */
  year: number | null;
  period: { from: number; to: number } | null;
}

export interface RecommendInput {
  scan: ScanInfo;
  themes: ThemeSummary[];
  gaps: Gap[];
  plan: PlanState;
  /** Partners and partner areas counted (role 'partner'). */
  totals: { partners: number; areas: number };
  info: (theme: string) => ThemeInfo | undefined;
  cfg: ScoringConfig;
}

const MAX_IDS = 12;

/** Does a missing_from_plan gap meet the refresh bar (refresh tier, high-harm major theme, or a high score)? */
export function meetsRefreshBar(g: Gap, harm: number, cfg: ScoringConfig): boolean {
  if (g.type !== 'missing_from_plan') return false;
  const r = cfg.recommendation;
  return (g.tier !== null && r.refreshTiers.includes(g.tier)) || (g.tier === 'major' && harm >= r.majorMinHarm) || g.score >= r.refreshMinScore;
}

const names = (xs: string[], n = 3): string => (xs.length <= n ? xs.join(', ') : `${xs.slice(0, n).join(', ')} and ${xs.length - n} more`);

/** "cited by 8 of 10 partners (8 of 8 areas; universal tier, harm 3.2, score 18.5)" */
function cited(t: ThemeSummary): string {
  return `cited by ${t.partners.length} of ${t.scoreParts.totalPartners ?? 0} partners (${t.areas.length} of ${t.scoreParts.totalAreas ?? 0} areas; ${t.tier} tier, harm ${t.harm}, score ${t.score})`;
}

function planWords(t: ThemeSummary, planRead: boolean): string {
  if (!planRead) return 'the plan could not be checked';
  return t.planCoverage === 'mention' ? `the plan only mentions it${t.planPage ? ` (p. ${t.planPage})` : ''}, not as a priority` : 'the plan does not mention it';
}

/** The last PCC election on or before the end of the scan year, if the scan gives one. */
function electionPassed(scan: ScanInfo): string | undefined {
  const end = `${scan.year}-12-31`;
  const dates = [scan.lastElection, scan.nextElection].filter((d): d is string => !!d && d <= end && d <= (scan.date || end));
  return dates.sort().pop();
}

/**
 * Decision rules (data/scoring.yaml, `recommendation`), first match wins: 'no decision' when the
 * plan could not be read; 'new plan required' when its period has ended or a PCC election has
 * passed since it was issued; 'refresh' when a theme meeting the refresh bar is not a plan
 * priority; 'vary the plan' when only lesser gaps remain; 'no refresh' otherwise. Each reason is
 * one sentence with its figures and evidence; long lists stay in the gap section.
 */
export function recommend(x: RecommendInput): Recommendation {
  const { cfg } = x;
  const r = cfg.recommendation;
  const byTheme = new Map(x.themes.map((t) => [t.theme, t]));
  const reasons: Reason[] = [];
  const add = (text: string, themes: string[] = [], ids: string[] = []): void => {
    reasons.push({ text, themes, priorityIds: ids.slice(0, MAX_IDS) });
  };
  const evidence = (themes: string[]): string[] => themes.flatMap((t) => byTheme.get(t)?.priorityIds ?? []);
  const missing = x.gaps.filter((g) => g.type === 'missing_from_plan');
  const refresh = missing.filter((g) => meetsRefreshBar(g, byTheme.get(g.theme)?.harm ?? 0, cfg));
  const lesser = missing.filter((g) => !refresh.includes(g));
  const national = r.varyOnNationalMissing ? x.gaps.filter((g) => g.type === 'national_missing') : [];
  const notCited = x.gaps.filter((g) => g.type === 'plan_not_cited');
  const gapReason = (g: Gap): void => {
    const t = byTheme.get(g.theme);
    if (!t) return;
    add(`${t.label} is ${cited(t)}, but ${planWords(t, x.plan.read)}.`, [g.theme], evidence([g.theme]));
  };
  const timetable = x.scan.nextElection ? { timetable: electionTimetable(x.scan.nextElection, x.scan.date) } : {};

  let decision: Recommendation['decision'];
  if (!x.plan.read) {
    decision = 'no decision';
    add(`The current Police and Crime Plan ${x.plan.why ?? 'could not be read'}, so its coverage of the ${x.themes.length} themes partners cite cannot be judged.`);
    refresh.slice(0, 3).forEach(gapReason);
  } else {
    const ended = r.newPlanOnPeriodEnd && x.plan.period !== null && x.plan.period.to < x.scan.year;
    const election = r.newPlanOnElection ? electionPassed(x.scan) : undefined;
    const electionAfterPlan = election !== undefined && x.plan.year !== null && Number(election.slice(0, 4)) > x.plan.year;
    if (ended || electionAfterPlan) {
      decision = 'new plan required';
      if (ended) add(`The plan's period (${x.plan.period!.from}–${x.plan.period!.to}) ended before the scan year ${x.scan.year}: a new Police and Crime Plan is required.`);
      if (electionAfterPlan) {
        const d = planDueDate(election!);
        add(`The PCC election of ${d.day} ${MONTHS[d.month - 1]} ${d.year} has passed since the plan was issued (${x.plan.year}): the PCC elected then must issue a new plan by 31 March ${d.dueYear} (Police Reform and Social Responsibility Act 2011, s5).`);
      }
      refresh.slice(0, 3).forEach(gapReason);
    } else if (refresh.length > 0) {
      decision = 'refresh';
      refresh.slice(0, 5).forEach(gapReason);
    } else if (lesser.length + national.length + (r.varyOnPlanNotCited ? notCited.length : 0) > 0) {
      decision = 'vary the plan';
      lesser.slice(0, 3).forEach(gapReason);
    } else {
      decision = 'no refresh';
      const shared = x.themes.filter((t) => t.partners.length > 0 && t.tier !== 'local' && (x.info(t.theme)?.group ?? 'business') === 'business');
      add(
        shared.length
          ? `Every universal and major-tier theme partners cite (${shared.length}: ${names(shared.map((t) => t.label), 4)}) is a priority of the current plan.`
          : `No theme is cited widely enough by the ${x.totals.partners} partners to be universal or major, and none scoring ${cfg.gaps.minScore} or more is missing from the plan.`,
        shared.map((t) => t.theme),
      );
    }
  }
  const more = (gs: Gap[], what: string): void => {
    if (gs.length === 0) return;
    add(`${gs.length} ${what}: ${names(gs.map((g) => x.info(g.theme)?.label ?? g.theme))} (see the gap section).`, gs.map((g) => g.theme), evidence(gs.map((g) => g.theme)));
  };
  if (decision === 'refresh' && refresh.length > 5) more(refresh.slice(5), refresh.length === 6 ? 'further theme also meets the refresh bar' : 'further themes also meet the refresh bar');
  if (decision === 'vary the plan' && lesser.length > 3) more(lesser.slice(3), lesser.length === 4 ? 'other theme partners cite is not a plan priority' : 'other themes partners cite are not plan priorities');
  if (decision !== 'no decision' && decision !== 'no refresh') {
    more(national, `${national.length === 1 ? 'theme' : 'themes'} cited by national sources ${national.length === 1 ? 'is' : 'are'} not in the plan`);
    if (notCited.length) more(notCited, `plan priorit${notCited.length === 1 ? 'y is' : 'ies are'} cited by no partner`);
  }
  return { decision, reasons: reasons.slice(0, r.maxReasons), ...timetable };
}
