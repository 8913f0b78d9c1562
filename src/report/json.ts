/** scan.json: the Analysis plus counts, failures and evidence refs, recommendation at top level. */
import type { Analysis, Failure } from '../schema/index.js';
import type { EvidenceRow, KeyFigures } from './note-model.js';

export interface ScanJson extends Analysis {
  counts: KeyFigures;
  failures: Failure[];
  evidence: Array<{ ref: string; priorityId: string; sourceId: string; theme: string; page: number }>;
}

export function scanJson(analysis: Analysis, counts: KeyFigures, failures: Failure[], evidence: EvidenceRow[]): string {
  const out: ScanJson = {
    ...analysis,
    recommendation: { ...analysis.recommendation, decision: analysis.recommendation.decision, reasons: [...analysis.recommendation.reasons] },
    counts,
    failures,
    evidence: evidence.map((e) => ({ ref: e.ref, priorityId: e.priorityId, sourceId: e.sourceId, theme: e.theme, page: e.page })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
