/**
 * Named features of candidates, at two levels:
 * - group ("is this list / heading run / table column / paragraph a statement of the body's own
 *   priorities?"): what introduces it (lead-in and section heading cues, a stated count), its size,
 *   its place in the document and the shape of its items;
 * - item ("is this candidate one priority?"): its shape (noun phrase, action, sentence, data),
 *   length, numbering, cue density, which hand rules agree.
 * Values are 0..1 (most are 0/1). Names are stable: model.json keys its weights by them.
 */
import type { Block } from '../schema/index.js';
import type { RuleContext } from './context.js';
import { markerFamily } from './context.js';
import type { Group, ItemCandidate } from './candidates.js';
import { introducesOther, type Cues } from './cues.js';
import { loadClassifier, type Classifier } from '../classify/index.js';

let classifier: Classifier | undefined;
/** Themes of the project's taxonomy named in a text (the classifier's public lexicon look-up). */
function themeCount(text: string): number {
  classifier ??= loadClassifier();
  return new Set(classifier.themeMentions(text).map((m) => m.theme)).size;
}
import { PRIORITY_N_RE } from './keywords.js';
import { statedCount, wordCount } from './text.js';

export type Features = Map<string, number>;

const bucket = (n: number, edges: number[], prefix: string): string => {
  for (const e of edges) if (n <= e) return `${prefix}<=${e}`;
  return `${prefix}>${edges[edges.length - 1]}`;
};

/** The last sentence-ish tail of a lead-in (bounded: a long block is read from its end only). */
function tail(text: string): string {
  const t = text.length > 400 ? text.slice(-400) : text;
  const parts = t.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  return parts[parts.length - 1] ?? t;
}

function cueFeatures(f: Features, prefix: string, text: string, cues: Cues): void {
  if (!text) {
    f.set(`${prefix}:none`, 1);
    return;
  }
  const pos = cues.priorityIntro.test(text);
  const neg = cues.otherIntro.test(text);
  if (pos) f.set(`${prefix}:priority-cue`, 1);
  if (neg) f.set(`${prefix}:other-cue`, 1);
  if (pos && !neg) f.set(`${prefix}:priority-only`, 1);
  if (pos && neg) f.set(introducesOther(text, cues.priorityIntro, cues.otherIntro) ? `${prefix}:last-cue-other` : `${prefix}:last-cue-priority`, 1);
  if (/:\s*$/.test(text)) f.set(`${prefix}:colon`, 1);
  if (statedCount(text) !== undefined) f.set(`${prefix}:count`, 1);
}

export interface GroupInfo {
  /** Texts of the group's lead-in and section heading. */
  lead: string;
  section: string;
  size: number;
  features: Features;
}

/** Group-level features (shared by every candidate of the group). */
export function groupFeatures(ctx: RuleContext, g: Group, members: ItemCandidate[], cues: Cues): GroupInfo {
  const { blocks } = ctx;
  const f: Features = new Map();
  const first = g.blocks[0] ?? 0;
  const leadBlock: Block | undefined = g.leadIn >= 0 ? blocks[g.leadIn] : undefined;
  let lead = leadBlock ? tail(leadBlock.text) : '';
  if (g.kind === 'sentence' && members[0]) {
    const q = members[0].quote;
    const at = q.indexOf(':');
    const cut = q.indexOf(members[0].text);
    lead = tail(at >= 0 && (cut < 0 || at < cut) ? q.slice(0, at + 1) : q.slice(0, Math.max(0, cut)));
  }
  const section = ctx.sections[first] ?? '';
  f.set(`grp:${g.kind}`, 1);
  const size = g.kind === 'table' ? g.blocks.length - 1 : g.blocks.length;
  f.set(bucket(size, [1, 3, 7, 12], 'grp:size'), 1);
  cueFeatures(f, 'lead', lead, cues);
  if (leadBlock?.kind === 'heading') f.set('lead:is-heading', 1);
  // "Commitment 2" / "Aim three" alone above it: a numbered label
  if (/^[A-Z][a-z]+(?:\s+[A-Za-z]+)?\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[A-H])\s*[:.]?$/.test(lead.trim())) f.set('lead:numbered-label', 1);
  cueFeatures(f, 'sec', section, cues);
  const n = statedCount(lead);
  if (n !== undefined) f.set(n === size ? 'lead:count-equals-size' : Math.abs(n - size) <= 1 ? 'lead:count-near-size' : 'lead:count-differs', 1);
  const rel = blocks.length > 1 ? first / (blocks.length - 1) : 0;
  f.set(bucket(Math.round(rel * 10), [2, 5, 8], 'grp:docpos'), 1);
  if (blocks.length <= 12) f.set('doc:few-blocks', 1);
  // shape of the items together
  const texts = members.filter((m) => m.source !== 'title-prefix' && m.source !== 'sentence' && m.source !== 'rule').map((m) => m.text);
  if (texts.length) {
    const words = texts.map(wordCount);
    const mean = words.reduce((s, x) => s + x, 0) / words.length;
    f.set(bucket(Math.round(mean), [4, 8, 15, 30], 'grp:mean-words'), 1);
    f.set('grp:action-share', texts.filter((t) => cues.actionStart.test(t)).length / texts.length);
    f.set('grp:period-share', texts.filter((t) => /[.!?]$/.test(t)).length / texts.length);
    f.set('grp:harm-share', texts.filter((t) => cues.harm.test(t)).length / texts.length);
    cues.harm.lastIndex = 0;
    f.set('grp:data-share', texts.filter((t) => cues.data.test(t) || /\d/.test(t)).length / texts.length);
  }
  if (members.some((m) => m.rules.size > 0)) f.set('grp:rule-found', 1);
  return { lead, section, size, features: f };
}

