/** Markdown rendering of the note (GitHub-flavoured tables; refs as "[1–3, 7]"; charts as SVG files beside it). */
import { headingText, inlineText, refsText, type Block, type FigureBlock, type Inline, type Note } from './note/index.js';

function escMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function mdInline(content: Inline[]): string {
  let out = '';
  for (const i of content) {
    if (i.t === 'refs') {
      if (!i.refs.length) continue;
      out += `${out && !/\s$/.test(out) ? ' ' : ''}${escMd(refsText(i.refs))}`;
    } else {
      let t = escMd(i.text);
      const core = t.trim();
      const lead = /^\s*/.exec(t)?.[0] ?? '';
      const trail = /\s*$/.exec(t)?.[0] ?? '';
      if (core && i.bold) t = `${lead}**${core}**${trail}`;
      else if (core && i.italic) t = `${lead}*${core}*${trail}`;
      out += t;
    }
  }
  return out.trim();
}

/** The file a figure is written to, beside briefing-note.md. */
export const figureFile = (f: FigureBlock): string => `briefing-note-${f.id}.svg`;
/** Is this file name one figureFile() gives (an older run's chart, to be replaced with the set)? */
export const isFigureFile = (name: string): boolean => /^briefing-note-[\w-]+\.svg$/.test(name);

/** Every figure of the note, for writing beside the Markdown. */
export function noteFigures(n: Note): FigureBlock[] {
  return [...n.front, ...n.body, ...n.annexes].flatMap((s) => s.blocks.filter((b): b is FigureBlock => b.type === 'figure'));
}

function* mdBlock(b: Block): Generator<string> {
  switch (b.type) {
    case 'paragraph':
      yield `${b.num ? `**${b.num}** ` : ''}${mdInline(b.content)}`;
      return;
    case 'list':
      yield b.items.map((it, n) => `${b.ordered ? `${n + 1}.` : '-'} ${mdInline(it)}`).join('\n');
      return;
    case 'table':
      yield `*${escMd(b.caption)}*\n\n| ${b.header.map(escMd).join(' | ')} |\n| ${b.header.map(() => '---').join(' | ')} |`;
      for (const r of b.rows) {
        yield `\n| ${r.map((c, j) => (b.anchors && j === 0 ? `<a id="E${inlineText(c)}"></a>${mdInline(c)}` : mdInline(c))).join(' | ')} |`;
      }
      return;
    case 'figure':
      yield `![${escMd(b.alt.slice(0, 300))}](${figureFile(b)})\n\n*${escMd(b.caption)}*`;
      return;
    case 'box':
      yield `**${escMd(b.title)}**\n\n| | |\n| --- | --- |\n${b.rows.map((r) => `| ${escMd(r)} | |`).join('\n')}`;
  }
}

/** The note as Markdown, in pieces: blocks separated by one blank line, ending in a newline. */
export function* markdownChunks(n: Note): Generator<string> {
  const c = n.cover;
  yield `**${escMd(c.marking)}**\n\n# ${escMd(c.title)} – ${escMd(c.subtitle)}\n\n`;
  yield ['| | |', '| --- | --- |', ...[['Area', c.area], ['Owner', c.owner], ['Author', c.author], ['Contact', c.contact], ['Date', c.date], ['Version', c.version], ['Status', c.status]].map(([k, v]) => `| ${k} | ${escMd(v!)} |`)].join('\n');
  for (const s of [...n.front, ...n.body, ...n.annexes]) {
    yield `\n\n## ${escMd(headingText(s))}`;
    for (const b of s.blocks) {
      let first = true;
      for (const piece of mdBlock(b)) {
        yield first ? `\n\n${piece}` : piece;
        first = false;
      }
    }
  }
  yield `\n\n**${escMd(c.marking)}**\n`;
}

export function renderMarkdown(n: Note): string {
  return [...markdownChunks(n)].join('');
}
