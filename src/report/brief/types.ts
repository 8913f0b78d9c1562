import type { Analysis, Gap, Kind, SourceAccount, ThemeSummary, Tier } from '../../schema/index.js';
import type { ReportInput } from '../types.js';

/** One stated priority as evidence: numbered once, cited by number everywhere ([12]). */
export interface EvidenceRow {
  ref: number;
  priorityId: string;
  sourceId: string;
  theme: string;
  themeLabel: string;
  kind: Kind;
  partner: string;
  partnerType: string;
  role: string;
  document: string;
  page: number;
  /** The priority as stated (the extracted statement). */
  statement: string;
  quote: string;
  strength: string;
}

/** The counts every report states, computed once. */
export interface KeyFigures {
  documentsScanned: number;
  sourcesListed: number;
  failedDocuments: number;
  warnings: number;
  partners: number;
  partnerTypes: string[];
  years: number[];
  priorities: number;
  /** Business themes partners cite (the tier lists). */
  themes: number;
  /** Mechanism and internal-process themes partners cite. */
  methodThemes: number;
  tiers: Record<Tier, number>;
  gaps: number;
  decision: string;
}

/** A gap as the note lists it: one row per theme, its gap types merged. */
export interface GapRow {
  theme: string;
  label: string;
  types: Gap['type'][];
  tier: Tier | null;
  score: number;
  partners: number;
  refs: number[];
}

export interface Cover {
  title: string;
  subtitle: string;
  marking: string;
  /** "27 November 2026". */
  date: string;
  isoDate: string;
  owner: string;
  author: string;
  contact: string;
  version: string;
  status: string;
  area: string;
  year: number;
  runId: string;
}

/** Everything the reports say, built once from the Analysis: sections only read it. */
export interface Brief {
  analysis: Analysis;
  input: ReportInput;
  cover: Cover;
  commentary: Record<string, string>;
  evidence: EvidenceRow[];
  figures: KeyFigures;
  /** Business themes partners cite, ranked by score. */
  business: ThemeSummary[];
  /** Mechanism and internal-process themes partners cite, ranked by partners. */
  methods: ThemeSummary[];
  tiers: Record<Tier, ThemeSummary[]>;
  gaps: GapRow[];
  sources: SourceAccount[];
  label(theme: string): string;
  isBusiness(theme: string): boolean;
  /** Evidence refs of priority ids, ascending. */
  refs(priorityIds: Iterable<string>): number[];
  /** Evidence refs of a theme (its citing priorities, or any priority of that theme). */
  themeRefs(theme: string): number[];
  docTitle(sourceId: string): string;
  partnerCount(theme: string): number;
}
