import type { Candidate, ExtractionRule, RuleContext } from '../context.js';
import { PRIORITY_LABEL_RE, PRIORITY_N_RE } from '../keywords.js';
import { splitSentences, wordCount } from '../text.js';


/** "Priority 1: Tackling violence" / "Priority one – …" in any block; the statement is what follows. */
export function priorityNText(text: string): string | null {
  const m = PRIORITY_N_RE.exec(text.trim());
  if (!m) return null;
  const rest = m[2]!.trim();
  // a long paragraph: the first sentence states the priority, the rest describes it
  const first = splitSentences(rest)[0] ?? rest;
  return /[A-Za-z]{2}/.test(first) ? first : null;
}

export const priorityN: ExtractionRule = {
  id: 'priority-n',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    ctx.blocks.forEach((b, i) => {
      const t = priorityNText(b.text);
      if (t) {
        out.push({ text: t, quote: b.text, blockIndex: i, strength: 'named', rule: 'priority-n' });
        return;
      }
      // "Priority 1" alone, its statement on the next line
      const next = ctx.blocks[i + 1];
      if (PRIORITY_LABEL_RE.test(b.text) && next && next.kind !== 'list_item' && wordCount(next.text) <= 20) {
        out.push({ text: next.text, quote: `${b.text} ${next.text}`, blockIndex: i + 1, strength: 'named', rule: 'priority-n' });
      }
    });
    return out;
  },
};
