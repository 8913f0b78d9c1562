import type { Analysis, ClassifiedPriority, Failure, SourceEntry } from '../schema/index.js';

/** Everything the report writers need (contract in docs/architecture.md). */
export interface ReportInput {
  analysis: Analysis;
  priorities: ClassifiedPriority[];
  sources: SourceEntry[];
  documents: Array<{ sourceId: string; title?: string; pages: number; format: string }>;
  failures: Failure[];
  planSourceId?: string;
}
