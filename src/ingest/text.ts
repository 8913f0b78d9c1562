import { createHash } from 'node:crypto';
import { DocumentError, type Document, type SourceEntry } from '../schema/index.js';
import { linesToBlocks } from './blocks.js';
import { decodeText } from './decode.js';
import { sourceLabel } from './label.js';
import type { Parsed } from './parsed.js';
import type { RawSource } from './types.js';

/** Plain text and markdown. A form feed (as pdftotext writes) starts a new page. */
export function parseText(raw: RawSource): Parsed {
  const text = decodeText(raw.bytes);
  const pages = text.split('\f').map((page, i) => ({ page: i + 1, lines: page.split(/\r\n|\r|\n/).map(unmark) }));
  const blocks = linesToBlocks(pages);
  if (blocks.length === 0) {
    throw new DocumentError('parse', 'empty-file', `${sourceLabel(raw.entry)}: text file has no words in it`, 'Check that the right file is listed.');
  }
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text;
  return { title, pages: pages.length, blocks };
}

/** Markdown syntax that is not structure: rules become blank lines, links keep their words. */
function unmark(line: string): string {
  if (/^\s*([-*_=])(\s*\1){2,}\s*$/.test(line)) return '';
  return line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1');
}

/**
 * The entry of a document no sources.yaml lists (a training example, the worker's warm-up text, a
 * file init reads before it knows its partner): an unnamed partner of type OTHER.
 */
export function unlistedSource(id: string, path: string, names: { partner: string; area: string }): SourceEntry {
  return { id, role: 'partner', partner: names.partner, partner_type: 'OTHER', area: names.area, doc_type: 'other', year: 2000, path };
}

/** Text already in memory (an eval document's body, a test) → Document, through the same parser as a .txt source. */
export function textDocument(text: string, entry: SourceEntry): Document {
  const bytes = Buffer.from(text, 'utf8');
  const parsed = parseText({ entry, bytes, contentHash: createHash('sha256').update(bytes).digest('hex') });
  return {
    sourceId: entry.id,
    source: entry,
    format: 'text',
    ...(parsed.title ?? entry.title ? { title: parsed.title ?? entry.title } : {}),
    pages: parsed.pages,
    blocks: parsed.blocks,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}
