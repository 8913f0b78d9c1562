import { z } from 'zod';
import { ClassifiedPriority, Kind } from './priority.js';
import { Tier } from './analysis.js';

/** What the store holds beyond one scan's documents: runs, reviews, overrides, training examples. */

/** An analyst's correction of one statement, matched by normalised text in every later scan. */
export const Override = z.object({
  kind: Kind.optional(),
  theme: z.string().nullable().optional(),
  exclude: z.boolean().optional(),
});
export type Override = z.infer<typeof Override>;

export const OverrideInput = Override.extend({
  text: z.string(),
  priorityId: z.string().optional(),
  sourceYear: z.number().int().optional(),
});
export type OverrideInput = z.infer<typeof OverrideInput>;

export const TrainingExample = z.object({ text: z.string(), kind: Kind, theme: z.string().nullable() });
export type TrainingExample = z.infer<typeof TrainingExample>;

/** One reviewed row of a review file (every valid row is recorded, not only changed ones). */
export const ReviewInput = z.object({
  priorityId: z.string(),
  /** Statement text (stored normalised, as overrides are matched). */
  text: z.string(),
  year: z.number().int().nullable(),
  machineKind: Kind,
  machineTheme: z.string().nullable(),
  analystKind: Kind,
  analystTheme: z.string().nullable(),
  excluded: z.boolean(),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

export const ReviewRecord = ReviewInput.extend({ normText: z.string(), reviewedAt: z.string() });
export type ReviewRecord = z.infer<typeof ReviewRecord>;

export interface RunInfo {
  year: number;
  sourcesFile: string;
}

export interface LockInfo {
  year?: number;
  sourcesFile?: string;
  command?: string;
}

/** One recorded scan, as `planscan history` lists it. */
export const RunRow = z.object({
  id: z.string(),
  year: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  sourcesFile: z.string(),
  documents: z.number().int(),
  failures: z.number().int(),
  decision: z.string().nullable(),
  reasons: z.array(z.unknown()),
  /** The earlier finished run of the same year with the same report inputs: this run changed nothing. */
  sameAs: z.string().nullable(),
});
export type RunRow = z.infer<typeof RunRow>;

export const YearTheme = z.object({
  theme: z.string(),
  label: z.string(),
  partners: z.array(z.string()),
  tier: Tier,
  score: z.number(),
  rank: z.number().int(),
});
export type YearTheme = z.infer<typeof YearTheme>;

export interface YearThemes {
  year: number;
  runId: string;
  themes: YearTheme[];
}

export type StoredPriority = ClassifiedPriority & { year: number; contentHash: string };
