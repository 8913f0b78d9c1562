import type { Analysis, ClassifiedPriority, Document, Kind, SourceEntry, ThemeSummary } from '../schema/index.js';

/** One listed source with its status and reason (Analysis.sources.entries). */
export type SourceAccount = Analysis['sources']['entries'][number];

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
  /** Last PCC election (YYYY-MM-DD): a plan issued before it must be replaced. */
  lastElection?: string;
}

/** The force area's districts and umbrella areas (sources.yaml scan.areas / scan.area_groups). */
export interface AreaPlan {
  districts?: string[];
  groups?: Record<string, string[]>;
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
  /** Listed sources that were not read (superseded, future, the office's own), from loadSources. */
  leftOut?: SourceAccount[];
  /** Sources whose document could not be read, for the source account. */
  failed?: Array<{ entry: SourceEntry; message: string }>;
  /** Number of entries in sources.yaml (all years); defaults to what is accounted for. */
  listed?: number;
  /** scan.aliases: partner-name aliases (alias → canonical name). */
  aliases?: Record<string, string>;
  areas?: AreaPlan;
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
