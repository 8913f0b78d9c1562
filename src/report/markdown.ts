/** Markdown rendering of the note model (GitHub-flavoured tables; refs as "[E1, E3]"). */
import { flattenSections, headingText, refsText, type Block, type Inline, type NoteModel } from './note-model.js';

function escMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function mdInline(content: Inline[]): string {
  let out = '';
  for (const i of content) {
    if (i.t === 'refs') {
      if (!i.refs.length) continue;
      out += `${out && !/\s$/.test(out) ? ' ' : ''}${refsText(i.refs)}`;
    } else {
      let t = escMd(i.text);
      const lead = /^\s*/.exec(t)?.[0] ?? '';
      const trail = /\s*$/.exec(t)?.[0] ?? '';
      const core = t.trim();
      if (core && i.bold) t = `${lead}**${core}**${trail}`;
      else if (core && i.italic) t = `${lead}*${core}*${trail}`;
      out += t;
    }
  }
  return out.trim();
}

/** A block as Markdown lines; a table yields one string per row, so no table is held whole. */
function* mdBlock(b: Block): Generator<string> {
  switch (b.type) {
    case 'paragraph':
      yield mdInline(b.content);
      return;
    case 'list':
      yield b.items.map((it, n) => `${b.ordered ? `${n + 1}.` : '-'} ${mdInline(it)}`).join('\n');
      return;
    case 'table': {
      yield `*${escMd(b.caption)}*\n\n| ${b.header.map(escMd).join(' | ')} |\n| ${b.header.map(() => '---').join(' | ')} |`;
      for (const r of b.rows) {
        yield `\n| ${r.map((c, j) => (b.anchors && j === 0 ? `<a id="${mdInline(c)}"></a>${mdInline(c)}` : mdInline(c))).join(' | ')} |`;
      }
      return;
    }
    case 'figure':
      yield `*${escMd(b.caption)}* (chart in the HTML and Word versions). ${escMd(b.alt)}`;
  }
}

/** The note as Markdown, in pieces: blocks separated by one blank line, ending in a newline. */
export function* markdownChunks(m: NoteModel): Generator<string> {
  yield `# ${escMd(m.title)} – ${escMd(m.subtitle)}\n\n`;
  yield ['| | |', '| --- | --- |', ...m.meta.map(([k, v]) => `| ${escMd(k)} | ${escMd(v)} |`)].join('\n');
  for (const { section, depth } of flattenSections(m.sections)) {
    yield `\n\n${'#'.repeat(depth + 1)} ${escMd(headingText(section))}`;
    for (const b of section.blocks) {
      let first = true;
      for (const piece of mdBlock(b)) {
        if (first && piece === '') break; // an empty block adds no blank line
        yield first ? `\n\n${piece}` : piece;
        first = false;
      }
    }
  }
  yield '\n';
}

export function renderMarkdown(m: NoteModel): string {
  return [...markdownChunks(m)].join('');
}
