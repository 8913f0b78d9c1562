import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DocumentError, type Block } from '../schema/index.js';
import { cleanInline } from './blocks.js';
import type { Parsed } from './parsed.js';

/** Page chrome and non-content elements: nothing in them is a stated priority. */
const DROP = 'nav, script, style, footer, header, aside, noscript, form, template, svg, iframe, button, select, textarea';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Blocks whose whole text is one paragraph. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'address', 'td', 'th']);

/**
 * Deeper nesting than this is refused as too complex. Real pages nest a few dozen levels; the HTML
 * parser's tree building slows down with depth (parse5: 1.3 s at 10,000 levels, minutes at 100,000)
 * and DOM helpers recurse, so a hostile page is stopped here, in one linear pass, before parsing.
 */
export const MAX_HTML_DEPTH = 1_000;

/** HTML (web pages, and mammoth's output for .docx) → blocks. Everything is on page 1. */
export function htmlToBlocks(html: string, label = 'web page'): Parsed {
  const depth = nestingDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    throw new DocumentError('parse', 'too-complex', `${label}: elements are nested more than ${MAX_HTML_DEPTH} levels deep`,
      'No real document nests this deep; the page is damaged or generated to stall readers. Find a PDF or plain version of the document.');
  }
  const $ = load(html);
  const title = cleanInline($('title').first().text()) || cleanInline($('h1').first().text()) || undefined;
  $(DROP).remove();
  const root = $('body').get(0) ?? $.root().get(0);
  const blocks: Block[] = [];
  if (root) walkContainer(root.children, blocks);
  return { title, pages: 1, blocks };
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Elements a browser closes implicitly (the next <p> or <li> ends the last one): they do not nest. */
const IMPLIED_END = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/g;

/** Formatting elements: a browser re-opens at most three of each kind after a paragraph break ("Noah's Ark"). */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const REOPENED_MAX = 3 * FORMATTING.size;

/**
 * Element nesting depth, estimated from the tags in one linear pass (stops early past `limit`).
 * Text inside <script>, <style> and <textarea> is skipped, as a browser reads it as raw text.
 * Unclosed formatting tags (`<p><b><i>` repeated) do not pile up past a paragraph break, as in
 * the HTML parsing algorithm; nested ones without a break do.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let formatting = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (m[1]) {
      if (FORMATTING.has(name)) formatting = Math.max(0, formatting - 1);
      else if (!VOID_TAGS.has(name) && !IMPLIED_END.has(name) && depth > 0) depth--;
      continue;
    }
    if (name === 'script' || name === 'style' || name === 'textarea') {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (IMPLIED_END.has(name)) formatting = Math.min(formatting, REOPENED_MAX);
    if (VOID_TAGS.has(name) || IMPLIED_END.has(name) || m[3]?.trimEnd().endsWith('/')) continue;
    if (FORMATTING.has(name)) formatting++;
    else depth++;
    if (depth + formatting > max && (max = depth + formatting) > limit) break;
  }
  return max;
}

/** Walk mixed content: runs of inline nodes become paragraphs, block elements are handled by kind. Iterative: nesting depth costs no stack. */
function walkContainer(nodes: AnyNode[], out: Block[]): void {
  const stack: Array<{ nodes: AnyNode[]; i: number; inline: string }> = [{ nodes, i: 0, inline: '' }];
  const flush = (frame: { inline: string }): void => {
    const text = cleanInline(frame.inline);
    if (text) out.push({ kind: 'paragraph', text, page: 1 });
    frame.inline = '';
  };
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.nodes[frame.i++];
    if (!node) {
      flush(frame);
      stack.pop();
      continue;
    }
    if (node.type === 'text') {
      frame.inline += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (!BLOCK_TAGS.has(name)) {
      frame.inline += textOf(node);
      continue;
    }
    flush(frame);
    const heading = /^h([1-6])$/.exec(name);
    if (heading) push(out, { kind: 'heading', text: textOf(node), page: 1, level: Number(heading[1]) });
    else if (PARAGRAPH_TAGS.has(name)) push(out, { kind: 'paragraph', text: textOf(node), page: 1 });
    else if (name === 'ul' || name === 'ol' || name === 'menu') walkList(node, out, 1);
    else if (name === 'li') push(out, { kind: 'list_item', text: textOf(node), page: 1, level: 1, marker: '•' });
    else if (name === 'table' || name === 'tr') walkTable(node, out);
    else if (name !== 'hr') stack.push({ nodes: node.children, i: 0, inline: '' });
  }
}

function walkList(root: Element, out: Block[], rootLevel: number): void {
  interface Frame { list: Element; i: number; level: number; n: number }
  const frame = (list: Element, level: number): Frame => {
    const start = Number.parseInt(list.attribs['start'] ?? '1', 10);
    return { list, i: 0, level, n: Number.isFinite(start) ? start : 1 };
  };
  const stack: Frame[] = [frame(root, rootLevel)];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const child = f.list.children[f.i++];
    if (!child) {
      stack.pop();
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.name.toLowerCase();
    if (name === 'ul' || name === 'ol') {
      stack.push(frame(child, f.level + 1)); // a list nested directly in a list (invalid but common)
      continue;
    }
    if (name !== 'li') continue;
    const nested = child.children.filter((c): c is Element => isElement(c) && /^(ul|ol)$/i.test(c.name));
    const own = child.children.filter((c) => !nested.includes(c as Element));
    const ordered = f.list.name.toLowerCase() === 'ol';
    const marker = ordered ? `${ordinal(f.n++, f.list.attribs['type'] ?? '1')}.` : '•';
    push(out, { kind: 'list_item', text: own.map(textOf).join(''), page: 1, level: f.level, marker });
    // Nested lists come after their item, first one first.
    for (const sub of nested.reverse()) stack.push(frame(sub, f.level + 1));
  }
}

function walkTable(table: Element, out: Block[]): void {
  const rows: Element[] = [];
  if (table.name.toLowerCase() === 'tr') rows.push(table);
  else {
    // thead/tbody/tfoot and wrappers, in document order; nested tables are cell content.
    const stack: AnyNode[] = [...table.children].reverse();
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (!isElement(c)) continue;
      const name = c.name.toLowerCase();
      if (name === 'tr') rows.push(c);
      else if (name !== 'table') for (let k = c.children.length - 1; k >= 0; k--) stack.push(c.children[k]!);
    }
  }
  for (const row of rows) {
    const cells = row.children.filter((c): c is Element => isElement(c) && /^t[dh]$/i.test(c.name));
    const texts = cells.map((c) => cleanInline(textOf(c))).filter((t) => t.length > 0);
    if (texts.length > 0) out.push({ kind: 'table_row', text: texts.join(' | '), page: 1 });
  }
}

/** Text of a node with spaces where block boundaries and <br> separate words (iterative). */
function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.type === 'text') {
      parts.push(item.data);
      continue;
    }
    if (!isElement(item)) continue;
    const name = item.name.toLowerCase();
    if (name === 'br') {
      parts.push(' ');
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      parts.push(' ');
      stack.push(' ');
    }
    for (let k = item.children.length - 1; k >= 0; k--) stack.push(item.children[k]!);
  }
  return parts.join('');
}

function push(out: Block[], block: Block): void {
  const text = cleanInline(block.text);
  if (text) out.push({ ...block, text });
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The marker a browser would draw for item n of an <ol type=…>. */
function ordinal(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return type === 'A' ? s.toUpperCase() : s;
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n);
    return type === 'I' ? roman.toUpperCase() : roman;
  }
  return String(n);
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let s = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      s += numeral;
      rest -= value;
    }
  }
  return s;
}
