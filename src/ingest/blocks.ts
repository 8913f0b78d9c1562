import type { Block } from '../schema/index.js';

/**
 * Line-based layout heuristics shared by PDF page text and plain text: which lines are headings or
 * list items, and which lines are a wrapped continuation of the block above.
 */

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const BULLET = /^([•●▪■◦‣∙·○◆►➢✓*\-–—])\s+(\S.*)$/u;
// "1." "1)" "(1)" "a)" "(a)" "iv)" — lowercase letters only, so "A. Smith" or "I. Scope" stay text.
const ORDINAL = /^(\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+(\S.*)$/;
// "1.2 Scope", "1.2. Scope", "3 Our Priorities" (a bare "1." is a list item, not a section).
const SECTION = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2})\s+(\p{Lu}.*)$/u;
const TERMINAL = /[.!?]["'”’)]*$/;
// Markdown table rows "| a | b |"; the "|---|:--|" line under the header carries no text.
const TABLE_ROW = /^\|(.*)\|$/;
const TABLE_RULE = /^\|[\s:|-]+\|$/;
// Page furniture: "Page 998.", "Page 3 of 40", "- 12 -": never an item, never part of one.
const PAGE_LABEL = /^(?:page\s+\d{1,5}(?:\s*(?:of|\/)\s*\d{1,5})?\.?|[-–—]\s*\d{1,5}\s*[-–—])$/i;

export interface PageLines {
  page: number;
  lines: string[];
}

/** Collapse whitespace and drop markdown emphasis markers, which carry no meaning for us. */
export function cleanInline(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Turn page lines into blocks. A blank line always ends the current block (text sources). */
export function linesToBlocks(pages: PageLines[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = (): void => {
    if (open && open.text) blocks.push(open);
    open = null;
  };

  // `prev` carries over page breaks: a paragraph cut by a page break continues on the next page
  // (keeping the page it started on) when the last line before the break was full width.
  let prev = '';
  for (const { page, lines } of pages) {
    const width = typicalWidth(lines);
    // a list item does not run on into the next page unless the page opens mid-sentence
    if (open?.kind === 'list_item' && !/^\s*\p{Ll}/u.test(lines.find((l) => l.trim()) ?? '')) close();
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      const line = cleanInline(raw);
      const next = cleanInline(lines[i + 1] ?? '');
      if (!line) {
        close();
        prev = '';
        continue;
      }
      if (PAGE_LABEL.test(line)) {
        close();
        prev = '';
        continue;
      }
      const item = listItem(raw, line);
      const md = MD_HEADING.exec(line);
      const row = TABLE_ROW.exec(line);
      if (row) {
        close();
        const cells = (row[1] ?? '').split('|').map((c) => c.trim()).filter((c) => c.length > 0);
        if (!TABLE_RULE.test(line) && cells.length > 0) blocks.push({ kind: 'table_row', text: cells.join(' | '), page });
      } else if (md) {
        close();
        blocks.push({ kind: 'heading', text: cleanInline(md[2] ?? ''), page, level: md[1]?.length ?? 1 });
      } else if (item) {
        close();
        open = { kind: 'list_item', page, ...item, level: item.level || nestedLevel(item.marker, blocks.at(-1)) };
      } else if (open && continues(open, prev, line, width)) {
        open.text = joinWrapped(open.text, line);
      } else {
        close();
        const level = headingLevel(line, next, width);
        if (level) blocks.push({ kind: 'heading', text: line, page, level });
        else open = { kind: 'paragraph', text: line, page };
      }
      prev = line;
    }
  }
  close();
  return blocks;
}

/** A bullet or numbered line; level 0 means "no indentation to go by". */
function listItem(raw: string, line: string): { text: string; marker: string; level: number } | null {
  const m = BULLET.exec(line) ?? ORDINAL.exec(line);
  if (!m || !m[1] || !m[2]) return null;
  // Indentation (plain text) gives nesting: two spaces or a tab per level.
  const indent = /^[ \t]*/.exec(raw.replace(/\t/g, '  '))?.[0].length ?? 0;
  return { text: m[2], marker: m[1], level: indent >= 2 ? 1 + Math.floor(indent / 2) : 0 };
}

/** Without indentation (PDF), "a)" straight after "1." is a sub-item; anything else is top level. */
function nestedLevel(marker: string, last: Block | undefined): number {
  if (!/^\(?[a-z]{1,5}[.)]$/.test(marker) || last?.kind !== 'list_item') return 1;
  const lastLevel = last.level ?? 1;
  return /^\(?\d/.test(last.marker ?? '') ? lastLevel + 1 : lastLevel;
}

/** Whether `line` carries on the open block (a line wrapped by layout, not a new block). */
function continues(open: Block, prev: string, line: string, width: number): boolean {
  if (/^\p{Ll}/u.test(line)) return true;
  if (TERMINAL.test(open.text)) return false;
  if (isAllCaps(line) !== isAllCaps(prev)) return false;
  if (SECTION.test(line)) return false;
  // A short previous line was ended by its author, not by the page width.
  return prev.length >= 0.6 * width;
}

/** Heading level for a line that starts a block, or 0 when it reads as body text. */
function headingLevel(line: string, next: string, width: number): number {
  if (line.length > 120 || /[.,;:]$/.test(line) || !/^[\p{Lu}\d]/u.test(line)) return 0;
  if (/^\p{Ll}/u.test(next)) return 0; // the "heading" wraps into a sentence
  const words = line.split(' ').length;
  const section = SECTION.exec(line);
  if (section && words <= 15) return (section[1] ?? '').replace(/\.$/, '').split('.').length;
  if (words > 12) return 0;
  if (isAllCaps(line)) return 1;
  if (line.length < 0.7 * width || words <= 8) return 2;
  return 0;
}

function isAllCaps(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

function joinWrapped(text: string, line: string): string {
  // A line ending in "self-" wraps "harm": join without a space but keep the hyphen, because
  // compound words are common in this domain and "selfharm" would match nothing.
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text + line;
  return `${text} ${line}`;
}

/** Length the page's wrapped lines reach: the 80th percentile, so short lines don't drag it down. */
function typicalWidth(lines: string[]): number {
  const lengths = lines.map((l) => cleanInline(l).length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor((lengths.length - 1) * 0.8)] ?? 0;
}
