/**
 * Long Word tables (the evidence annex; a national scan's lists) as raw WordprocessingML, streamed
 * row by row into the packed note in place of marker paragraphs, so they are never held whole.
 */
import JSZip from 'jszip';
import { PassThrough, Readable } from 'node:stream';
import { colWidths, CONTENT_TWIP, cellText } from './docx-layout.js';
import { refAnchor, type TableBlock } from './note/index.js';

export const RAW_TABLE_MARKER = 'PLANSCAN_RAW_TABLE_';
/** Tables longer than this are written as raw WordprocessingML (their cells as plain text). */
export const RAW_TABLE_ROWS = 200;
/** Bookmark ids for raw tables start well above the few the docx library numbers itself. */
const RAW_BOOKMARK_BASE = 1_000_000;

const xmlText = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

function cellXml(text: string, opts: { bold?: boolean; fill?: string; bookmark?: number; name?: string } = {}): string {
  const rPr = `<w:rPr>${opts.bold ? '<w:b/>' : ''}<w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>`;
  const run = `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  const body = opts.bookmark === undefined
    ? run
    : `<w:bookmarkStart w:id="${opts.bookmark}" w:name="${xmlText(opts.name ?? text)}"/>${run}<w:bookmarkEnd w:id="${opts.bookmark}"/>`;
  const tcPr = opts.fill ? `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${opts.fill}"/></w:tcPr>` : '';
  return `<w:tc>${tcPr}<w:p>${body}</w:p></w:tc>`;
}

/** A long table as WordprocessingML, row by row: a repeating header row; evidence rows are bookmarked. */
function* tableXml(b: TableBlock, index: number): Generator<string> {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const widths = colWidths(b);
  yield `<w:tbl><w:tblPr><w:tblW w:w="${CONTENT_TWIP}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>`;
  yield `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  yield `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.header.map((h) => cellXml(h, { bold: true, fill: 'DEEBF7' })).join('')}</w:tr>`;
  let i = 0;
  for (const r of b.rows) {
    const cells = r.map((c, j) => cellXml(cellText(c), b.anchors && j === 0 ? { bookmark: RAW_BOOKMARK_BASE * (index + 1) + i, name: refAnchor(Number(cellText(c))) } : {}));
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
export async function* spliceRawTables(packed: Buffer, rawTables: TableBlock[]): AsyncGenerator<Buffer> {
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
