/**
 * Scoring: candidates of a document with their two-level features and probabilities, and the
 * selection of the kept ones (threshold, then one statement per normalised text and no statement
 * kept inside a stronger one of the same block).
 */
import type { Block, Document } from '../schema/index.js';
import { generateCandidates, statementOf, type Group, type ItemCandidate } from './candidates.js';
import { buildContext, type RuleContext } from './context.js';
import { loadCues } from './cues.js';
import { groupFeatures, itemFeatures, type Features } from './features.js';
import { contributions, logit, sigmoid, type LinearModel } from './learner.js';
import { FALLBACK_RULES, RULES } from './rules/index.js';
import { documentChars, lengthShifts, type Shift } from './calibrate.js';
import type { ExtractionModel } from './model.js';
import { normaliseText } from './text.js';

export interface ScoredCandidate {
  candidate: ItemCandidate;
  groupFeatures: Features;
  /** Item features, the group's included, before `group:score`. */
  features: Features;
}

/** Longest block read in one piece (characters); longer ones are read in pieces cut at sentence ends. */
export const MAX_BLOCK_CHARS = 20_000;

/**
 * The blocks as extraction reads them: a very long block (a 4 MB paragraph, pages glued together)
 * becomes pieces of at most MAX_BLOCK_CHARS, so no rule's cost grows with the length of one block.
 */
export function readingBlocks(blocks: readonly Block[]): Block[] {
  if (blocks.every((b) => b.text.length <= MAX_BLOCK_CHARS)) return blocks as Block[];
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.text.length <= MAX_BLOCK_CHARS) {
      out.push(b);
      continue;
    }
    let at = 0;
    while (at < b.text.length) {
      let end = Math.min(b.text.length, at + MAX_BLOCK_CHARS);
      if (end < b.text.length) {
        const window = b.text.slice(at + MAX_BLOCK_CHARS / 2, end);
        const stop = window.lastIndexOf('. ');
        const space = window.lastIndexOf(' ');
        if (stop >= 0) end = at + MAX_BLOCK_CHARS / 2 + stop + 1;
        else if (space >= 0) end = at + MAX_BLOCK_CHARS / 2 + space;
      }
      const text = b.text.slice(at, end).trim();
      if (text) out.push({ ...b, kind: b.kind === 'heading' ? 'paragraph' : b.kind, text });
      at = end;
    }
  }
  return out;
}

/** Candidates with their features (no model needed: training uses this too). */
export function featurise(doc: Document): { ctx: RuleContext; scored: ScoredCandidate[] } {
  const ctx = buildContext({ ...doc, blocks: readingBlocks(doc.blocks) });
  const cues = loadCues();
  const generated = generateCandidates(ctx);
  const { groups } = generated;
  markRules(ctx, groups, generated.items);
  const items = withinBudget(generated.items);
  const byGroup = new Map<number, ItemCandidate[]>();
  for (const c of items) {
    const arr = byGroup.get(c.group) ?? [];
    arr.push(c);
    byGroup.set(c.group, arr);
  }
  const scored: ScoredCandidate[] = [];
  for (const [gid, members] of byGroup) {
    const g = groups[gid]!;
    const info = groupFeatures(ctx, g, members, cues);
    const size = Math.max(1, ...members.map((m) => m.position + 1));
    for (const c of members) {
      const f = itemFeatures(ctx, c, info, size, cues);
      for (const [k, v] of info.features) f.set(k, v);
      scored.push({ candidate: c, groupFeatures: info.features, features: f });
    }
  }
  const order = new Map(items.map((c, i) => [c, i]));
  scored.sort((a, b) => a.candidate.blockIndex - b.candidate.blockIndex || order.get(a.candidate)! - order.get(b.candidate)!);
  return { ctx, scored };
}

/** Most candidates scored per document: beyond it, sentences of long prose are not read (bounded time). */
export const MAX_CANDIDATES = 4000;

/** Structural candidates (headings, items, cells, short paragraphs) first, then sentences in reading order. */
function withinBudget(items: ItemCandidate[]): ItemCandidate[] {
  if (items.length <= MAX_CANDIDATES) return items;
  const prose = (c: ItemCandidate) => c.source === 'sentence' || c.source === 'inline-item' || (c.source === 'rule' && c.mention);
  const structural = items.filter((c) => !prose(c)).slice(0, MAX_CANDIDATES);
  const rest = items.filter(prose).slice(0, MAX_CANDIDATES - structural.length);
  const keep = new Set([...structural, ...rest]);
  return items.filter((c) => keep.has(c));
}

