/**
 * Document-level calibration. The item model is trained on labelled documents that are mostly
 * excerpts of a few thousand characters cut around the stated priorities; a whole plan of 20-60
 * pages states about as many priorities in far more narrative. The prior that a candidate is a
 * priority falls as the document grows, so its log-odds are shifted (a prior-shift correction):
 *
 *   s = ln(max(1, document characters / reference characters))   (reference: the training documents')
 *   loose candidates (paragraphs, their sentences, statements the hand rules found inside prose): −s
 *   candidates of a list, table, heading run or inline list:  −s × (1 − group score / best group score)
 *
 * Narrative grows with the document, so a loose candidate takes the whole shift; a group as strongly
 * introduced as the document's best takes none, a weaker group part of it (the document's clearly
 * introduced priority list keeps its items, the lists and prose around it need more evidence). On a
 * document no longer than the training documents nothing changes.
 */
import type { Block } from '../schema/index.js';
import type { Features } from './features.js';
import type { ScoredCandidate } from './score.js';

/** Characters of text in a document's blocks. */
export function documentChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** The reference length of a training set: the 75th percentile of its labelled documents' characters. */
export function referenceChars(lengths: number[]): number {
  const xs = lengths.filter((x) => x > 0).sort((a, b) => a - b);
  if (xs.length === 0) return 0;
  return xs[Math.min(xs.length - 1, Math.floor(0.75 * (xs.length - 1) + 0.5))]!;
}

/** Hand rules that read a document's structure (a list after its intro, "Priority 1: …", a table column …). */
const STRUCTURE_RULES = new Set(['priority-n', 'list-after-intro', 'list-under-heading', 'table-column', 'numbered-fallback']);

/**
 * Narrative: a paragraph group's candidates and statements a hand rule found inside prose, unless a
 * structure rule reads them as the items of a stated list ("Priority 1: …" paragraphs).
 */
export function isLoose(s: ScoredCandidate): boolean {
  if (!s.groupFeatures.has('grp:paragraphs') && s.candidate.source !== 'rule') return false;
  for (const r of s.candidate.rules) if (STRUCTURE_RULES.has(r)) return false;
  return true;
}

export interface Shift {
  /** Log-odds taken off the candidate (>= 0). */
  value: number;
  /** Why, for Priority.reasons ('' when no shift). */
  reason: string;
}

/**
 * The log-odds shift of every candidate of one document (same order as `scored`); `vectors` are
 * their item vectors, whose `group:score` is the group model's probability.
 */
export function lengthShifts(scored: ScoredCandidate[], vectors: Features[], chars: number, reference: number): Shift[] {
  const s = reference > 0 && chars > reference ? Math.log(chars / reference) : 0;
  if (s === 0) return scored.map(() => ({ value: 0, reason: '' }));
  let best = 0;
  scored.forEach((c, i) => {
    if (!isLoose(c)) best = Math.max(best, vectors[i]!.get('group:score') ?? 0);
  });
  const tag = `${chars} chars vs ${reference}`;
  return scored.map((c, i) => {
    if (isLoose(c)) return { value: s, reason: `doc-length:narrative -${s.toFixed(2)} (${tag})` };
    const gp = vectors[i]!.get('group:score') ?? 0;
    const share = best > 0 ? Math.min(1, gp / best) : 1;
    const value = s * (1 - share);
    return { value, reason: value >= 0.005 ? `doc-length:weaker-group -${value.toFixed(2)} (group ${gp.toFixed(2)} of best ${best.toFixed(2)}; ${tag})` : '' };
  });
}
