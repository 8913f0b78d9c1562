import type { Block, Document, SourceEntry } from '../../src/schema/index.js';
import { textDocument } from '../../src/ingest/text.js';

export const source: SourceEntry = {
  id: 'test-doc',
  role: 'partner',
  partner: 'Test Community Safety Partnership',
  partner_type: 'CSP',
  area: 'Testshire',
  doc_type: 'partnership_plan',
  year: 2025,
  path: 'test.txt',
};

/** A Document from hand-built blocks (page 1 unless given). */
export function docOf(blocks: Array<Partial<Block> & { kind: Block['kind']; text: string }>): Document {
  return {
    sourceId: source.id,
    source,
    format: 'text',
    pages: 1,
    blocks: blocks.map((b) => ({ page: 1, ...b })),
    contentHash: '0'.repeat(64),
    bytes: 0,
  };
}

/** A Document from plain text through the ingest text parser. */
export function docFromText(text: string): Document {
  return textDocument(text, source);
}
