import type { Block } from '../../schema/index.js';
import { markerFamily, type Candidate, type ExtractionRule, type RuleContext } from '../context.js';
import { BACK_REFERENCE_RE, GENERIC_SECTION_RE, LIST_KEYWORD_RE } from '../keywords.js';
import { splitSentences, statedCount, wordCount } from '../text.js';
import { introducesOther, loadCues } from '../cues.js';
import { isItemParagraph, isPriorityHeading } from './list-under-heading.js';

const MAX_ITEMS = 12;

/** "These are:" / "They were:" / "as follows:" — the keyword is in the sentence before. */
const BACK_INTRO_RE = /^(?:these|they|which|the\s+\w+)?\s*(?:are|were|include|includes|being|is)\b.{0,30}:$|\bas\s+follows\s*:$|^(?:these|they)\s+are\b/i;
/** Weak intros that need no keyword: "I commit to the following:", "we will focus on:", "threats from:". */
const WEAK_INTRO_RE = /\b(?:commit(?:ted|s)?\s+to\s+the\s+following|will\s+focus\s+on|focus(?:sing|ing)?\s+on\s+the\s+following|threats?\s+from|will\s+prioriti[sz]e)\s*:$/i;

/** Does this block introduce a list of priorities (ends with ":" or "following aims;")? */
export function isPriorityIntro(text: string, before: string): boolean {
  const t = text.trim();
  const colon = /:$/.test(t) || (/;$/.test(t) && /\bfollowing\s+\w+(?:\s+\w+)?;$/i.test(t));
  if (!colon) return false;
  const sentences = splitSentences(t);
  const last = sentences[sentences.length - 1] ?? t;
  if (WEAK_INTRO_RE.test(last)) return true;
  const kw = LIST_KEYWORD_RE.exec(last);
  if (kw && introducesOther(last, LIST_KEYWORD_RE, loadCues().otherIntro)) return false;
  if (kw) {
    const pre = last.slice(0, kw.index);
    // "the areas where the data shows:" has no keyword; "these priorities were:" still introduces a list
    if (!(BACK_REFERENCE_RE.test(pre) && /\b(?:against|on|of)\s+(?:these|those)\s+$/i.test(pre))) return true;
  }
  if (BACK_INTRO_RE.test(last) && wordCount(last) <= 8) {
    const prev = sentences.length > 1 ? sentences[sentences.length - 2]! : before;
    return LIST_KEYWORD_RE.test(prev);
  }
  return false;
}

/** Short, capitalised, no final punctuation: reads as a title. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 10 && /^[A-Z]/.test(t) && !/[.,;:!?]$/.test(t);
}

/** The blocks that form the list after an intro at `at`. */
export function itemsAfter(blocks: readonly Block[], at: number, count?: number): number[] {
  const first = blocks[at + 1];
  if (!first) return [];
  const out: number[] = [];
  if (first.kind === 'list_item') {
    const fam = markerFamily(first.marker);
    const lvl = first.level ?? 1;
    for (let j = at + 1; j < blocks.length && out.length < MAX_ITEMS; j++) {
      const b = blocks[j]!;
      if (b.kind !== 'list_item') break;
      const l = b.level ?? 1;
      if (l > lvl) continue; // nested detail
      if (l < lvl || markerFamily(b.marker) !== fam) break;
      out.push(j);
    }
    return out;
  }
  if (first.kind === 'paragraph') {
    for (let j = at + 1; j < blocks.length && out.length < MAX_ITEMS; j++) {
      const b = blocks[j]!;
      if (b.kind !== 'paragraph') break;
      // with a stated count ("three priorities:") the next paragraphs are the items, even if described at length
      const ok = count !== undefined ? out.length < count && !/:$/.test(b.text.trim()) && wordCount(b.text) <= 60 : isItemParagraph(b.text) && wordCount(b.text) <= 25;
      if (!ok) break;
      out.push(j);
    }
    return out;
  }
  if (first.kind === 'heading') {
    const lvl = first.level ?? 1;
    for (let j = at + 1; j < blocks.length && out.length < MAX_ITEMS; j++) {
      const b = blocks[j]!;
      if (b.kind !== 'heading') {
        // a short title-like line that the text layout did not mark as a heading (not a trailing fragment)
        if (b.kind === 'paragraph' && j + 1 < blocks.length && isTitleLike(b.text)) out.push(j);
        continue;
      }
      if ((b.level ?? 1) < lvl || GENERIC_SECTION_RE.test(b.text.trim())) break;
      if ((b.level ?? 1) === lvl) out.push(j);
    }
  }
  return out;
}

/** An intro sentence ending with ":" ("identified five priorities:") followed by its items. */
export const listAfterIntro: ExtractionRule = {
  id: 'list-after-intro',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    const { blocks } = ctx;
    blocks.forEach((b, i) => {
      const before = i > 0 ? blocks[i - 1]!.text : '';
      // an intro sentence, or a title-like line ("Areas of focus") the layout did not mark as a heading
      const titleIntro = b.kind === 'paragraph' && isTitleLike(b.text) && isPriorityHeading(b.text);
      if (!titleIntro && !isPriorityIntro(b.text, before)) return;
      const n = statedCount(splitSentences(b.text).slice(-2).join(' '));
      let items = itemsAfter(blocks, i, n);
      if (n !== undefined && items.length > n) items = items.slice(0, n);
      for (const j of items) {
        const t = blocks[j]!.text;
        out.push({ text: t, quote: t, blockIndex: j, strength: 'named', rule: 'list-after-intro' });
      }
    });
    return out;
  },
};
