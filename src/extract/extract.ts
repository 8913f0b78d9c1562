import { createHash } from 'node:crypto';
import type { Document, Priority } from '../schema/index.js';
import { MAX_PRIORITY_WORDS, statementOf } from './candidates.js';
import { contributions } from './learner.js';
import { defaultModel, type ExtractionModel } from './model.js';
import { priorityNText } from './rules/priority-n.js';
import { documentScores, featurise, select } from './score.js';
import { cleanItem, normaliseText } from './text.js';

export { RULES, FALLBACK_RULES } from './rules/index.js';
export { MAX_PRIORITY_WORDS };

/** Stable id: sha256 of source id + normalised text, first 16 hex digits. */
export function priorityId(sourceId: string, text: string): string {
  return createHash('sha256').update(`${sourceId}\u0000${normaliseText(text)}`).digest('hex').slice(0, 16);
}

/** The cleaned statement of a candidate ('' to drop it): "Priority 1: X" → "X". */
export function statementText(raw: string): string {
  const t = cleanItem(raw);
  const n = priorityNText(t);
  return statementOf(n ?? t);
}

/**
 * All stated priorities of one document, in reading order, deduplicated. Pure: every candidate is
 * scored by the learned model (data/extraction/model.json unless another is given) and each kept
 * one carries the features that decided it (`reasons`).
 */
export function extractPriorities(doc: Document, model: ExtractionModel = defaultModel()): Priority[] {
  const { ctx, scored } = featurise(doc);
  const withP = documentScores(ctx, scored, model);
  const seen = new Set<string>();
  const out: Priority[] = [];
  for (const pick of select(withP, model.threshold, model.item)) {
    const c = pick.candidate;
    const text = statementText(c.text) || c.text;
    const id = priorityId(doc.sourceId, text);
    if (seen.has(id)) continue;
    seen.add(id);
    const block = ctx.blocks[c.blockIndex];
    out.push({
      id,
      sourceId: doc.sourceId,
      page: block?.page ?? 1,
      section: ctx.sections[c.blockIndex] ?? '',
      text,
      quote: c.quote,
      strength: c.mention ? 'mention' : 'named',
      rule: `learned:${c.source}`,
      reasons: [`p=${pick.p.toFixed(2)}`, ...pick.reasons],
    });
  }
  return out;
}

/** Every candidate of a document with its probability and the features for and against it (for error study). */
export function scoreCandidates(doc: Document, model: ExtractionModel = defaultModel()): Array<{ text: string; source: string; p: number; kept: boolean; features: Array<{ feature: string; value: number }> }> {
  const { ctx, scored } = featurise(doc);
  return documentScores(ctx, scored, model).map((s) => ({
    text: s.candidate.text,
    source: s.candidate.source,
    p: s.p,
    kept: s.p >= model.threshold,
    features: [...contributions(model.item, s.x), ...(s.shift.value ? [{ feature: s.shift.reason.replace(/ .*/, ''), value: -s.shift.value }] : [])],
  }));
}

/**
 * Why a statement was not extracted: no candidate holds it, or the best candidate that does scored
 * under the threshold (with the features that held it back).
 */
export function explainMiss(doc: Document, matchesLabel: (candidate: string) => boolean, model: ExtractionModel = defaultModel()): string {
  const hits = scoreCandidates(doc, model).filter((c) => matchesLabel(c.text)).sort((a, b) => b.p - a.p);
  const best = hits[0];
  if (!best) return 'no candidate holds it (the reader never proposed this span)';
  const against = best.features.filter((f) => f.value < 0).slice(0, 4).map((f) => `${f.feature} ${f.value.toFixed(2)}`);
  const verdict = best.kept ? `candidate kept (p=${best.p.toFixed(2)}) but dropped as a duplicate of a stronger statement` : `best candidate p=${best.p.toFixed(2)} < ${model.threshold}`;
  return `${verdict} [${best.source}: "${best.text.length > 60 ? best.text.slice(0, 57) + '...' : best.text}"]; against: ${against.join(', ') || 'none'}`;
}
