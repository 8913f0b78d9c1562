/**
 * Self-contained HTML rendering of the note: inline CSS (screen + A4 print with the marking and
 * page numbers in the page margins), inline SVG charts, no scripts, no external resources.
 * Evidence refs link to the Annex C rows (#E<n>).
 */
import { escapeXml } from './charts.js';
import { headingText, refAnchor, refGroups, type Block, type Inline, type Note, type NoteSection } from './note/index.js';

const esc = escapeXml;

function css(marking: string, footer: string): string {
  const q = (s: string) => JSON.stringify(s);
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 16px 32px 48px; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.05em; margin: 0 0 8px; }
header.cover h1 { font-size: 24px; margin: 0; color: #08306b; }
header.cover .subtitle { font-size: 17px; margin: 2px 0 8px; }
table.meta { width: 100%; font-size: 13px; margin: 0 0 8px; }
table.meta th { width: 12%; background: #f2f5f9; } table.meta td { width: 38%; }
h2 { font-size: 18px; color: #08306b; border-bottom: 1px solid #9ecae1; padding-bottom: 2px; margin: 18px 0 6px; }
p { margin: 0 0 7px; }
p .pn { display: inline-block; min-width: 2.6em; font-weight: bold; color: #08306b; }
ol, ul { margin: 2px 0 8px; padding-left: 2.6em; } li { margin: 1px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 13px; table-layout: fixed; }
caption { text-align: left; font-style: italic; padding: 2px 0; }
th, td { border: 1px solid #9a9a9a; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #deebf7; }
tbody tr:nth-child(even) { background: #f6f8fb; }
tr:target { background: #fff3bf; }
.refs { font-size: 0.8em; }
.refs a { color: #08519c; text-decoration: none; }
figure { margin: 10px 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-style: italic; font-size: 13px; margin-top: 2px; }
table.box { margin-top: 8px; } table.box caption { font-style: normal; font-weight: bold; }
table.box th { width: 22%; } table.box td { height: 1.9em; }
section.annex:first-of-type { margin-top: 0; }
@page { size: A4 portrait; margin: 16mm 15mm 16mm; @top-center { content: ${q(marking)}; font: bold 9pt Arial, sans-serif; } @bottom-center { content: ${q(footer)} " – page " counter(page) " of " counter(pages) " – " ${q(marking)}; font: 8pt Arial, sans-serif; } }
@media print {
  body { font-size: 10pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  .marking { display: none; }
  header.cover h1 { font-size: 17pt; }
  header.cover .subtitle { font-size: 12pt; }
  table.meta { font-size: 8.5pt; }
  h2 { font-size: 12.5pt; margin: 10pt 0 4pt; break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure, svg, table.box { break-inside: avoid; }
  figure svg { max-height: 120mm; width: auto; max-width: 100%; }
  a { color: inherit; text-decoration: none; }
  tr:target { background: none; }
  section#s-background { break-before: page; }
  section.annex { break-before: page; }
}
`;
}

export function htmlInline(content: Inline[]): string {
  let out = '';
  for (const i of content) {
    if (i.t === 'refs') {
      if (!i.refs.length) continue;
      const a = (n: number) => `<a href="#${refAnchor(n)}">${n}</a>`;
      out += `${out && !/\s$/.test(out) ? ' ' : ''}<span class="refs">[${refGroups(i.refs).map((g) => (g.to ? `${a(g.from)}–${a(g.to)}` : a(g.from))).join(', ')}]</span>`;
    } else {
      let t = esc(i.text);
      if (i.bold) t = `<strong>${t}</strong>`;
      if (i.italic) t = `<em>${t}</em>`;
      out += t;
    }
  }
  return out;
}

const colgroup = (w: number[] | undefined): string => {
  if (!w) return '';
  const sum = w.reduce((a, x) => a + x, 0);
  return `<colgroup>${w.map((x) => `<col style="width:${((100 * x) / sum).toFixed(1)}%">`).join('')}</colgroup>`;
};

/** A block as HTML; a table yields one string per row, so no table is held whole. */
function* htmlBlock(b: Block): Generator<string> {
  switch (b.type) {
    case 'paragraph':
      yield `<p>${b.num ? `<span class="pn">${esc(b.num)}</span>` : ''}${htmlInline(b.content)}</p>`;
      return;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      yield `<${tag}>${b.items.map((it) => `<li>${htmlInline(it)}</li>`).join('')}</${tag}>`;
      return;
    }
    case 'table': {
      yield `<table><caption>${esc(b.caption)}</caption>${colgroup(b.widths)}<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>\n`;
      let first = true;
      for (const r of b.rows) {
        const id = b.anchors ? ` id="${refAnchor(Number(r[0]?.map((x) => (x.t === 'text' ? x.text : '')).join('')))}"` : '';
        yield `${first ? '' : '\n'}<tr${id}>${r.map((c) => `<td>${htmlInline(c)}</td>`).join('')}</tr>`;
        first = false;
      }
      yield '\n</tbody></table>';
      return;
    }
    case 'figure':
      yield `<figure id="figure-${b.number}">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
      return;
    case 'box':
      yield `<table class="box"><caption>${esc(b.title)}</caption><tbody>${b.rows.map((r) => `<tr><th scope="row">${esc(r)}</th><td></td></tr>`).join('')}</tbody></table>`;
  }
}

function* htmlSection(s: NoteSection, cls: string): Generator<string> {
  yield `<section id="s-${esc(s.id)}" class="${cls}" aria-labelledby="h-${esc(s.id)}">\n<h2 id="h-${esc(s.id)}">${esc(headingText(s))}</h2>\n`;
  for (const [i, b] of s.blocks.entries()) {
    if (i > 0) yield '\n';
    yield* htmlBlock(b);
  }
  yield '\n</section>\n';
}

/** The note as one self-contained HTML page, in pieces (see AtomicBatch.stage). */
export function* htmlChunks(n: Note): Generator<string> {
  const c = n.cover;
  const meta: Array<[string, string]> = [
    ['Owner', c.owner], ['Date', c.date], ['Author', c.author], ['Version', c.version], ['Contact', c.contact], ['Status', c.status],
  ];
  const rows: string[] = [];
  for (let i = 0; i < meta.length; i += 2) rows.push(`<tr>${meta.slice(i, i + 2).map(([k, v]) => `<th scope="row">${esc(k)}</th><td>${esc(v)}</td>`).join('')}</tr>`);
  yield `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${esc(c.author)}">
<title>${esc(`${c.title} – ${c.subtitle}`)}</title>
<style>${css(c.marking, `${c.title} – ${c.subtitle}`)}</style>
</head>
<body>
<main>
<p class="marking">${esc(c.marking)}</p>
<header class="cover">
<h1>${esc(c.title)}</h1>
<p class="subtitle">${esc(c.subtitle)} – ${esc(c.area)}</p>
<table class="meta"><tbody>${rows.join('')}</tbody></table>
</header>
`;
  for (const s of n.front) yield* htmlSection(s, 'front');
  for (const s of n.body) yield* htmlSection(s, 'body');
  for (const s of n.annexes) yield* htmlSection(s, 'annex');
  yield `<p class="marking">${esc(c.marking)}</p>
</main>
</body>
</html>
`;
}

export function renderHtml(n: Note): string {
  return [...htmlChunks(n)].join('');
}
