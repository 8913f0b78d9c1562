import type { Analysis, ClassifiedPriority, Cue, Failure, SourceEntry } from '../schema/index.js';
import type { NoteSettings } from './brief/settings.js';

/** Everything the report writers need (contract in docs/architecture.md). */
export interface ReportInput {
  analysis: Analysis;
  priorities: ClassifiedPriority[];
  sources: SourceEntry[];
  documents: Array<{ sourceId: string; title?: string; pages: number; format: string }>;
  failures: Failure[];
  planSourceId?: string;
  /**
   * Cues kept in the store rather than on `priorities` (a large scan holds priorities without
   * their cues); priorities.csv lists these before any on the priority itself (an override's).
   */
  storedCues?: (p: ClassifiedPriority) => Cue[];
  /** Analyst review of this scan year's priorities (planscan review apply), when one exists. */
  review?: ReviewSummary;
  /** Cover details and analyst commentary (scan.note, commentary.md): see loadNoteSettings. */
  note?: NoteSettings;
}

/** Machine vs analyst over the reviewed priorities of the scan year (see src/review/agreement.ts). */
export interface ReviewSummary {
  /** Priorities reviewed (every row of applied review files, excluded ones included). */
  reviewed: number;
  /** Reviewed priorities whose kind or theme the analyst changed. */
  overridden: number;
  /** Reviewed priorities the analyst excluded as not stated priorities. */
  excluded: number;
  kappaKind: number | null;
  kappaTheme: number | null;
  /** Per cent (0–100) of the reviewed, not excluded priorities where machine and analyst kind agree. */
  percentKind: number;
}
