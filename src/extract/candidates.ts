/**
 * Candidate priorities: every heading, list item, table cell, short paragraph, sentence, titled
 * prefix, inline-list item and priority clause ("We are committed to X") of a document, each in a
 * group (its list, table column, heading run or paragraph) with the group's lead-in. The learned
 * scorer (score.ts) decides which to keep; nothing here decides. The hand rules (rules/*) add their
 * findings as extra candidates and mark the ones they agree with (features `rule:*`).
 */
import type { Block } from '../schema/index.js';
import { markerFamily, type RuleContext } from './context.js';
import { loadCues } from './cues.js';
import { cells, PRIORITY_COLUMN_RE } from './rules/table-column.js';
import { cleanItem, normaliseText, priorityClause, splitInlineList, splitSentences, wordCount } from './text.js';

/** Longest statement kept (words); longer text is narrative, not a stated priority. */
export const MAX_PRIORITY_WORDS = 80;
/** Most sentence and inline-list candidates read from one document. */
export const MAX_PROSE_CANDIDATES = 4000;
/** Longest block (characters) whose sentences are read for candidates; beyond it the block is not a statement. */
const MAX_SENTENCE_CHARS = 1200;

export type CandidateSource = 'heading' | 'list-item' | 'table-cell' | 'paragraph' | 'sentence' | 'title-prefix' | 'inline-item' | 'inline-bullet' | 'contents-entry' | 'clause' | 'rule';

/** A group of sibling candidates read together: a list, a table column, a run of headings, a paragraph. */
export interface Group {
  id: number;
  kind: 'list' | 'table' | 'headings' | 'paragraphs' | 'sentence';
  /** Blocks in the group, in order. */
  blocks: number[];
  /** The block that introduces it (-1 when none): the paragraph or heading just before it. */
  leadIn: number;
}

export interface ItemCandidate {
  text: string;
  quote: string;
  blockIndex: number;
  source: CandidateSource;
  group: number;
  /** Index within its group (0-based) and the group's size. */
  position: number;
  /** Rules that proposed the same statement. */
  rules: Set<string>;
  /** A passing mention ("X remains a priority") rather than a named item. */
  mention: boolean;
}

/** Cleaned statement ('' when it is not one: no letters, or narrative length). */
export function statementOf(raw: string): string {
  if (raw.length > 40 * MAX_PRIORITY_WORDS) return ''; // far more than MAX_PRIORITY_WORDS words of text
  const t = cleanItem(raw.replace(/\s*(?:\.\s?){3,}\s*\d{0,3}\s*$/, ''));
  if (!/\p{L}{2}/u.test(t) || wordCount(t) > MAX_PRIORITY_WORDS) return '';
  return t;
}

/** "Safer streets: we will …" / "Safer streets – we will …" → "Safer streets". */
export function titlePrefix(text: string): string | null {
  const m = /^([^:.;–—]{3,90}?)\s*(?::|\s[–—-])\s+\S/.exec(text.trim());
  if (!m || wordCount(m[1]!) > 10) return null;
  return m[1]!;
}

/** The part of a sentence after its lead-in (":" or "are"/"include"), split as an inline list. */
export function inlineItems(sentence: string): string[] {
  const s = sentence.length > MAX_SENTENCE_CHARS ? '' : sentence;
  const m = /:\s*(.+)$/.exec(s) ?? /\b(?:are|were|include|includes|including|namely|will be|is)\s*:?\s+(.+)$/i.exec(s);
  if (!m) return [];
  const items = splitInlineList(m[1]!);
  return items.length >= 2 && items.every((it) => wordCount(it) <= 20) ? items : [];
}

const INLINE_BULLET_RE = /\s*[•▪●■◦►➢✓]\s+/;

/** "… are: • A • B • C" run together in one line (layout lost): the pieces between the bullets. */
export function inlineBullets(text: string): { lead: string; items: string[] } | null {
  if (text.length > 50 * MAX_SENTENCE_CHARS) return null;
  const parts = text.split(INLINE_BULLET_RE);
  if (parts.length < 3) return null;
  const items = parts.slice(1).map((x) => x.trim()).filter((x) => x && wordCount(x) <= 40);
  return items.length >= 2 ? { lead: parts[0]!, items } : null;
}

