/**
 * Self-contained HTML rendering of the note model: inline CSS (screen + A4 print rules), inline
 * SVG charts, no scripts and no external resources. Evidence refs link to #E<n> table rows.
 */
import { escapeXml } from './charts.js';
import { flattenSections, headingText, refGroups, type Block, type Inline, type NoteModel, type NoteSection } from './note-model.js';

const esc = escapeXml;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; }
header.title-block { border-bottom: 3px solid #08306b; margin-bottom: 24px; padding-bottom: 12px; }
header.title-block h1 { font-size: 28px; margin: 0 0 4px; color: #08306b; }
header.title-block .subtitle { font-size: 20px; margin: 0 0 12px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
nav.toc ol { columns: 2; margin: 0; padding-left: 0; list-style: none; }
nav.toc a { color: #08306b; }
h2 { font-size: 22px; color: #08306b; border-bottom: 1px solid #9ecae1; padding-bottom: 2px; margin-top: 32px; }
h3 { font-size: 18px; color: #08306b; margin-top: 24px; }
h4 { font-size: 16px; margin-top: 18px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
caption { text-align: left; font-style: italic; padding: 4px 0; }
th, td { border: 1px solid #9a9a9a; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #deebf7; }
tbody tr:nth-child(even) { background: #f6f8fb; }
tr:target { background: #fff3bf; }
.refs { font-size: 0.8em; white-space: nowrap; }
.refs a { color: #08519c; text-decoration: none; }
.refs a:hover, .refs a:focus { text-decoration: underline; }
figure { margin: 16px 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-style: italic; font-size: 13px; margin-top: 4px; }
.decision { font-size: 17px; }
@media print {
  @page { size: A4 portrait; margin: 18mm 15mm 20mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  section#s-background, section#s-evidence { break-before: auto; }
  section#s-evidence { break-before: page; page-break-before: always; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  tr:target { background: none; }
}
`;

export function htmlInline(content: Inline[]): string {
  let out = '';
  for (const i of content) {
    if (i.t === 'refs') {
      if (!i.refs.length) continue;
      const links = refGroups(i.refs)
        .map((g) => `<a href="#${esc(g.from)}">${esc(g.from)}</a>${g.to ? `–<a href="#${esc(g.to)}">${esc(g.to)}</a>` : ''}`)
        .join(', ');
      out += `${out && !/\s$/.test(out) ? ' ' : ''}<span class="refs">[${links}]</span>`;
    } else {
      let t = esc(i.text);
      if (i.bold) t = `<strong>${t}</strong>`;
      if (i.italic) t = `<em>${t}</em>`;
      out += t;
    }
  }
  return out;
}

/** A block as HTML; a table yields one string per row, so no table is held whole. */
function* htmlBlock(b: Block): Generator<string> {
  switch (b.type) {
    case 'paragraph':
      yield `<p>${htmlInline(b.content)}</p>`;
      return;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      yield `<${tag}>${b.items.map((it) => `<li>${htmlInline(it)}</li>`).join('')}</${tag}>`;
      return;
    }
    case 'table': {
      const head = `<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
      yield `<table><caption>${esc(b.caption)}</caption>${head}<tbody>\n`;
      let first = true;
      for (const r of b.rows) {
        const id = b.anchors ? ` id="${esc(r[0] ? r[0].map((x) => (x.t === 'text' ? x.text : '')).join('') : '')}"` : '';
        yield `${first ? '' : '\n'}<tr${id}>${r.map((c) => `<td>${htmlInline(c)}</td>`).join('')}</tr>`;
        first = false;
      }
      yield '\n</tbody></table>';
      return;
    }
    case 'figure':
      yield `<figure id="figure-${b.number}">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
  }
}

function* htmlSection(s: NoteSection, depth: number): Generator<string> {
  const h = `h${Math.min(6, depth + 1)}`;
  yield `<section id="s-${esc(s.id)}" aria-labelledby="h-${esc(s.id)}">\n<${h} id="h-${esc(s.id)}">${esc(headingText(s))}</${h}>\n`;
  for (const [i, b] of s.blocks.entries()) {
    if (i > 0) yield '\n';
    yield* htmlBlock(b);
  }
  for (const [i, x] of s.subsections.entries()) {
    if (i > 0) yield '\n';
    yield* htmlSection(x, depth + 1);
  }
  yield '\n</section>';
}

/** The note as one self-contained HTML page, in pieces (see AtomicBatch.stage). */
export function* htmlChunks(m: NoteModel): Generator<string> {
  const toc = flattenSections(m.sections)
    .filter((x) => x.depth === 1)
    .map(({ section }) => `<li><a href="#s-${esc(section.id)}">${esc(headingText(section))}</a></li>`)
    .join('');
  yield `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${m.title} – ${m.subtitle}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header class="title-block">
<h1>${esc(m.title)}</h1>
<p class="subtitle">${esc(m.subtitle)}</p>
<dl class="meta">${m.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
</header>
<nav class="toc" aria-label="Contents"><ol>${toc}</ol></nav>
`;
  for (const [i, s] of m.sections.entries()) {
    if (i > 0) yield '\n';
    yield* htmlSection(s, 1);
  }
  yield `
</main>
</body>
</html>
`;
}

export function renderHtml(m: NoteModel): string {
  return [...htmlChunks(m)].join('');
}
