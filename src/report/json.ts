/** scan.json: the Analysis plus counts, failures and evidence refs, recommendation at top level. */
import type { Analysis, Failure } from '../schema/index.js';
import type { EvidenceRow, KeyFigures } from './note-model.js';

export interface ScanJson extends Analysis {
  counts: KeyFigures;
  failures: Failure[];
  evidence: Array<{ ref: string; priorityId: string; sourceId: string; theme: string; page: number }>;
}

export function scanJson(analysis: Analysis, counts: KeyFigures, failures: Failure[], evidence: EvidenceRow[]): string {
  return [...scanJsonChunks(analysis, counts, failures, evidence)].join('');
}

/** Stands in for the evidence array in the stringified head, which is then split around it. */
const EVIDENCE_SLOT = '__planscan_evidence__';

/** scan.json in pieces: the evidence array (one entry per priority) is written an entry at a time. */
export function* scanJsonChunks(analysis: Analysis, counts: KeyFigures, failures: Failure[], evidence: EvidenceRow[]): Generator<string> {
  const out: ScanJson = {
    ...analysis,
    recommendation: { ...analysis.recommendation, decision: analysis.recommendation.decision, reasons: [...analysis.recommendation.reasons] },
    counts,
    failures,
    evidence: [],
  };
  const [before, after] = JSON.stringify({ ...out, evidence: EVIDENCE_SLOT }, null, 2).split(JSON.stringify(EVIDENCE_SLOT)) as [string, string];
  yield `${before}[`;
  for (const [i, e] of evidence.entries()) {
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify({ ref: e.ref, priorityId: e.priorityId, sourceId: e.sourceId, theme: e.theme, page: e.page })}`;
  }
  yield `${evidence.length ? '\n  ' : ''}]${after}\n`;
}