/**
 * A contents page run into one line: "8.1 Strengthen local policing 16 8.2 …" (numbered entries with
 * page numbers) and "TACKLE CRIME 9 PROTECT PEOPLE 12" (capitals with page numbers).
 */
export function contentsEntries(text: string): string[] {
  if (text.length > 50 * MAX_SENTENCE_CHARS || wordCount(text) < 12) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\s)\d{1,2}\.\d{1,2}\s+([A-Z][^\d•]{3,90}?)\s+\d{1,3}(?=\s|$)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\s)((?:[A-Z][A-Z'’&-]+[ ,]+){1,9}[A-Z][A-Z'’-]+)\s+\d{1,3}(?=\s|$)/g)) out.push(m[1]!);
  // numbered labels: "Priority 1 – Safer streets 13 Priority 2 – …"
  for (const m of text.matchAll(/(?:^|\s)(\p{Lu}\p{Ll}+\s+\d{1,2}\s*[:–—-]\s*\p{Lu}[^\d:]{3,90}?)\s+\d{1,3}(?=\s|$)/gu)) out.push(m[1]!);
  // dot leaders: "Priority 1: Keeping people safe ...... 13 Priority 2: …"
  const leaders = text.split(/\s*(?:\.\s?){3,}\s*\d{1,3}\b\s*/);
  if (leaders.length >= 3) for (const e of leaders.slice(0, -1)) if (wordCount(e) <= 15) out.push(e);
  return out.length >= 2 ? out : [];
}

/**
 * "… priorities of: Reduce the harm … Provide early help … Support parents" (a list whose breaks
 * were lost): after a colon, the pieces that start with a capitalised action verb following a
 * lower-case word. At least three pieces, else it is ordinary prose.
 */
export function actionRun(text: string): string[] {
  if (text.length > 50 * MAX_SENTENCE_CHARS) return [];
  const cues = loadCues();
  for (const colon of text.matchAll(/:/g)) {
    const rest = text.slice(colon.index + 1, colon.index + 1 + MAX_SENTENCE_CHARS);
    const starts: number[] = [];
    for (const m of rest.matchAll(/(?:^\s*|(?<![\p{L}-])\p{Ll}[\p{Ll},)]*\s+)([A-Z][a-z]+)\b/gu)) {
      const word = m[1]!;
      if (cues.actionStart.test(word)) starts.push(m.index + m[0].length - word.length);
    }
    if (starts.length < 3 || rest.slice(0, starts[0]).trim() !== '') continue; // the list starts right after the colon
    return starts.map((s, i) => rest.slice(s, starts[i + 1] ?? rest.length).replace(/[.;]\s.*$/, '').trim()).filter((x) => wordCount(x) <= 25);
  }
  return [];
}

/** "1. Reduce X 2. Tackle Y 3. Support Z" in one line: the items of a numbered list that lost its breaks. */
export function numberedRun(text: string): string[] {
  if (text.length > 50 * MAX_SENTENCE_CHARS) return [];
  const marks = [...text.matchAll(/(?:^|\s)(\d{1,2})[.)]\s+(?=\p{Lu})/gu)];
  // the longest run of consecutive numbers starting at 1
  let best: RegExpMatchArray[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i]![1] !== '1') continue;
    const run = [marks[i]!];
    for (let j = i + 1; j < marks.length && run.length < 20; j++) if (Number(marks[j]![1]) === run.length + 1) run.push(marks[j]!);
    if (run.length > best.length) best = run;
  }
  if (best.length < 3) return [];
  return best.map((m, k) => {
    const start = m.index! + m[0].length;
    const end = k + 1 < best.length ? best[k + 1]!.index : Math.min(text.length, start + 300);
    return text.slice(start, end).replace(/(?<=[.!?])\s.*$/, '').trim();
  }).filter((x) => wordCount(x) <= 30);
}

