/**
 * Word rendering of the note model with the docx library: title block, real Heading 1/2/3 styles,
 * tables with repeating header rows, page numbers in the footer, charts as PNG images (resvg),
 * evidence refs as internal links to bookmarks on the Appendix A rows.
 */
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { PassThrough, Readable } from 'node:stream';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { flattenSections, headingText, refGroups, refsText, type Block, type Inline, type NoteModel } from './note-model.js';

/** Usable width of an A4 page with 2 cm margins, in pixels at 96 dpi. */
const CONTENT_PX = 640;
const FONT = 'Arial';
/** Above this many ref groups, a reference list is written as text rather than as links. */
const MAX_LINKED_GROUPS = 12;

/** Renders an SVG string to PNG bytes at `scale`× its own size (white background, system fonts). */
export function svgToPng(svg: string, widthPx: number, scale = 2): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx * scale) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return Buffer.from(r.render().asPng());
}

function runs(content: Inline[], size?: number): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let last = '';
  for (const i of content) {
    if (i.t === 'refs') {
      if (!i.refs.length) continue;
      const pre = last && !/\s$/.test(last) ? ' [' : '[';
      const groups = refGroups(i.refs);
      if (groups.length > MAX_LINKED_GROUPS) {
        // Long lists stay references in plain text: one run instead of a hyperlink object per
        // group keeps a national-size note's memory bounded (the Appendix rows carry the refs).
        out.push(new TextRun({ text: `${pre.slice(0, -1)}${refsText(i.refs)}`, size }));
        last = ']';
        continue;
      }
      out.push(new TextRun({ text: pre, size }));
      groups.forEach((g, n) => {
        if (n) out.push(new TextRun({ text: ', ', size }));
        out.push(new InternalHyperlink({ anchor: g.from, children: [new TextRun({ text: g.from, size, style: 'Hyperlink' })] }));
        if (g.to) {
          out.push(new TextRun({ text: '–', size }));
          out.push(new InternalHyperlink({ anchor: g.to, children: [new TextRun({ text: g.to, size, style: 'Hyperlink' })] }));
        }
      });
      out.push(new TextRun({ text: ']', size }));
      last = ']';
    } else {
      if (!i.text) continue;
      out.push(new TextRun({ text: i.text, bold: i.bold, italics: i.italic, size }));
      last = i.text;
    }
  }
  return out;
}

function cellText(c: Inline[]): string {
  return c.map((x) => (x.t === 'text' ? x.text : '')).join('');
}

type TableBlock = Extract<Block, { type: 'table' }>;

function blockToDocx(b: Block, rawTables?: TableBlock[]): Array<Paragraph | Table> {
  switch (b.type) {
    case 'paragraph':
      return [new Paragraph({ children: runs(b.content), spacing: { after: 120 } })];
    case 'list':
      return b.items.map(
        (it) =>
          new Paragraph({
            children: runs(it),
            ...(b.ordered ? { numbering: { reference: 'reasons', level: 0 } } : { bullet: { level: 0 } }),
            spacing: { after: 60 },
          }),
      );
    case 'table': {
      if (rawTables && (b.anchors || b.rows.length > RAW_TABLE_ROWS)) {
        // The evidence appendix (and, in a national scan, the list of documents read) can run to
        // thousands of rows: streamed as WordprocessingML text after packing, instead of a docx
        // object per cell (memory, speed).
        const marker = `${RAW_TABLE_MARKER}${rawTables.length}`;
        rawTables.push(b);
        return [
          new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })], spacing: { before: 120, after: 60 }, keepNext: true }),
          new Paragraph({ children: [new TextRun(marker)] }),
          new Paragraph({ children: [] }),
        ];
      }
      const size = 17; // 8.5 pt
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.header.map(
          (h) =>
            new TableCell({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEBF7' },
              children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size })] })],
            }),
        ),
      });
      const rows = [...b.rows].map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, j) => {
              const children: ParagraphChild[] =
                b.anchors && j === 0
                  ? [new Bookmark({ id: cellText(c), children: [new TextRun({ text: cellText(c), size })] })]
                  : runs(c, size);
              return new TableCell({ children: [new Paragraph({ children })] });
            }),
          }),
      );
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })], spacing: { before: 120, after: 60 }, keepNext: true }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'figure': {
      const w = Math.min(CONTENT_PX, b.width);
      const h = Math.round((b.height * w) / b.width);
      const png = svgToPng(b.svg, b.width);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: w, height: h },
              altText: { name: b.id, title: b.caption, description: b.alt.slice(0, 1000) },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })], spacing: { after: 200 } }),
      ];
    }
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

export async function renderDocx(m: NoteModel): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of docxChunks(m)) parts.push(chunk);
  return Buffer.concat(parts);
}

/**
 * The Word note as a stream of zip bytes. The evidence appendix is generated row by row into the
 * compressed document part, so memory does not grow with the number of evidence rows.
 */
