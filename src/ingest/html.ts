import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../schema/index.js';
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

/** HTML (web pages, and mammoth's output for .docx) → blocks. Everything is on page 1. */
export function htmlToBlocks(html: string): Parsed {
  const $ = load(html);
  const title = cleanInline($('title').first().text()) || cleanInline($('h1').first().text()) || undefined;
  $(DROP).remove();
  const root = $('body').get(0) ?? $.root().get(0);
  const blocks: Block[] = [];
  if (root) walkContainer(root.children, blocks);
  return { title, pages: 1, blocks };
}

/** Walk mixed content: runs of inline nodes become paragraphs, block elements are handled by kind. */
function walkContainer(nodes: AnyNode[], out: Block[]): void {
  let inline = '';
  const flush = (): void => {
    const text = cleanInline(inline);
    if (text) out.push({ kind: 'paragraph', text, page: 1 });
    inline = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      inline += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (!BLOCK_TAGS.has(name)) {
      inline += textOf(node);
      continue;
    }
    flush();
    const heading = /^h([1-6])$/.exec(name);
    if (heading) push(out, { kind: 'heading', text: textOf(node), page: 1, level: Number(heading[1]) });
    else if (PARAGRAPH_TAGS.has(name)) push(out, { kind: 'paragraph', text: textOf(node), page: 1 });
    else if (name === 'ul' || name === 'ol' || name === 'menu') walkList(node, out, 1);
    else if (name === 'li') push(out, { kind: 'list_item', text: textOf(node), page: 1, level: 1, marker: '•' });
    else if (name === 'table' || name === 'tr') walkTable(node, out);
    else if (name !== 'hr') walkContainer(node.children, out);
  }
  flush();
}

function walkList(list: Element, out: Block[], level: number): void {
  const ordered = list.name.toLowerCase() === 'ol';
  const start = Number.parseInt(list.attribs['start'] ?? '1', 10);
  let n = Number.isFinite(start) ? start : 1;
  for (const child of list.children) {
    if (!isElement(child)) continue;
    const name = child.name.toLowerCase();
    if (name === 'ul' || name === 'ol') {
      walkList(child, out, level + 1); // a list nested directly in a list (invalid but common)
      continue;
    }
    if (name !== 'li') continue;
    const nested = child.children.filter((c): c is Element => isElement(c) && /^(ul|ol)$/i.test(c.name));
    const own = child.children.filter((c) => !nested.includes(c as Element));
    const marker = ordered ? `${ordinal(n++, list.attribs['type'] ?? '1')}.` : '•';
    push(out, { kind: 'list_item', text: own.map(textOf).join(''), page: 1, level, marker });
    for (const sub of nested) walkList(sub, out, level + 1);
  }
}

function walkTable(table: Element, out: Block[]): void {
  const rows: Element[] = [];
  const collect = (node: Element): void => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      const name = c.name.toLowerCase();
      if (name === 'tr') rows.push(c);
      else if (name !== 'table') collect(c); // thead/tbody/tfoot; nested tables are cell content
    }
  };
  if (table.name.toLowerCase() === 'tr') rows.push(table);
  else collect(table);
  for (const row of rows) {
    const cells = row.children.filter((c): c is Element => isElement(c) && /^t[dh]$/i.test(c.name));
    const texts = cells.map((c) => cleanInline(textOf(c))).filter((t) => t.length > 0);
    if (texts.length > 0) out.push({ kind: 'table_row', text: texts.join(' | '), page: 1 });
  }
}

/** Text of a node with spaces where block boundaries and <br> separate words. */
function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node)) return '';
  const name = node.name.toLowerCase();
  if (name === 'br') return ' ';
  const inner = node.children.map(textOf).join('');
  return BLOCK_TAGS.has(name) ? ` ${inner} ` : inner;
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
