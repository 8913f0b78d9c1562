import type { Document, Format } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { parseCsv } from './csv.js';
import { decodeText } from './decode.js';
import { parseDocx } from './docx.js';
import { htmlToBlocks } from './html.js';
import { sourceLabel } from './label.js';
import type { Parsed } from './parsed.js';
import { parsePdf } from './pdf.js';
import { sniffFormat } from './sniff.js';
import { parseText } from './text.js';
import type { IngestOptions, RawSource } from './types.js';

/**
 * Bytes → Document, choosing the parser by content. Any problem with the document itself is a
 * DocumentError; anything else escaping from here is a bug in planscan.
 */
export async function parseSource(raw: RawSource, opts: IngestOptions): Promise<Document> {
  if (raw.bytes.length === 0) {
    throw new DocumentError('parse', 'empty-file', `${sourceLabel(raw.entry)}: file is empty (0 bytes)`, 'Check that the right file is listed.');
  }
  const format = sniffFormat(raw);
  const parsed = await parseAs(format, raw, opts);
  // The document's own title when it has one, else the title given in the sources file.
  const title = parsed.title ?? raw.entry.title;
  return {
    sourceId: raw.entry.id,
    source: raw.entry,
    format,
    ...(title ? { title } : {}),
    pages: parsed.pages,
    blocks: parsed.blocks,
    contentHash: raw.contentHash,
    bytes: raw.bytes.length,
  };
}

async function parseAs(format: Format, raw: RawSource, opts: IngestOptions): Promise<Parsed> {
  switch (format) {
    case 'pdf':
      return parsePdf(raw, opts);
    case 'docx':
      return parseDocx(raw);
    case 'html':
      return parseHtml(raw);
    case 'csv':
      return parseCsv(raw.bytes, raw.entry);
    case 'text':
      return parseText(raw);
  }
}

function parseHtml(raw: RawSource): Parsed {
  const parsed = htmlToBlocks(decodeText(raw.bytes));
  if (parsed.blocks.length === 0) {
    throw new DocumentError('parse', 'html-no-text', `${sourceLabel(raw.entry)}: web page has no body text`, 'The page may build its content with JavaScript; find a PDF or plain version of the document.');
  }
  return parsed;
}
