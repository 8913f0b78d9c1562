import { z } from 'zod';
import { Kind } from './priority.js';

export const Tier = z.enum(['universal', 'major', 'local']);
export type Tier = z.infer<typeof Tier>;

export const PlanCoverage = z.enum(['priority', 'mention', 'none']);
export type PlanCoverage = z.infer<typeof PlanCoverage>;

/** One theme across the scan: who cites it, how it scores, whether the plan covers it. */
export const ThemeSummary = z.object({
  theme: z.string(),
  label: z.string(),
  kind: Kind,
  partners: z.array(z.string()),
  partnerTypes: z.array(z.string()),
  areas: z.array(z.string()),
  /** Priority ids citing it (evidence rows). */
  priorityIds: z.array(z.string()),
  namedCount: z.number().int(),
  mentionCount: z.number().int(),
  tier: Tier,
  harm: z.number(),
  prevalence: z.number(),
  trend: z.number(),
  score: z.number(),
  /** Every number behind the score, by name. */
  scoreParts: z.record(z.string(), z.number()),
  planCoverage: PlanCoverage,
  planQuote: z.string(),
  planPage: z.number().int().nullable(),
  /** Where the theme sits in the plan's tree, outermost first, e.g.
   *  ['Strategic priority 1: Vulnerability', 'Key aim 3: ...']; [] when not a plan priority. */
  planPath: z.array(z.string()).default([]),
  /** Cited by national sources (role: national). */
  national: z.boolean(),
  /** Ranks from partner survey responses (role: survey). */
  surveyMentions: z.number().int(),
});
export type ThemeSummary = z.infer<typeof ThemeSummary>;

export const Gap = z.object({
  theme: z.string(),
  kind: Kind,
  tier: Tier.nullable(),
  score: z.number(),
  reason: z.string(),
  /** 'missing_from_plan' | 'plan_not_cited' | 'national_missing' */
  type: z.enum(['missing_from_plan', 'plan_not_cited', 'national_missing']),
});
export type Gap = z.infer<typeof Gap>;

export const Decision = z.enum(['refresh', 'no refresh', 'vary the plan', 'new plan required', 'no decision']);
// 'no decision': the current plan could not be read, so coverage cannot be judged.
export type Decision = z.infer<typeof Decision>;

/** One reason for the recommendation: one short sentence with its figures and evidence. */
export const Reason = z.object({
  text: z.string(),
  /** Theme ids it is about. */
  themes: z.array(z.string()),
  /** Priority ids (partners' and the plan's) whose quotes are its evidence. */
  priorityIds: z.array(z.string()),
});
export type Reason = z.infer<typeof Reason>;

export const Recommendation = z.object({
  decision: Decision,
  /** At most six, most important first. */
  reasons: z.array(Reason).max(6),
  /** Statutory timetable sentence, when the next election is known. */
  timetable: z.string().optional(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const SourceStatus = z.enum(['counted', 'current_plan', 'national', 'survey', 'superseded', 'future', 'own_document', 'failed', 'no_priorities']);
export const SourceAccount = z.object({
  id: z.string(), partner: z.string(), partnerType: z.string(), area: z.string(),
  year: z.number().int().nullable(), title: z.string(),
  status: SourceStatus,
  /** Plain words: "superseded by csp-north-2024 (2024)", "dated 2026, after the scan year". */
  reason: z.string(),
});
export type SourceAccount = z.infer<typeof SourceAccount>;

/** Everything the reports need for one scan year: the decision and its evidence. */
export const Analysis = z.object({
  scan: z.object({ name: z.string(), area: z.string(), year: z.number().int(), runId: z.string(), date: z.string() }),
  /** Ranked by score, highest first. */
  themes: z.array(ThemeSummary),
  gaps: z.array(Gap),
  recommendation: Recommendation,
  /** Themes cited by role: national sources, and whether the plan covers them. */
  national: z.array(z.object({ theme: z.string(), sources: z.array(z.string()), planCoverage: PlanCoverage })),
  /** Partner-survey themes with mean rank (1 = top). */
  survey: z.array(z.object({ theme: z.string(), responses: z.number().int(), meanRank: z.number() })),
  /** Change since the previous scan year held in the database. */
  drift: z
    .object({
      fromYear: z.number().int(),
      new: z.array(z.string()),
      dropped: z.array(z.string()),
      rising: z.array(z.string()),
      falling: z.array(z.string()),
    })
    .nullable(),
  /** What was listed, what counted and why the rest did not. */
  sources: z.object({ listed: z.number().int(), counted: z.number().int(), entries: z.array(SourceAccount) }),
  /** The current plan as read: its title, period and whether the period has ended. */
  plan: z.object({ sourceId: z.string(), title: z.string(), period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(), ended: z.boolean() }).nullable(),
  /** Formula and weights used, for the methodology section. */
  methodology: z.object({ formula: z.string(), weights: z.record(z.string(), z.number()), tierRule: z.string() }),
  /** Partners citing each business theme, by partner type; shares are of that type's counted partners. */
  matrix: z.object({
    partnerTypes: z.array(z.string()),
    partnersByType: z.record(z.string(), z.number().int()),
    rows: z.array(z.object({ theme: z.string(), counts: z.record(z.string(), z.number().int()), shares: z.record(z.string(), z.number()) })),
  }),
});
export type Analysis = z.infer<typeof Analysis>;
