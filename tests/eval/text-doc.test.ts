import { describe, expect, it } from 'vitest';
import { Document } from '../../src/schema/index.js';
import { textToBlocks, textToDocument } from '../../src/eval/text-doc.js';
import { source } from '../extract/helpers.js';

const kinds = (text: string) => textToBlocks(text).map((b) => `${b.kind}${b.level ? ':' + b.level : ''}|${b.text}`);

describe('textToDocument', () => {
  it('reads headings (markdown, ALL CAPS, short lines before content), lists and paragraphs', () => {
    const text = [
      '# Safer Testshire Plan',
      '',
      'INTRODUCTION',
      '',
      'This plan was written by the partnership and',
      'agreed by the board in June.',
      '',
      'Our priorities',
      '  • Cutting burglary;',
      '  1.   Safer roads',
      '  (a) Victims first',
      '  b) Better data',
      '- Hate crime that is',
      '  under-reported',
    ].join('\n');
    expect(kinds(text)).toEqual([
      'heading:1|Safer Testshire Plan',
      'heading:1|INTRODUCTION',
      'paragraph|This plan was written by the partnership and agreed by the board in June.',
      'heading:2|Our priorities',
      'list_item:1|Cutting burglary;',
      'list_item:1|Safer roads',
      'list_item:1|Victims first',
      'list_item:1|Better data',
      'list_item:1|Hate crime that is under-reported',
    ]);
    const b = textToBlocks(text);
    expect(b[4]!.marker).toBe('•');
    expect(b[5]!.marker).toBe('1.');
  });

  it('keeps a run of short lines as paragraphs, splits one-sentence lines, counts pages by form feed', () => {
    const text = 'The functions are:\n\nThe reduction in first time entrants\n\nThe reduction in custody\n\fPage two starts here.\nAnother sentence on its own line.';
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.page)).toEqual([1, 1, 1, 2, 2]);
  });

  it('does not treat a short line before another short line as a heading, but a question before content is one', () => {
    expect(kinds('What are our aims?\n\nWe aim to keep every child in Testshire safe from harm and exploitation.')[0]).toBe('heading:1|What are our aims?');
  });

  it('builds a valid Document', () => {
    const doc = textToDocument('Our priorities are burglary and fraud.', { source });
    expect(Document.safeParse(doc).success).toBe(true);
    expect(doc.sourceId).toBe('test-doc');
    expect(doc.pages).toBe(1);
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
