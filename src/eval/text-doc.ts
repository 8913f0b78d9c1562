import { createHash } from 'node:crypto';
import type { Block, Document, SourceEntry } from '../schema/index.js';

/**
 * Plain text → Document blocks. Generic so ingest (text/markdown) can reuse or replace it.
 *
 * - pages: form feeds (\f) start a new page;
 * - paragraphs: separated by blank lines; wrapped lines are joined, but a line that ends a
 *   sentence (or a short unpunctuated line) followed by a capitalised line starts a new block;
 * - list items: lines starting with •, -, *, ·, ▪, –, ○, ◦, "1.", "1)", "(a)", "a)", "(iv)";
 *   unmarked lines directly under an item (no blank line) continue it;
 * - headings: markdown `#`, ALL CAPS lines, and short lines without final punctuation that are
 *   followed by content (a longer or punctuated paragraph, or a list). Levels: markdown level,
 *   ALL CAPS and questions 1, other short lines 2.
 */
export interface TextDocMeta {
  source: SourceEntry;
  sourceId?: string;
  title?: string;
  format?: Document['format'];
}

const BULLET_RE = /^(\s*)([•\-*·▪–—○◦●■□➢►✓✔➤◆❖→\uf0b7\uf0a7\uf076\uf0d8](?=\s)|(?<=^\s+)o(?=\s)|\d{1,2}[.)](?=\s)|\(\d{1,2}\)(?=\s)|\([a-z]\)(?=\s)|[a-z]\)(?=\s)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)(?=\s))\s*(.*)$/;
const MD_HEADING_RE = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/;

interface RawLine {
  text: string;
  page: number;
}

type Proto =
  | { kind: 'list'; marker: string; indent: number; lines: string[]; page: number }
  | { kind: 'para'; lines: string[]; page: number; blankBefore: boolean }
  | { kind: 'md'; level: number; text: string; page: number }
  | { kind: 'row'; text: string; page: number };

/** "| a | b |" table lines (markdown or text layout); "|---|" separators are dropped. */
const TABLE_ROW_RE = /^\s*\|(.+)\|\s*$/;
const TABLE_SEP_RE = /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  return letters === letters.toUpperCase() && wordCount(s) <= 12;
}

/** A short line that could be a heading on its own (before looking at what follows). */
function headingLike(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 90 || wordCount(t) > 12) return false;
  if (!/^[A-Z0-9"'‘“(]/.test(t)) return false;
  if (/[.,;:!]$/.test(t)) return false;
  return true;
}

function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    if (!out) out = t;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(t)) out = out.slice(0, -1) + t; // hyphenated wrap
    else out += ' ' + t;
  }
  // markdown emphasis is layout, not text
  return out.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2').replace(/[ \t\u00a0]+/g, ' ').trim();
}

function splitPages(text: string): RawLine[] {
  const out: RawLine[] = [];
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  pages.forEach((p, i) => {
    for (const line of p.split('\n')) out.push({ text: line.replace(/\u00a0/g, ' ').replace(/\s+$/, ''), page: i + 1 });
  });
  return out;
}

