/** scan.json: the Analysis plus the brief's key figures, failures and evidence refs, recommendation at top level. */
import type { Analysis, Failure } from '../schema/index.js';
import type { Brief, KeyFigures } from './brief/index.js';

export interface ScanJson extends Analysis {
  counts: KeyFigures;
  failures: Failure[];
  evidence: Array<{ ref: number; priorityId: string; sourceId: string; theme: string; page: number }>;
}

export function scanJson(brief: Brief): string {
  return [...scanJsonChunks(brief)].join('');
}

/** Stands in for the evidence array in the stringified head, which is then split around it. */
const EVIDENCE_SLOT = '__planscan_evidence__';

/** scan.json in pieces: the evidence array (one entry per priority) is written an entry at a time. */
export function* scanJsonChunks(brief: Brief): Generator<string> {
  const { analysis, evidence } = brief;
  const out = { ...analysis, counts: brief.figures, failures: brief.input.failures, evidence: EVIDENCE_SLOT };
  const [before, after] = JSON.stringify(out, null, 2).split(JSON.stringify(EVIDENCE_SLOT)) as [string, string];
  yield `${before}[`;
  for (const [i, e] of evidence.entries()) {
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify({ ref: e.ref, priorityId: e.priorityId, sourceId: e.sourceId, theme: e.theme, page: e.page })}`;
  }
  yield `${evidence.length ? '\n  ' : ''}]${after}\n`;
}
