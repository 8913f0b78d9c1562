/**
 * The note as neutral blocks: the Markdown, HTML and Word writers render only this, so the three
 * formats say the same things in the same order. Evidence refs are numbers ([12] → Annex C row 12).
 */
import type { Cover } from '../brief/index.js';

export type Inline = { t: 'text'; text: string; bold?: boolean; italic?: boolean } | { t: 'refs'; refs: number[] };
export type Cell = Inline[];

/** Table rows: an array, or rows made as they are rendered (Annex C can run to thousands). */
export interface Rows extends Iterable<Cell[]> {
  readonly length: number;
}

export type Block =
  | { type: 'paragraph'; content: Inline[]; /** "3.2": set by numberParagraphs. */ num?: string }
  | { type: 'list'; ordered?: boolean; items: Inline[][] }
  | {
      type: 'table';
      caption: string;
      header: string[];
      rows: Rows;
      /** Relative column widths (Word and HTML); equal when absent. */
      widths?: number[];
      /** Evidence table: the first cell of each row is its ref number, an anchor. */
      anchors?: boolean;
    }
  | { type: 'figure'; id: string; number: number; caption: string; svg: string; alt: string; width: number; height: number }
  /** The PCC's decision box: one row per label, an empty cell beside each to write in. */
  | { type: 'box'; title: string; rows: string[] };

export interface NoteSection {
  id: string;
  /** "1", "Annex A". */
  number: string;
  title: string;
  blocks: Block[];
}

export interface Note {
  cover: Cover;
  /** Page 1: summary and recommendation (numbered 1 and 2). */
  front: NoteSection[];
  body: NoteSection[];
  annexes: NoteSection[];
}

export type FigureBlock = Extract<Block, { type: 'figure' }>;
export type TableBlock = Extract<Block, { type: 'table' }>;

export const txt = (text: string, o: { bold?: boolean; italic?: boolean } = {}): Inline => ({ t: 'text', text, ...o });
export const refs = (r: number[]): Inline[] => (r.length ? [{ t: 'refs', refs: r }] : []);
export const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const cell = (s: string | number | null | undefined): Cell => [txt(s === null || s === undefined ? '' : String(s))];
export const list = (items: Inline[][], ordered = false): Block => ({ type: 'list', items, ...(ordered ? { ordered } : {}) });
export function table(caption: string, header: string[], rows: Rows, widths?: number[]): Block {
  return { type: 'table', caption, header, rows, ...(widths ? { widths } : {}) };
}

/** Evidence refs grouped into ranges: 1, 2, 3, 7 → [1–3, 7]. */
export function refGroups(rs: number[]): Array<{ from: number; to?: number }> {
  const nums = [...new Set(rs)].sort((a, b) => a - b);
  const out: Array<{ from: number; to?: number }> = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    if (j - i >= 2) {
      out.push({ from: nums[i]!, to: nums[j]! });
      i = j + 1;
    } else {
      out.push({ from: nums[i]! });
      i++;
    }
  }
  return out;
}

export function refsText(rs: number[]): string {
  return `[${refGroups(rs).map((g) => (g.to ? `${g.from}–${g.to}` : String(g.from))).join(', ')}]`;
}

/** The anchor id of evidence row n (HTML id, Word bookmark). */
export const refAnchor = (n: number): string => `E${n}`;

export function inlineText(c: Inline[]): string {
  return c.map((i) => (i.t === 'text' ? i.text : refsText(i.refs))).join('');
}

export function headingText(s: NoteSection): string {
  return s.number.startsWith('Annex') ? `${s.number}: ${s.title}` : `${s.number} ${s.title}`;
}

/** Numbers the paragraphs of numbered sections "N.1", "N.2", … (as the 2015 note numbers its parts). */
export function numberParagraphs(sections: NoteSection[]): void {
  for (const s of sections) {
    if (!/^\d+$/.test(s.number)) continue;
    let n = 0;
    for (const b of s.blocks) if (b.type === 'paragraph') b.num = `${s.number}.${++n}`;
  }
}

export function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg);
  const h = /<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(w?.[1] ?? 720), height: Number(h?.[1] ?? 400) };
}
