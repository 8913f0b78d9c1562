import type { Document } from '../../src/schema/index.js';
import { makeDocument, makeSource } from '../shared-fixtures.js';

export { tempDir } from '../shared-fixtures.js';

/** A partner's two-page plan: a heading, a listed priority and a sentence that is not one. */
export function makeDoc(sourceId: string, year: number, contentHash = `hash-${sourceId}-${year}`): Document {
  return makeDocument(makeSource(sourceId, { year }), {
    title: `${sourceId} plan ${year}`,
    pages: 2,
    blocks: [
      { kind: 'heading', text: 'Our priorities', page: 1, level: 1 },
      { kind: 'list_item', text: 'Tackling violence against women & girls.', page: 1, level: 1, marker: '•' },
      { kind: 'paragraph', text: 'Data sharing remains a priority.', page: 2 },
    ],
    contentHash,
    bytes: 1234,
  });
}
