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

function mdBlock(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return mdInline(b.content);
    case 'list':
      return b.items.map((it, n) => `${b.ordered ? `${n + 1}.` : '-'} ${mdInline(it)}`).join('\n');
    case 'table': {
      const head = `| ${b.header.map(escMd).join(' | ')} |`;
      const sep = `| ${b.header.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map((c, j) => (b.anchors && j === 0 ? `<a id="${mdInline(c)}"></a>${mdInline(c)}` : mdInline(c))).join(' | ')} |`);
      return [`*${escMd(b.caption)}*`, '', head, sep, ...rows].join('\n');
    }
    case 'figure':
      return `*${escMd(b.caption)}* (chart in the HTML and Word versions). ${escMd(b.alt)}`;
  }
}

export function renderMarkdown(m: NoteModel): string {
  const out: string[] = [];
  out.push(`# ${escMd(m.title)} – ${escMd(m.subtitle)}`, '');
  out.push('| | |', '| --- | --- |', ...m.meta.map(([k, v]) => `| ${escMd(k)} | ${escMd(v)} |`), '');
  for (const { section, depth } of flattenSections(m.sections)) {
    out.push(`${'#'.repeat(depth + 1)} ${escMd(headingText(section))}`, '');
    for (const b of section.blocks) out.push(mdBlock(b), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