/** Paragraph text the hand rules read per document; later paragraphs are blanked (indices kept). */
const RULES_PROSE_CHARS = 400_000;

function rulesView(ctx: RuleContext): RuleContext {
  let chars = 0;
  let cut = false;
  const blocks = ctx.blocks.map((b) => {
    if (b.kind !== 'paragraph') return b;
    chars += b.text.length;
    if (chars <= RULES_PROSE_CHARS) return b;
    cut = true;
    return { ...b, text: '' };
  });
  return cut ? { ...ctx, blocks } : ctx;
}

/** What the hand rules find becomes a feature of the same candidate (or a candidate of its own). */
function markRules(ctx: RuleContext, groups: Group[], items: ItemCandidate[]): void {
  const index = new Map<string, ItemCandidate>();
  for (const c of items) index.set(`${c.blockIndex}\u0000${normaliseText(c.text)}`, c);
  const view = rulesView(ctx);
  let found = RULES.flatMap((r) => r.run(view));
  if (found.length === 0) found = FALLBACK_RULES.flatMap((r) => r.run(view));
  for (const r of found) {
    const text = statementOf(r.text);
    if (!text) continue;
    const key = `${r.blockIndex}\u0000${normaliseText(text)}`;
    let c = index.get(key);
    if (!c) {
      groups.push({ id: groups.length, kind: 'sentence', blocks: [r.blockIndex], leadIn: r.blockIndex - 1 });
      c = { text, quote: r.quote, blockIndex: r.blockIndex, source: 'rule', group: groups.length - 1, position: 0, rules: new Set(), mention: false };
      items.push(c);
      index.set(key, c);
    }
    c.rules.add(r.rule);
    if (r.strength === 'mention' && c.rules.size === 1) c.mention = true;
    else if (r.strength === 'named') c.mention = false;
  }
}

/**
 * The full item feature vectors of one document's candidates: the group model's probability is one
 * of their features, and so is how that group ranks among the document's groups (the second level
 * sees the whole document: the best-supported list on the page, not just any list).
 */
export function itemVectors(scored: ScoredCandidate[], group: LinearModel): Features[] {
  const gp = new Map<number, number>();
  for (const s of scored) if (!gp.has(s.candidate.group)) gp.set(s.candidate.group, sigmoid(logit(group, s.groupFeatures)));
  const ranked = [...new Set(gp.values())].sort((a, b) => b - a);
  const rankOf = new Map(ranked.map((p, i) => [p, i]));
  const best = ranked[0] ?? 0;
  return scored.map((s) => {
    const f = new Map(s.features);
    const p = gp.get(s.candidate.group)!;
    f.set('group:score', p);
    f.set('group:share-of-best', best > 0 ? p / best : 0);
    const rank = rankOf.get(p)!;
    f.set(rank === 0 ? 'group:rank-1' : rank === 1 ? 'group:rank-2' : rank <= 4 ? 'group:rank-3-5' : 'group:rank-6+', 1);
    const cls = sourceClass(s.candidate.source);
    for (const [k, v] of [...f]) if (!k.startsWith('src:')) f.set(`${cls}&${k}`, v);
    return f;
  });
}

/** Coarse kind of candidate, for the conjunctions the linear model cannot form itself. */
export function sourceClass(source: string): string {
  if (source === 'heading' || source === 'contents-entry') return 'cls:heading';
  if (source === 'list-item' || source === 'inline-bullet' || source === 'inline-item') return 'cls:item';
  if (source === 'table-cell') return 'cls:cell';
  return 'cls:prose';
}

/** What scoring needs of a model (training scores with its model before the threshold exists). */
export type ScoringModel = {
  group: LinearModel;
  item: LinearModel;
  trainedOn: { referenceChars: number };
  /** Models averaged in, with their weights (model.ts `blend`). */
  blend?: Array<{ weight: number; group: LinearModel; item: LinearModel; referenceChars: number }> | undefined;
};

export interface Scored {
  candidate: ItemCandidate;
  x: Features;
  /** Probability after the document-level calibration (calibrate.ts). */
  p: number;
  /** The document-level calibration's shift and reason (calibrate.ts). */
  shift: Shift;
}

