import type { ClassifiedPriority, Document, Kind, SourceEntry, ThemeSummary } from '../schema/index.js';

/** One taxonomy theme as the weight stage needs it (a structural subset of the classifier's Taxonomy). */
export interface ThemeInfo {
  id: string;
  label: string;
  group: 'business' | 'method';
  defaultKind: Kind;
  /** Crime themes whose harm a target-group/method theme borrows. */
  harmLinks?: string[];
}

/**
 * Deviation from docs/architecture.md: `analyse` takes this structural interface instead of the full
 * `Classifier`, so src/analyse does not import src/classify. A real `Classifier`
 * (`{ classify, themeMentions, taxonomy: { themes } }`) satisfies it as is.
 */
export interface ThemeLexicon {
  themeMentions(text: string): Array<{ theme: string; term: string }>;
  taxonomy: { themes: ThemeInfo[] };
}

export interface ScanInfo {
  name: string;
  area: string;
  year: number;
  runId: string;
  date: string;
  /** Next PCC election (YYYY-MM-DD), for the statutory timetable. */
  nextElection?: string;
}

export interface PlanInput {
  source: SourceEntry;
  doc: Document;
  priorities: ClassifiedPriority[];
}

export interface PreviousYear {
  year: number;
  themes: ThemeSummary[];
}

/**
 * Input of `analyse`. `priorities` holds partner, national and survey priorities (role from the
 * source entry, looked up by `sourceId`; priorities whose source is unknown or is the current plan
 * are ignored here — the plan comes in `plan`).
 *
 * Survey convention: ingest/extract turn each survey CSV row into one Priority whose `quote` is the
 * row text and whose `section` is `rank:N` (N = the rank given, 1 = top); see survey.ts.
 */
export interface AnalysisInput {
  scan: ScanInfo;
  sources: SourceEntry[];
  priorities: ClassifiedPriority[];
  plan: PlanInput | null;
  previous: PreviousYear | null;
  classifier: ThemeLexicon;
  /** Per-scan overrides of data/scoring.yaml (deep-merged, then validated). */
  scoring?: Record<string, unknown>;
  /** Harm rows to use instead of data/harm.csv (tests, alternative files). */
  harm?: HarmRow[];
}

/** One row of data/harm.csv. */
export interface HarmRow {
  theme: string;
  harm_index: string;
  offence: string;
  weight: number;
  unit: string;
  source_url: string;
  note: string;
}
