import type { Document, Format } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { parseCsv } from './csv.js';
import { decodeText, encodingOf } from './decode.js';
import { parseDocx } from './docx.js';
import { htmlToBlocks } from './html.js';
import { sourceLabel } from './label.js';
import type { Parsed } from './parsed.js';
import { parsePdf } from './pdf.js';
import { extensionOf, sniffFormat } from './sniff.js';
import { parseText } from './text.js';
import type { IngestOptions, IngestWarning, RawSource } from './types.js';

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
  const parsed = htmlToBlocks(decodeText(raw.bytes), sourceLabel(raw.entry));
  if (parsed.blocks.length === 0) {
    throw new DocumentError('parse', 'html-no-text', `${sourceLabel(raw.entry)}: web page has no body text`, 'The page may build its content with JavaScript; find a PDF or plain version of the document.');
  }
  return parsed;
}

/**
 * Warnings about a document that is read anyway, so the analyst knows how it was read. Worked out
 * from the bytes alone (cheap), so an unchanged document reused from the store gets the same ones.
 */
export function readingWarnings(raw: RawSource): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  let format: Format;
  try {
    format = sniffFormat(raw);
  } catch {
    return warnings; // not readable at all: that is the document's failure, reported by parseSource
  }
  const label = sourceLabel(raw.entry);
  if (format === 'html' && extensionOf(raw) === '.docx') {
    warnings.push({ code: 'docx-is-html', message: `${label}: named .docx but is a web page (HTML); read as HTML`,
      hint: 'Word saves web pages with a .docx name sometimes; open it and save it again as a Word document to be sure nothing is lost.' });
  }
  if (format === 'html' || format === 'text' || format === 'csv') {
    const encoding = encodingOf(raw.bytes);
    if (encoding.guessed) {
      warnings.push({ code: 'encoding-guessed', message: `${label}: text is not UTF-8 and has no byte-order mark; read as ${encoding.name}`,
        hint: 'Check its quotes in priorities.csv; if letters look wrong, save the file again as UTF-8.' });
    }
  }
  return warnings;
}
