import type { Candidate, ExtractionRule, RuleContext } from '../context.js';
import { LIST_KEYWORD_RE } from '../keywords.js';
import { cleanItem, splitSentences, wordCount } from '../text.js';

const MAX_SUBJECT_WORDS = 25;
const PRONOUN_RE = /^(?:it|this|that|these|those|they|which|there|what|who|he|she|we|all|each|one|both|some|the\s+(?:plan|strategy|partnership|board|report|document|council))$/i;

/** "X remains a priority", "X is a key priority for the partnership", "X was identified as a priority". */
const STATES_RE =
  /^(.{3,220}?)\s+(?:(?:remains?|remained|is|are|was|were|will\s+be|will\s+remain|has\s+been|have\s+been|had\s+been|continues?\s+to\s+be|became|becomes?)\s+(?:(?:still|also|now|very\s+much|clearly)\s+)?|(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|are\s+)?(?:highlighted|identified|recognised|recognized|agreed|named|chosen|selected|adopted|confirmed|retained|set)\s+as\s+|as\s+)(?:a|an|the|our|one\s+of\s+(?:the|our))\s+(?:[\w-]+\s+){0,3}?priorit(?:y|ies)\b/i;
/** "we will prioritise X" */
const PRIORITISE_RE = /\b(?:will|we|must|should|continue\s+to)\s+(?:also\s+)?(?:continue\s+to\s+)?(?:further\s+)?prioriti[sz]e\s+(.{3,200}?)(?:[.;]|$)/i;
/** "The next focus area related to X" */
const FOCUS_AREA_RE = /\b(?:focus|priority)\s+areas?\s+(?:related\s+to|relates\s+to|looked\s+at|looks\s+at|is|was|will\s+be|concerns|concerned|covers|covered|focused\s+on|focuses\s+on)\s+(.{3,250})$/i;
/** "The first of these related to X" after a sentence naming priorities / areas of focus. */
const ORDINAL_RE = /^the\s+(?:first|second|third|fourth|fifth|sixth|next|final|last)\b(?:\s+of\s+these|\s+[\w-]+){0,3}?\s+(?:related\s+to|relates\s+to|looked\s+at|looks\s+at|concerned|concerns|focused\s+on|focuses\s+on|is|was)\s+(.{3,250})$/i;

/** Strip framing at the start of a subject: "There had been a focus on X" → "X". */
function trimSubject(s: string): string {
  return s
    .replace(/^(?:there\s+(?:has|had|have)\s+been|there\s+(?:is|was|will\s+be))\s+(?:a|an)\s+(?:\w+\s+)?(?:focus|emphasis)\s+(?:of|on)\s+/i, '')
    .replace(/^.*:\s*["'“‘]?/, '')
    .replace(/^(?:however|therefore|also|in\s+addition|additionally|furthermore|moreover)\s*,?\s*/i, '')
    .trim();
}

/** Cut a trailing clause: "X, which accounts for …" → "X". */
function trimClause(s: string): string {
  return s.replace(/,\s+(?:which|who|where|given|because|following|as\s+it|as\s+they)\b.*$/i, '').trim();
}

export function mentionText(sentence: string, context = ''): string | null {
  const s = sentence.trim().replace(/[.!?]+["'”’)]*$/, '');
  // "X is not a priority" / "no longer a priority"
  if (/\b(?:not|no\s+longer|never|nor|ceased?\s+to)\b[^.]{0,40}\bpriorit/i.test(s)) return null;
  let m = STATES_RE.exec(s);
  if (m) {
    const subj = trimSubject(m[1]!).replace(/\s*,\s*$/, '');
    if (!subj || PRONOUN_RE.test(subj) || wordCount(subj) > MAX_SUBJECT_WORDS) return null;
    if (/\b(?:asked|whether|if|queried|wondered|questioned)\b/i.test(subj)) return null; // a question, not a statement
    if (/^(?:it|this|there|they|we)\s/i.test(subj) && wordCount(subj) < 4) return null;
    return cleanItem(subj);
  }
  m = PRIORITISE_RE.exec(s) ?? FOCUS_AREA_RE.exec(s);
  if (m) return cleanItem(trimClause(m[1]!));
  m = ORDINAL_RE.exec(s);
  if (m && LIST_KEYWORD_RE.test(context)) return cleanItem(m[1]!);
  return null;
}

/** Sentences that state a priority in passing → strength 'mention'. */
export const mentionInSentence: ExtractionRule = {
  id: 'mention-in-sentence',
  strength: 'mention',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    ctx.blocks.forEach((b, i) => {
      if (b.kind === 'heading') return;
      const sentences = splitSentences(b.text);
      sentences.forEach((s, k) => {
        // the few sentences before it (bounded: joining every earlier sentence was quadratic in block length)
        const context = [
          ...ctx.blocks.slice(Math.max(0, i - 3), i).map((x) => x.text.slice(-400)),
          ...sentences.slice(Math.max(0, k - 3), k),
        ].join(' ');
        const t = mentionText(s, context);
        if (t && /[A-Za-z]{3}/.test(t)) out.push({ text: t, quote: s, blockIndex: i, strength: 'mention', rule: 'mention-in-sentence' });
      });
    });
    return out;
  },
};
