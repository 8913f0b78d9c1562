import type { Candidate, ExtractionRule, RuleContext } from '../context.js';
import { BACK_REFERENCE_RE, LIST_KEYWORD_RE, LIST_KEYWORD_SRC } from '../keywords.js';
import { splitInlineList, splitSentences, wordCount } from '../text.js';

const MAX_ITEM_WORDS = 15;
const CONNECTOR = String.raw`(?:are|were|was|is|had\s+been|have\s+been|has\s+been|will\s+be|as|include|includes|including|being|namely)`;

/** "our priorities are a, b and c" / "identified the following themes: a, b and c" / "aims of a, b and c". */
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:${LIST_KEYWORD_SRC})\s+of\s+(.+)$`, 'i'),
  new RegExp(String.raw`\b(?:${LIST_KEYWORD_SRC})\b([^.:;]{0,80}?)\b${CONNECTOR}\s*:?\s+(.+)$`, 'i'),
  new RegExp(String.raw`\b(?:${LIST_KEYWORD_SRC})\b[^.:;]{0,80}?:\s*(.+)$`, 'i'),
  // "three key pillars, A, B and C"
  new RegExp(String.raw`\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:${LIST_KEYWORD_SRC})\s*[,–—-]\s*(.+)$`, 'i'),
];
/** "These are: a, b and c" after a sentence naming the priorities. */
const BACK_RE = /^(?:these|they)\s+(?:are|were|include)\s*:?\s+(.+)$/i;

/** Words that show the "list" is a clause about the priorities, not the priorities. */
const NOT_A_LIST_START_RE = /^(?:to\s+be\b|be\b|been\b|set\s+out|agreed|noted|identified|outlined|published|described|shown|listed|detailed|reviewed|based|given|made|used|circulated|reported|met|achieved|delivered|informed|supported|reflected|aligned|the\s+same|not\b|also\b|in\s+place|still\b|being\b)/i;

const CLAUSE_RE = /\b(?:that|which|who|ensure|ensuring|so|order|because|where|when|if|whether)\b/i;

/** Cut what follows the list: ", as well as …", " which …", " – …". */
function trimTail(list: string): string {
  return list
    .replace(/,?\s+as\s+well\s+as\b.*$/i, '')
    .replace(/\s+[–—]\s.*$/, '')
    .replace(/[.!?]+["'”’)]*\s*$/, '')
    .trim();
}

export function inlineListItems(sentence: string, previous = ''): string[] | null {
  const s = sentence.trim();
  if (/:$/.test(s)) return null; // an intro to a list that follows (list-after-intro)
  let list: string | undefined;
  const back = BACK_RE.exec(s);
  if (back && LIST_KEYWORD_RE.test(previous)) list = back[1];
  if (list === undefined) {
    for (const re of PATTERNS) {
      const m = re.exec(s);
      if (!m) continue;
      const kwAt = m.index;
      if (BACK_REFERENCE_RE.test(s.slice(0, kwAt))) continue; // "these priorities were set out …"
      // "sets priorities to ensure partners are working …": a clause, not a list
      if (m.length > 2 && CLAUSE_RE.test(m[1] ?? '')) continue;
      list = m[m.length - 1];
      break;
    }
  }
  if (!list) return null;
  list = trimTail(list);
  if (NOT_A_LIST_START_RE.test(list)) return null;
  if (/^\w+ed\b/i.test(list) && !/^(?:need|speed|seed|reduced|improved|increased)\b/i.test(list)) return null;
  const items = splitInlineList(list);
  if (items.length < 2) return null;
  // "the objectives of the review were to examine …": a clause, not a list
  if (/\b(?:are|were|is|was|will|would|has|have|had)\b/i.test(items[0]!)) return null;
  if (items.some((it) => wordCount(it) > MAX_ITEM_WORDS)) return null;
  return items;
}

/** Inline lists in running text. */
export const inlineList: ExtractionRule = {
  id: 'inline-list',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    ctx.blocks.forEach((b, i) => {
      if (b.kind === 'heading') return;
      const sentences = splitSentences(b.text);
      sentences.forEach((s, k) => {
        const prev = k > 0 ? sentences[k - 1]! : i > 0 ? ctx.blocks[i - 1]!.text : '';
        const items = inlineListItems(s, prev);
        if (!items) return;
        for (const it of items) out.push({ text: it, quote: s, blockIndex: i, strength: 'named', rule: 'inline-list' });
      });
    });
    return out;
  },
};