export async function* docxChunks(m: NoteModel): AsyncGenerator<Buffer> {
  const rawTables: TableBlock[] = [];
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    new Paragraph({ children: [new TextRun({ text: m.subtitle, size: 32 })], spacing: { after: 240 } }),
    ...m.meta.map(
      ([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)], spacing: { after: 40 } }),
    ),
    new Paragraph({ children: [], spacing: { after: 240 } }),
  ];
  for (const { section, depth } of flattenSections(m.sections)) {
    children.push(
      new Paragraph({
        heading: HEADINGS[Math.min(HEADINGS.length - 1, depth - 1)],
        children: [new TextRun(headingText(section))],
        ...(section.number.startsWith('Appendix') ? { pageBreakBefore: true } : {}),
      }),
    );
    for (const b of section.blocks) children.push(...blockToDocx(b, rawTables));
  }
  const meta = Object.fromEntries(m.meta);
  const doc = new Document({
    creator: 'planscan',
    title: `${m.title} – ${m.subtitle}`,
    description: `${meta['Area'] ?? ''} ${meta['Scan year'] ?? ''} run ${meta['Run id'] ?? ''}`.trim(),
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '08306B' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: '08306B' }, paragraph: { spacing: { before: 240, after: 100 } } },
        heading3: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: FONT, size: 44, bold: true, color: '08306B' } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'reasons',
          levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 540, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${m.title} – ${m.subtitle}    `, size: 16 }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  yield* spliceRawTables(await Packer.toBuffer(doc), rawTables);
}

const RAW_TABLE_MARKER = 'PLANSCAN_RAW_TABLE_';
/** Tables longer than this are written as raw WordprocessingML (their cells as plain text). */
const RAW_TABLE_ROWS = 200;
/** Bookmark ids for raw tables start well above the few the docx library numbers itself. */
const RAW_BOOKMARK_BASE = 1_000_000;

const xmlText = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

function cellXml(text: string, opts: { bold?: boolean; fill?: string; bookmark?: number } = {}): string {
  const rPr = `<w:rPr>${opts.bold ? '<w:b/>' : ''}<w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>`;
  const run = `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  const body = opts.bookmark === undefined
    ? run
    : `<w:bookmarkStart w:id="${opts.bookmark}" w:name="${xmlText(text)}"/>${run}<w:bookmarkEnd w:id="${opts.bookmark}"/>`;
  const tcPr = opts.fill ? `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${opts.fill}"/></w:tcPr>` : '';
  return `<w:tc>${tcPr}<w:p>${body}</w:p></w:tc>`;
}

/** A long table as WordprocessingML, row by row: a repeating header row; evidence rows are bookmarked. */
function* tableXml(b: TableBlock, index: number): Generator<string> {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const colWidth = Math.floor(9638 / Math.max(1, b.header.length));
  yield `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>`;
  yield `<w:tblGrid>${b.header.map(() => `<w:gridCol w:w="${colWidth}"/>`).join('')}</w:tblGrid>`;
  yield `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.header.map((h) => cellXml(h, { bold: true, fill: 'DEEBF7' })).join('')}</w:tr>`;
  let i = 0;
  for (const r of b.rows) {
    const cells = r.map((c, j) => cellXml(cellText(c), b.anchors && j === 0 ? { bookmark: RAW_BOOKMARK_BASE * (index + 1) + i } : {}));
    yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
    i++;
  }
  yield '</w:tbl>';
}

/**
 * Re-zips the packed note with each marker paragraph in word/document.xml replaced by its raw
 * table. The document part is a stream (text before the marker, the table's rows, the rest), and
 * the zip is generated as a stream too, so the appendix is never held whole.
 */
async function* spliceRawTables(packed: Buffer, rawTables: TableBlock[]): AsyncGenerator<Buffer> {
  if (rawTables.length === 0) {
    yield packed;
    return;
  }
  const zip = await JSZip.loadAsync(packed);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('docx: packed document has no word/document.xml');
  const xml = await part.async('string');
  const pieces: Array<string | number> = [];
  let from = 0;
  rawTables.forEach((_, i) => {
    const at = xml.indexOf(`${RAW_TABLE_MARKER}${i}<`, from);
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at);
    if (at < 0 || start < from || end < 0) throw new Error(`docx: table marker ${i} not found after packing`);
    pieces.push(xml.slice(from, start), i);
    from = end + '</w:p>'.length;
  });
  pieces.push(xml.slice(from));
  function* documentXml(): Generator<string> {
    for (const p of pieces) {
      if (typeof p === 'string') yield p;
      else yield* tableXml(rawTables[p]!, p);
    }
  }
  zip.file('word/document.xml', Readable.from(batched(documentXml())));
  // JSZip's stream is an old-style (readable-stream 2) stream: piped through a core PassThrough to iterate it.
  const out = new PassThrough();
  const zipped = zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' });
  zipped.on('error', (error: Error) => out.destroy(error));
  yield* zipped.pipe(out) as AsyncIterable<Buffer>;
}

/**
 * Joins small strings into ~256 KB UTF-8 Buffers: one stream chunk per table row would be slow,
 * and JSZip reads string chunks from a stream as binary (latin-1), which would garble "κ" and "≥".
 */
function* batched(chunks: Iterable<string>): Generator<Buffer> {
  let buf: string[] = [];
  let size = 0;
  for (const c of chunks) {
    buf.push(c);
    size += c.length;
    if (size >= 1 << 18) {
      yield Buffer.from(buf.join(''), 'utf8');
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) yield Buffer.from(buf.join(''), 'utf8');
}