function toProtos(lines: RawLine[]): Proto[] {
  const protos: Proto[] = [];
  let cur: Proto | null = null;
  let blank = true;
  const flush = () => {
    if (cur) protos.push(cur);
    cur = null;
  };
  for (const { text, page } of lines) {
    if (!text.trim()) {
      flush();
      blank = true;
      continue;
    }
    const row = TABLE_ROW_RE.exec(text);
    if (row || TABLE_SEP_RE.test(text)) {
      flush();
      if (row && !TABLE_SEP_RE.test(text)) {
        const cells = row[1]!.split('|').map((c) => c.trim());
        protos.push({ kind: 'row', text: cells.join(' | '), page });
      }
      blank = false;
      continue;
    }
    const md = MD_HEADING_RE.exec(text);
    if (md) {
      flush();
      protos.push({ kind: 'md', level: md[1]!.length, text: md[2]!.trim(), page });
      blank = false;
      continue;
    }
    const m = BULLET_RE.exec(text);
    // "2. PURPOSE OF THE PLAN": a numbered ALL CAPS line is a heading, not an item.
    if (m && m[3] && !(isAllCaps(m[3]) && /^\d/.test(m[2]!))) {
      flush();
      cur = { kind: 'list', marker: m[2]!, indent: m[1]!.length, lines: [m[3]], page };
      blank = false;
      continue;
    }
    if (m && !m[3]) {
      // a lone marker line: the item text follows on the next line
      flush();
      cur = { kind: 'list', marker: m[2]!, indent: m[1]!.length, lines: [], page };
      blank = false;
      continue;
    }
    const c: Proto | null = cur;
    if (c && c.kind === 'list') {
      const prev = (c.lines[c.lines.length - 1] ?? '').trim();
      // an unmarked capitalised line after a finished item starts a paragraph, not a wrap
      const t = text.trim();
      // an unmarked capitalised line after a finished item, or after a short item line that is
      // not wrapped (next line longer), starts a paragraph
      if (prev && /^[A-Z"'‘“(£]/.test(t) && (/[.!?"”]$/.test(prev) || c.lines.length === 1 && (prev.length < 50 || prev.length < 0.75 * t.length))) {
        flush();
        cur = { kind: 'para', lines: [text], page, blankBefore: false };
      } else c.lines.push(text);
      blank = false;
      continue;
    }
    if (c && c.kind === 'para') {
      const prev = c.lines[c.lines.length - 1]!.trim();
      const t = text.trim();
      const startsUpper = /^[A-Z0-9"'‘“(£]/.test(t);
      const prevEnds = /[.!?:"”’]$/.test(prev);
      const prevShort = headingLike(prev) && prev.length < 60;
      if (startsUpper && (prevEnds || prevShort)) {
        flush();
        cur = { kind: 'para', lines: [text], page, blankBefore: false };
      } else c.lines.push(text);
      blank = false;
      continue;
    }
    flush();
    cur = { kind: 'para', lines: [text], page, blankBefore: blank };
    blank = false;
  }
  flush();
  return protos;
}

/** Convert plain text into ordered blocks. */
export function textToBlocks(text: string): Block[] {
  const protos = toProtos(splitPages(text));
  const texts = protos.map((p) => (p.kind === 'md' || p.kind === 'row' ? p.text : joinLines(p.lines)));
  const blocks: Block[] = [];
  for (let i = 0; i < protos.length; i++) {
    const p = protos[i]!;
    const t = texts[i]!;
    if (!t) continue;
    if (p.kind === 'md') {
      blocks.push({ kind: 'heading', text: t, page: p.page, level: p.level });
      continue;
    }
    if (p.kind === 'row') {
      blocks.push({ kind: 'table_row', text: t, page: p.page });
      continue;
    }
    if (p.kind === 'list') {
      blocks.push({ kind: 'list_item', text: t, page: p.page, level: 1 + Math.floor(p.indent / 4), marker: p.marker });
      continue;
    }
    const singleLine = p.lines.length === 1;
    const last = blocks[blocks.length - 1];
    // the previous block is a short unpunctuated line: this one continues a run (an unmarked list)
    const prev2 = blocks[blocks.length - 2];
    const shortPara = (b: Block | undefined) => !!b && b.kind === 'paragraph' && headingLike(b.text);
    // in a run of short lines: two before it, or one right after an intro ending with ":"
    const inRun = shortPara(last) && i > 0 && protos[i - 1]!.kind === 'para' &&
      (shortPara(prev2) || (!!prev2 && /:$/.test(prev2.text.trim())));
    const isShort = (k: number) => {
      const q = protos[k];
      return !!q && q.kind === 'para' && q.lines.length === 1 && headingLike(texts[k] ?? '');
    };
    if (singleLine && isAllCaps(t) && !/[.;,]$/.test(t)) {
      blocks.push({ kind: 'heading', text: t, page: p.page, level: 1 });
      continue;
    }
    const question = /\?$/.test(t) && wordCount(t) <= 12 && /^[A-Z]/.test(t);
    // "Areas of focus" above a run of short lines: a heading over an unmarked list
    if (singleLine && !inRun && !(last && /:$/.test(last.text)) && headingLike(t) && wordCount(t) <= 6 && isShort(i + 1) && isShort(i + 2) &&
      wordCount(texts[i + 1]!) > wordCount(t)) {
      blocks.push({ kind: 'heading', text: t, page: p.page, level: 2 });
      continue;
    }
    if (singleLine && (question || (headingLike(t) && !inRun))) {
      // Followed by content? (a list, or a paragraph that is long or punctuated)
      const nextP = protos[i + 1];
      const next = texts[i + 1];
      let content = false;
      if (nextP && next) {
        if (nextP.kind === 'list' || nextP.kind === 'row') content = true;
        else if (nextP.kind === 'md') content = false;
        else content = wordCount(next) > Math.max(8, 2 * wordCount(t)) || /[.!?:;]$/.test(next) || nextP.lines.length > 1;
        // a run of short unpunctuated lines is a list written without markers, not headings
        if (nextP.kind === 'para' && headingLike(next) && nextP.lines.length === 1 && wordCount(next) <= Math.max(8, 2 * wordCount(t))) content = false;
      }
      if (content) {
        blocks.push({ kind: 'heading', text: t, page: p.page, level: /\?$/.test(t) ? 1 : 2 });
        continue;
      }
    }
    blocks.push({ kind: 'paragraph', text: t, page: p.page });
  }
  return blocks;
}

/** Plain text → Document (format 'text' unless given). */
export function textToDocument(text: string, meta: TextDocMeta): Document {
  const blocks = textToBlocks(text);
  const pages = Math.max(1, ...blocks.map((b) => b.page));
  const buf = Buffer.from(text, 'utf8');
  return {
    sourceId: meta.sourceId ?? meta.source.id,
    source: meta.source,
    format: meta.format ?? 'text',
    ...(meta.title ?? meta.source.title ? { title: meta.title ?? meta.source.title } : {}),
    pages,
    blocks,
    contentHash: createHash('sha256').update(buf).digest('hex'),
    bytes: buf.length,
  };
}
