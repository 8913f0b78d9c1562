/**
 * Word rendering of the note model with the docx library: title block, real Heading 1/2/3 styles,
 * tables with repeating header rows, page numbers in the footer, charts as PNG images (resvg),
 * evidence refs as internal links to bookmarks on the Appendix A rows.
 */
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
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
import { headingText, inlineText, refAnchor, refGroups, refsText, type Block, type Inline, type Note, type TableBlock } from './note/index.js';

import { cellText, colWidths, CONTENT_PX, CONTENT_TWIP, MAX_FIGURE_PX } from './docx-layout.js';
import { RAW_TABLE_MARKER, RAW_TABLE_ROWS, spliceRawTables } from './docx-raw.js';
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
        out.push(new InternalHyperlink({ anchor: refAnchor(g.from), children: [new TextRun({ text: String(g.from), size, style: 'Hyperlink' })] }));
        if (g.to) {
          out.push(new TextRun({ text: '–', size }));
          out.push(new InternalHyperlink({ anchor: refAnchor(g.to), children: [new TextRun({ text: String(g.to), size, style: 'Hyperlink' })] }));
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

function blockToDocx(b: Block, rawTables?: TableBlock[]): Array<Paragraph | Table> {
  switch (b.type) {
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(b.num ? [new TextRun({ text: `${b.num}\t`, bold: true, color: '08306B' })] : []), ...runs(b.content)],
          ...(b.num ? { indent: { left: 680, hanging: 680 }, tabStops: [{ type: 'left' as const, position: 680 }] } : {}),
          // A sentence introducing a list or table stays on its page.
          keepNext: /:\s*$/.test(inlineText(b.content)),
          spacing: { after: 100 },
        }),
      ];
    case 'box': {
      const size = 20;
      const widths = [2400, CONTENT_TWIP - 2400];
      return [
        new Paragraph({ children: [new TextRun({ text: b.title, bold: true })], spacing: { before: 160, after: 60 }, keepNext: true }),
        new Table({
          width: { size: CONTENT_TWIP, type: WidthType.DXA },
          columnWidths: widths,
          rows: b.rows.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                height: { value: 420, rule: 'atLeast' },
                children: [
                  new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F5F9' }, children: [new Paragraph({ children: [new TextRun({ text: r, bold: true, size })] })] }),
                  new TableCell({ width: { size: widths[1]!, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] }),
                ],
              }),
          ),
        }),
      ];
    }
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
      const widths = colWidths(b);
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.header.map(
          (h, j) =>
            new TableCell({
              width: { size: widths[j]!, type: WidthType.DXA },
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
                  ? [new Bookmark({ id: refAnchor(Number(cellText(c))), children: [new TextRun({ text: cellText(c), size })] })]
                  : runs(c, size);
              return new TableCell({ width: { size: widths[j]!, type: WidthType.DXA }, children: [new Paragraph({ children })] });
            }),
          }),
      );
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })], spacing: { before: 120, after: 60 }, keepNext: true }),
        new Table({ width: { size: CONTENT_TWIP, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'figure': {
      // At most the content width and about 11.5 cm tall, so a chart shares its page with text.
      const scale = Math.min(1, CONTENT_PX / b.width, MAX_FIGURE_PX / b.height);
      const w = Math.round(b.width * scale);
      const h = Math.round(b.height * scale);
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


export async function renderDocx(n: Note): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of docxChunks(n)) parts.push(chunk);
  return Buffer.concat(parts);
}

const cellPara = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });

/** Page 1's cover table: owner, date, author, version, contact, status in two pairs of columns. */
function coverTable(n: Note): Table {
  const c = n.cover;
  const pairs: Array<[string, string]> = [['Owner', c.owner], ['Date', c.date], ['Author', c.author], ['Version', c.version], ['Contact', c.contact], ['Status', c.status]];
  const widths = [1200, 3619, 1200, 3619];
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    rows.push(
      new TableRow({
        children: pairs.slice(i, i + 2).flatMap(([k, v], j) => [
          new TableCell({ width: { size: widths[2 * j]!, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F5F9' }, children: [cellPara(k, true)] }),
          new TableCell({ width: { size: widths[2 * j + 1]!, type: WidthType.DXA }, children: [cellPara(v)] }),
        ]),
      }),
    );
  }
  return new Table({ width: { size: CONTENT_TWIP, type: WidthType.DXA }, columnWidths: widths, rows });
}

/**
 * The Word note as a stream of zip bytes. The evidence annex is generated row by row into the
 * compressed document part, so memory does not grow with the number of evidence rows.
 */
export async function* docxChunks(n: Note): AsyncGenerator<Buffer> {
  const rawTables: TableBlock[] = [];
  const c = n.cover;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(c.title)], spacing: { after: 0 } }),
    new Paragraph({ children: [new TextRun({ text: `${c.subtitle} – ${c.area}`, size: 26 })], spacing: { after: 120 } }),
    coverTable(n),
  ];
  const sections = [...n.front.map((s) => ({ s, br: false })), ...n.body.map((s, i) => ({ s, br: i === 0 })), ...n.annexes.map((s) => ({ s, br: true }))];
  for (const { s, br } of sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(headingText(s))], ...(br ? { pageBreakBefore: true } : {}) }));
    for (const b of s.blocks) children.push(...blockToDocx(b, rawTables));
  }
  const marking = (size: number) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.marking, bold: true, size })] });
  const doc = new Document({
    creator: c.author,
    lastModifiedBy: c.author,
    title: `${c.title} – ${c.subtitle}`,
    subject: `${c.area} ${c.year}`,
    description: `${c.status}, version ${c.version}; ${c.marking}; run ${c.runId}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        heading1: { run: { font: FONT, size: 25, bold: true, color: '08306B' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '08306B' }, paragraph: { spacing: { before: 160, after: 60 } } },
        title: { run: { font: FONT, size: 36, bold: true, color: '08306B' } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'reasons',
          levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1040, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 500, footer: 500 } } },
        headers: { default: new Header({ children: [marking(18)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${c.title} – ${c.subtitle}    `, size: 16 }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
              marking(16),
            ],
          }),
        },
        children,
      },
    ],
  });
  yield* spliceRawTables(await Packer.toBuffer(doc), rawTables);
}