/** Every candidate of one document with its calibrated probability (extraction, training and error study share it). */
export function documentScores(ctx: RuleContext, scored: ScoredCandidate[], model: ScoringModel): Scored[] {
  const chars = documentChars(ctx.blocks);
  const probabilities = (m: { group: LinearModel; item: LinearModel; referenceChars: number }) => {
    const vectors = itemVectors(scored, m.group);
    const shifts = lengthShifts(scored, vectors, chars, m.referenceChars);
    return { vectors, shifts, p: vectors.map((x, i) => sigmoid(logit(m.item, x) - shifts[i]!.value)) };
  };
  const own = probabilities({ group: model.group, item: model.item, referenceChars: model.trainedOn.referenceChars });
  // a blend averages the probabilities; the features and shift shown are this model's own
  const others = (model.blend ?? []).map((b) => ({ weight: b.weight, p: probabilities(b).p }));
  const ownWeight = 1 - others.reduce((s, o) => s + o.weight, 0);
  return scored.map((s, i) => ({
    candidate: s.candidate,
    x: own.vectors[i]!,
    p: ownWeight * own.p[i]! + others.reduce((sum, o) => sum + o.weight * o.p[i]!, 0),
    shift: own.shifts[i]!,
  }));
}

export interface Pick {
  candidate: ItemCandidate;
  p: number;
  reasons: string[];
}

/**
 * Kept candidates, with counted lists completed: when the lead-in states a count equal to the
 * list's size ("the following five themes:") and at least half its items are kept, the rest of
 * its items are kept too (a stated list is not cut because one item scores low).
 */
function completeCounted<T extends { candidate: ItemCandidate; p: number; x: Features }>(scored: T[], threshold: number): T[] {
  const byGroup = new Map<number, T[]>();
  for (const s of scored) {
    if (!s.x.get('lead:count-equals-size') || s.candidate.source === 'sentence' || s.candidate.source === 'title-prefix') continue;
    // a count stated for some other list (another body's threats, members) completes nothing
    if (s.x.get('lead:last-cue-other') || s.x.get('x:lead-other-only')) continue;
    const arr = byGroup.get(s.candidate.group) ?? [];
    arr.push(s);
    byGroup.set(s.candidate.group, arr);
  }
  const fill = new Set<T>();
  for (const members of byGroup.values()) {
    if (members.filter((m) => m.p >= threshold).length * 2 >= members.length) for (const m of members) fill.add(m);
  }
  return scored.filter((s) => s.p >= threshold || fill.has(s));
}

/** Candidates at or above the threshold, deduplicated; reading order. */
export function select(scored: Array<{ candidate: ItemCandidate; p: number; x: Features; shift?: Shift }>, threshold: number, item: LinearModel): Pick[] {
  const kept = completeCounted(scored, threshold).sort((a, b) => b.p - a.p);
  const byText = new Map<string, (typeof kept)[number] & { key: string }>();
  const chosen: Array<(typeof kept)[number] & { key: string }> = [];
  const inBlock = new Map<number, string[]>();
  for (const s of kept) {
    const key = normaliseText(s.candidate.text);
    if (!key) continue;
    const prev = byText.get(key);
    if (prev) {
      // the same statement twice: cite its first place in the document, keep the stronger score
      if (s.candidate.blockIndex < prev.candidate.blockIndex) prev.candidate = s.candidate;
      continue;
    }
    // inside (or around) a stronger statement of the same block: the same priority twice
    const same = inBlock.get(s.candidate.blockIndex) ?? [];
    if (same.some((o) => ` ${o} `.includes(` ${key} `) || ` ${key} `.includes(` ${o} `))) continue;
    same.push(key);
    inBlock.set(s.candidate.blockIndex, same);
    const entry = { ...s, key };
    byText.set(key, entry);
    chosen.push(entry);
  }
  return chosen
    .sort((a, b) => a.candidate.blockIndex - b.candidate.blockIndex)
    .map((s) => ({
      candidate: s.candidate,
      p: s.p,
      reasons: [
        ...contributions(item, s.x)
          .filter((c) => c.value > 0)
          .slice(0, 5)
          .map((c) => `${c.feature} ${c.value >= 0 ? '+' : ''}${c.value.toFixed(2)}`),
        ...(s.shift?.reason ? [s.shift.reason] : []),
      ],
    }));
}
