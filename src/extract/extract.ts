import { createHash } from 'node:crypto';
import type { Document, Priority } from '../schema/index.js';
import { buildContext, type Candidate, type ExtractionRule } from './context.js';
import { inlineList } from './rules/inline-list.js';
import { listAfterIntro } from './rules/list-after-intro.js';
import { listUnderHeading } from './rules/list-under-heading.js';
import { mentionInSentence } from './rules/mention.js';
import { numberedFallback } from './rules/numbered-fallback.js';
import { priorityN, priorityNText } from './rules/priority-n.js';
import { tableColumn } from './rules/table-column.js';
import { cleanItem, normaliseText, wordCount } from './text.js';

/** Rules in precedence order: when two find the same statement, the first one's record is kept. */
export const RULES: readonly ExtractionRule[] = [priorityN, listAfterIntro, listUnderHeading, tableColumn, inlineList, mentionInSentence];
/** Only when the rules above find nothing. */
export const FALLBACK_RULES: readonly ExtractionRule[] = [numberedFallback];

/** Longest statement kept (words); longer text is narrative, not a stated priority. */
export const MAX_PRIORITY_WORDS = 80;

/** Stable id: sha256 of source id + normalised text, first 16 hex digits. */
export function priorityId(sourceId: string, text: string): string {
  return createHash('sha256').update(`${sourceId}\u0000${normaliseText(text)}`).digest('hex').slice(0, 16);
}

/** The cleaned statement of a candidate ('' to drop it). */
export function statementText(raw: string): string {
  let t = cleanItem(raw);
  const n = priorityNText(t);
  if (n) t = cleanItem(n);
  if (!/[A-Za-z]{2}/.test(t) || wordCount(t) > MAX_PRIORITY_WORDS) return '';
  return t;
}

/** All stated priorities of one document, in reading order, deduplicated. Pure. */
export function extractPriorities(doc: Document): Priority[] {
  const ctx = buildContext(doc);
  let candidates: Candidate[] = RULES.flatMap((r) => r.run(ctx));
  if (candidates.length === 0) candidates = FALLBACK_RULES.flatMap((r) => r.run(ctx));
  // Dedupe by normalised text: keep the first 'named' statement in reading order (else the first mention);
  // within a block, rule precedence decides.
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.blockIndex - b.c.blockIndex || a.order - b.order);
  const best = new Map<string, { c: Candidate; text: string }>();
  for (const { c } of ranked) {
    const text = statementText(c.text);
    if (!text) continue;
    const key = normaliseText(text);
    if (!key) continue;
    const prev = best.get(key);
    if (!prev || (prev.c.strength === 'mention' && c.strength === 'named')) best.set(key, { c, text });
  }
  // The same statement restated with its description ("X" and "X – we will …"): keep the earlier one.
  const kept = [...best.entries()].sort(([, a], [, b]) => a.c.blockIndex - b.c.blockIndex);
  const restated = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const [ka] = kept[i]!;
      const [kb] = kept[j]!;
      if (restated.has(ka) || restated.has(kb) || ka.split(' ').length < 2 || kb.split(' ').length < 2) continue;
      if (kb.startsWith(ka + ' ') || ka.startsWith(kb + ' ')) restated.add(kb);
    }
  }
  return kept
    .filter(([k]) => !restated.has(k))
    .map(([, v]) => v)
    .map(({ c, text }) => {
      const block = ctx.blocks[c.blockIndex];
      return {
        id: priorityId(doc.sourceId, text),
        sourceId: doc.sourceId,
        page: block?.page ?? 1,
        section: ctx.sections[c.blockIndex] ?? '',
        text,
        quote: c.quote.trim(),
        strength: c.strength,
        rule: c.rule,
        reasons: [],
      };
    });
}