const REPORTING_RE = /\b(?:noted|reported|said|stated|explained|suggested|highlighted|presented|received|asked|confirmed|advised|informed|commented|welcomed)\b/i;

function harmCount(text: string, cues: Cues): number {
  cues.harm.lastIndex = 0;
  let n = 0;
  while (cues.harm.exec(text) && n < 3) n++;
  cues.harm.lastIndex = 0;
  return n;
}

/** Item-level features of one candidate (the group's are added by the scorer). */
export function itemFeatures(ctx: RuleContext, c: ItemCandidate, g: GroupInfo, groupSize: number, cues: Cues): Features {
  const f: Features = new Map();
  const t = c.text;
  const w = wordCount(t);
  const block = ctx.blocks[c.blockIndex]!;
  f.set(`src:${c.source}`, 1);
  f.set(bucket(w, [2, 5, 10, 20, 40], 'words'), 1);
  if (/[.!?]$/.test(t)) f.set('shape:ends-sentence', 1);
  if (/:$/.test(t)) f.set('shape:ends-colon', 1);
  if (/^\p{Ll}/u.test(t)) f.set('shape:starts-lower', 1);
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) f.set('shape:all-caps', 1);
  const ws = t.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x) && x.length > 3);
  if (ws.length >= 2 && ws.filter((x) => /^[A-Z]/.test(x)).length / ws.length >= 0.8) f.set('shape:title-case', 1);
  if (cues.actionStart.test(t)) f.set('shape:action-start', 1);
  if (/^\w+ing\b/i.test(t)) f.set('shape:gerund-start', 1);
  if (/^to\s/i.test(t)) f.set('shape:to-start', 1);
  if (/^(?:we|our|it|this|these|those|they|there|he|she|i|you|the\s+(?:board|partnership|plan|strategy|report))\b/i.test(t)) f.set('shape:pronoun-start', 1);
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b/i.test(t)) f.set('shape:finite-verb', 1);
  if (/\b(?:was|were|had|achieved|delivered|completed|launched|held|attended|received)\b/i.test(t)) f.set('shape:past', 1);
  if (/\d/.test(t)) f.set('shape:digit', 1);
  if (/%|£|\bper\s+cent\b/i.test(t)) f.set('shape:percent-money', 1);
  if (/\b(?:19|20)\d{2}\b/.test(t)) f.set('shape:year', 1);
  if (/https?:|www\.|@\w/.test(t)) f.set('shape:url', 1);
  if (/\?$/.test(t)) f.set('shape:question', 1);
  if (/[,;]/.test(t)) f.set('shape:comma', 1);
  const harm = harmCount(t, cues);
  f.set('item:harm', harm / 3);
  const themes = w <= 40 ? themeCount(t) : 0;
  if (themes > 0) f.set(themes > 1 ? 'item:themes-2+' : 'item:theme-1', 1);
  // narrative: harm words and themes turn up in any sentence about the subject; in a long one they
  // say less than in a short named item
  if (w > 20 && harm > 0) f.set('x:harm&long', 1);
  if (w > 20 && themes > 0) f.set('x:themes&long', 1);
  if (/[.!?]\s+[A-Z]/.test(t)) f.set('shape:multi-sentence', 1);
  // minutes and reports of a meeting: someone said or received something
  if (REPORTING_RE.test(t)) f.set('shape:reporting-verb', 1);
  if (/^(?:the|this|its?|she|he|they|there|that)\b/i.test(t) && /\b(?:is|are|was|were|has|have|had|will|would)\b/i.test(t.split(/\s+/).slice(0, 8).join(' '))) f.set('shape:subject-verb', 1);
  if (cues.data.test(t)) f.set('item:data-word', 1);
  if (cues.priorityIntro.test(t)) f.set('item:priority-cue', 1);
  if (statedCount(t) !== undefined) f.set('item:states-count', 1); // "agreed four priorities": an intro, not an item
  if (cues.otherIntro.test(t)) f.set('item:other-cue', 1);
  if (PRIORITY_N_RE.test(block.text)) f.set('item:priority-n', 1);
  // "Priority 2: …" as the candidate itself (a contents entry or a sentence inside a longer block)
  else if (PRIORITY_N_RE.test(t.replace(/^\d{1,3}\s+/, ''))) f.set('item:priority-n-text', 1);
  if (block.kind === 'list_item') {
    f.set(`marker:${/^num|alpha|roman/.test(markerFamily(block.marker)) ? 'ordered' : 'bullet'}`, 1);
    if ((block.level ?? 1) > 1) f.set('list:nested', 1);
  }
  if (block.kind === 'heading') f.set(bucket(block.level ?? 1, [1, 2], 'heading:level'), 1);
  if (c.position === 0) f.set('pos:first', 1);
  if (c.position === groupSize - 1 && groupSize > 1) f.set('pos:last', 1);
  const n = statedCount(g.lead);
  if (n !== undefined) f.set(c.position < n ? 'pos:within-count' : 'pos:beyond-count', 1);
  for (const r of c.rules) f.set(`rule:${r}`, 1);
  if (c.mention) f.set('mention', 1);
  // a few conjunctions the linear model cannot form itself
  const short = w <= 12;
  if (short && g.features.has('lead:priority-only')) f.set('x:short&lead-priority', 1);
  if (short && g.features.has('sec:priority-only')) f.set('x:short&sec-priority', 1);
  if (g.features.has('lead:other-cue') && !g.features.has('lead:priority-cue')) f.set('x:lead-other-only', 1);
  if (c.source === 'sentence' && cues.priorityIntro.test(t)) f.set('x:sentence-with-cue', 1);
  return f;
}
