import { createHash } from 'node:crypto';
import type { Document, Priority } from '../schema/index.js';
import { MAX_PRIORITY_WORDS, statementOf } from './candidates.js';
import { logit, sigmoid } from './learner.js';
import { defaultModel, type ExtractionModel } from './model.js';
import { priorityNText } from './rules/priority-n.js';
import { featurise, itemVectors, select } from './score.js';
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
  const vectors = itemVectors(scored, model.group);
  const withP = scored.map((s, i) => ({ candidate: s.candidate, x: vectors[i]!, p: sigmoid(logit(model.item, vectors[i]!)) }));
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
