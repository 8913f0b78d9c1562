import type { Candidate, ExtractionRule, RuleContext } from '../context.js';
import { GENERIC_SECTION_RE, NON_LIST_HEADING_RE, PRIORITY_HEADING_RE, PRIORITY_LABEL_RE, PRIORITY_N_RE } from '../keywords.js';
import { splitSentences, wordCount } from '../text.js';

/** Longest paragraph (in words) still read as one item rather than narrative. */
export const SHORT_PARAGRAPH_WORDS = 35;

export function isPriorityHeading(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 12) return false;
  if (PRIORITY_N_RE.test(t) || PRIORITY_LABEL_RE.test(t)) return false; // "Priority 1: …" is an item itself
  if (!PRIORITY_HEADING_RE.test(t)) return false;
  return !NON_LIST_HEADING_RE.test(t);
}

/** A short paragraph that reads as an item: one sentence, not an intro, not about "the priorities". */
export function isItemParagraph(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > SHORT_PARAGRAPH_WORDS || wordCount(t) < 1) return false;
  if (/[:]$/.test(t)) return false;
  if (splitSentences(t).length > 1) return false;
  // about the priorities, not one of them: "Each area of focus has a sponsor", "Read more about the priorities below"
  if (/\b(?:priorit(?:y|ies)|areas?\s+of\s+focus|focus\s+areas?|objectives?|aims?|goals?|themes?)\b/i.test(t) &&
    /\b(?:each|every|these|those|this|below|above|following|more|all)\b/i.test(t)) return false;
  if (/^(?:it|this|there|these|those|they|he|she)\s+(?:is|are|was|were|has|have|had|will|would|may|can)\b/i.test(t)) return false;
  if (/^(?:find out|read|see|click|download|view|for more|further information)\b/i.test(t)) return false;
  return true;
}

/** "Safer streets: we will …" / "Safer streets – we will …": a titled paragraph. */
export function hasTitlePrefix(text: string): boolean {
  const m = /^([A-Z][^:.;–—]{2,80}?)\s*(?::|\s[–—-])\s+\S/.exec(text.trim());
  return !!m && wordCount(m[1]!) <= 8 && wordCount(text) <= 80;
}

/**
 * Items under a priority-like heading, up to the next heading of the same or a higher level:
 * top-level list items; when there are none, short paragraphs and the titles of sub-headings.
 */
export const listUnderHeading: ExtractionRule = {
  id: 'list-under-heading',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    const { blocks } = ctx;
    blocks.forEach((h, hi) => {
      if (h.kind !== 'heading' || !isPriorityHeading(h.text)) return;
      const level = h.level ?? 1;
      let end = hi + 1;
      while (end < blocks.length) {
        const b = blocks[end]!;
        if (b.kind === 'heading' && (b.level ?? 1) <= level) break;
        end++;
      }
      const scope = blocks.slice(hi + 1, end).map((b, k) => ({ b, i: hi + 1 + k }));
      const items = scope.filter((s) => s.b.kind === 'list_item');
      if (items.length > 0) {
        const top = Math.min(...items.map((s) => s.b.level ?? 1));
        for (const s of items) {
          if ((s.b.level ?? 1) !== top) continue;
          out.push({ text: s.b.text, quote: s.b.text, blockIndex: s.i, strength: 'named', rule: 'list-under-heading' });
        }
        return;
      }
      // an intro ("… are:") or "Priority 1: …" blocks already itemise the section: its paragraphs are narrative
      const itemised = scope.some((s) => s.b.kind !== 'heading' && (/:$/.test(s.b.text.trim()) || PRIORITY_N_RE.test(s.b.text)));
      let inSub = false;
      for (const s of scope) {
        if (s.b.kind === 'heading') {
          inSub = true;
          if (GENERIC_SECTION_RE.test(s.b.text.trim())) continue;
          out.push({ text: s.b.text, quote: s.b.text, blockIndex: s.i, strength: 'named', rule: 'list-under-heading' });
          continue;
        }
        if (inSub) continue; // a sub-heading's body describes it
        if (!itemised && s.b.kind === 'paragraph') {
          if (isItemParagraph(s.b.text) || hasTitlePrefix(s.b.text)) {
            out.push({ text: s.b.text, quote: s.b.text, blockIndex: s.i, strength: 'named', rule: 'list-under-heading' });
          }
        }
      }
    });
    return out;
  },
};