/** All candidates and groups of a document, deduplicated by (block, normalised text). */
export function generateCandidates(ctx: RuleContext): { groups: Group[]; items: ItemCandidate[] } {
  const { blocks } = ctx;
  const groups: Group[] = [];
  const items: ItemCandidate[] = [];
  const seen = new Map<string, ItemCandidate>();
  let prose = 0;
  const add = (raw: string, quote: string, blockIndex: number, source: CandidateSource, group: number, position: number): ItemCandidate | null => {
    // sentences of long prose past the budget are not read: the cost stays bounded on a huge document
    if ((source === 'sentence' || source === 'inline-item') && ++prose > MAX_PROSE_CANDIDATES) return null;
    const text = statementOf(raw);
    if (!text) return null;
    const key = `${blockIndex}\u0000${normaliseText(text)}`;
    const prev = seen.get(key);
    if (prev) return prev;
    const c: ItemCandidate = { text, quote: quote.trim(), blockIndex, source, group, position, rules: new Set(), mention: false };
    seen.set(key, c);
    items.push(c);
    return c;
  };
  const newGroup = (kind: Group['kind'], members: number[], leadIn: number): number => {
    groups.push({ id: groups.length, kind, blocks: members, leadIn });
    return groups.length - 1;
  };

  // headings: siblings (same level under the same parent heading) form one group, introduced by the
  // parent. In a flat layout (every heading one level) a heading straight above a sibling heading
  // ("Our commitments" / "Commitment 1") introduces the siblings after it: a new group from there.
  const introCue = loadCues().priorityIntro;
  const headingGroup = new Map<number, number>();
  const headingPos = new Map<number, number>();
  const byParent = new Map<string, number>();
  const colonRuns = new Map<string, number>();
  const stack: number[] = [];
  blocks.forEach((b, at) => {
    if (b.kind !== 'heading') return;
    const level = b.level ?? 1;
    while (stack.length && (blocks[stack[stack.length - 1]!]!.level ?? 1) >= level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]! : -1;
    const key = `${parent}:${level}`;
    let g = byParent.get(key);
    const before = blocks[at - 1];
    const run = colonRuns.get(key);
    if (before && before.kind !== 'heading' && /[:;]\s*$/.test(before.text)) {
      // lines under a lead-in ending ":" read as headings (layout lost): a list of their own
      g = newGroup('headings', [], at - 1);
      colonRuns.set(key, g);
    } else if (run !== undefined && groups[run]!.blocks.at(-1) === at - 1) {
      g = run;
    } else {
      // the last sibling heading announces priorities ("Our priorities", then text, then one heading
      // per priority): the siblings after it are its items, not the rest of the document's headings
      const last = g === undefined ? -1 : groups[g]!.blocks.at(-1) ?? -1;
      const introduced = last >= 0 && groups[g!]!.leadIn !== last && introCue.test(blocks[last]!.text);
      if (g === undefined || introduced) {
        g = newGroup('headings', [], introduced ? last : parent >= 0 ? parent : at - 1);
        byParent.set(key, g);
      }
    }
    headingPos.set(at, groups[g]!.blocks.length);
    groups[g]!.blocks.push(at);
    headingGroup.set(at, g);
    stack.push(at);
  });

  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    const leadIn = i - 1;
    if (b.kind === 'list_item') {
      // a run of list items at the top level of this list (nested items join it as detail)
      const level = b.level ?? 1;
      const fam = markerFamily(b.marker);
      const members: number[] = [];
      let j = i;
      for (; j < blocks.length && blocks[j]!.kind === 'list_item'; j++) {
        const x = blocks[j]!;
        if ((x.level ?? 1) < level || ((x.level ?? 1) === level && markerFamily(x.marker) !== fam && members.length > 0)) break;
        if ((x.level ?? 1) === level) members.push(j);
      }
      const g = newGroup('list', members, leadIn);
      members.forEach((m, k) => addItemBlock(m, g, k, 'list-item'));
      // nested items: siblings under the same parent item (same level) form a group introduced by it
      const nested = new Map<string, number>();
      for (let n = i; n < j; n++) {
        if (members.includes(n)) continue;
        const lv = blocks[n]!.level ?? 1;
        let parent = n - 1;
        while (parent > i && (blocks[parent]!.level ?? 1) >= lv) parent--;
        const key = `${parent}:${lv}`;
        let ng = nested.get(key);
        if (ng === undefined) {
          ng = newGroup('list', [], parent);
          nested.set(key, ng);
        }
        groups[ng]!.blocks.push(n);
        addItemBlock(n, ng, groups[ng]!.blocks.length - 1, 'list-item');
      }
      i = j;
      continue;
    }
    if (b.kind === 'table_row') {
      let j = i;
      while (j < blocks.length && blocks[j]!.kind === 'table_row') j++;
      const rows = blocks.slice(i, j).map((r) => cells(r.text));
      const width = Math.max(...rows.map((r) => r.length));
      for (let c = 0; c < width; c++) {
        const members = rows.map((_, r) => i + r);
        const g = newGroup('table', members, leadIn);
        rows.forEach((r, k) => {
          const cell = r[c] ?? '';
          // a header cell that only names the column ("Priority", "Our aims") labels the cells below it
          const columnLabel = k === 0 && rows.length > 1 && PRIORITY_COLUMN_RE.test(cell);
          if (cell && !columnLabel) add(cell, blocks[i + k]!.text, i + k, 'table-cell', g, k);
          const t = cell && titlePrefix(cell);
          if (t) add(t, blocks[i + k]!.text, i + k, 'title-prefix', g, k);
        });
      }
      i = j;
      continue;
    }
    if (b.kind === 'heading') {
      addHeading(i, headingGroup.get(i)!, headingPos.get(i)!);
      i++;
      continue;
    }
    // paragraphs: a run of consecutive paragraphs is one group
    // (a paragraph ending with ":" closes its run: it introduces the next one)
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === 'paragraph') {
      j++;
      if (/:\s*$/.test(blocks[j - 1]!.text)) break;
    }
    const members = Array.from({ length: j - i }, (_, k) => i + k);
    const g = newGroup('paragraphs', members, leadIn);
    members.forEach((m, k) => addParagraph(m, g, k));
    i = j;
  }
  return { groups, items };

  function addHeading(at: number, g: number, k: number): void {
    const t = blocks[at]!.text;
    add(t, t, at, 'heading', g, k);
    const p = titlePrefix(t);
    if (p) add(p, t, at, 'title-prefix', g, k);
  }

  function addItemBlock(at: number, g: number, k: number, source: CandidateSource): void {
    const t = blocks[at]!.text;
    add(t, t, at, source, g, k);
    const p = titlePrefix(t);
    if (p) add(p, t, at, 'title-prefix', g, k);
    const sentences = t.length > MAX_SENTENCE_CHARS ? [] : splitSentences(t);
    if (sentences.length > 1) add(sentences[0]!, t, at, 'sentence', g, k);
    runTogether(at);
  }

  /** Lists and contents pages that lost their line breaks. */
  function runTogether(at: number): void {
    const t = blocks[at]!.text;
    const bullets = inlineBullets(t);
    if (bullets) {
      const sg = newGroup('sentence', [at], at);
      bullets.items.forEach((it, q) => add(it, t, at, 'inline-bullet', sg, q));
    }
    const numbered = numberedRun(t);
    if (numbered.length) {
      const sg = newGroup('sentence', [at], at);
      numbered.forEach((it, q) => add(it, t, at, 'inline-bullet', sg, q));
    }
    const actions = actionRun(t);
    if (actions.length) {
      const sg = newGroup('sentence', [at], at);
      actions.forEach((it, q) => add(it, t, at, 'inline-bullet', sg, q));
    }
    const entries = contentsEntries(t);
    if (entries.length) {
      const sg = newGroup('sentence', [at], at);
      entries.forEach((it, q) => add(it, t, at, 'contents-entry', sg, q));
    }
  }

  function addParagraph(at: number, g: number, k: number): void {
    const t = blocks[at]!.text;
    add(t, t, at, 'paragraph', g, k);
    const p = titlePrefix(t);
    if (p) add(p, t, at, 'title-prefix', g, k);
    if (t.length > 50 * MAX_SENTENCE_CHARS) return; // a wall of text: no statement inside is read
    runTogether(at);
    if (prose > MAX_PROSE_CANDIDATES) return;
    const sentences = splitSentences(t);
    for (const s of sentences) {
      const c = s.length <= MAX_SENTENCE_CHARS ? priorityClause(s) : null;
      if (c) add(c, s, at, 'clause', g, k);
    }
    if (sentences.length <= 1 && inlineItems(t).length === 0) return;
    sentences.forEach((s, n) => {
      if (s.length > MAX_SENTENCE_CHARS) return;
      if (sentences.length > 1) add(s, s, at, 'sentence', g, k);
      const its = inlineItems(s);
      if (its.length === 0) return;
      const sg = newGroup('sentence', [at], at);
      its.forEach((it, q) => add(it, s, at, 'inline-item', sg, q));
      void n;
    });
  }
}

/** Blocks of the document as the candidates see them (for the features). */
export type Blocks = readonly Block[];
