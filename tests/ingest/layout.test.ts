import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/ingest/blocks.js';
import { stripFurniture } from '../../src/ingest/furniture.js';

const WIDE = 'This line of body text runs the full width of the page before it wraps onto the';

describe('page furniture', () => {
  it('drops page numbers, running headers and footers, and contents lines', () => {
    const words = ['zero', 'one', 'two', 'three', 'four'];
    const body = (n: number) => [`Heading ${words[n]}`, `First line of page ${words[n]}.`, `Second line of page ${words[n]}.`, `Last line of page ${words[n]}.`];
    const pages = [1, 2, 3, 4].map((n) => [
      'Northshire Safeguarding Adults Board',
      ...(n === 1 ? ['Contents', 'Introduction 3', 'Our priorities ........ 7', 'Glossary 12'] : body(n)),
      `Page ${n} of 4`,
      `${n}`,
    ]);
    expect(stripFurniture(pages)).toEqual([[], body(2), body(3), body(4)]);
  });

  it('keeps lines that repeat on only a few pages', () => {
    const pages = [['Priority one', 'a'], ['Priority one', 'b'], ['c'], ['d'], ['e'], ['f']];
    expect(stripFurniture(pages)[0]).toEqual(['Priority one', 'a']);
  });
});

describe('line heuristics', () => {
  it('joins wrapped lines, including across a page break mid-sentence', () => {
    const blocks = linesToBlocks([
      { page: 1, lines: ['Introduction', WIDE, 'next line, which ends the sentence.', WIDE] },
      { page: 2, lines: ['following page.', 'A new paragraph starts here.'] },
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Introduction', page: 1, level: 2 },
      { kind: 'paragraph', text: `${WIDE} next line, which ends the sentence.`, page: 1 },
      { kind: 'paragraph', text: `${WIDE} following page.`, page: 1 },
      { kind: 'paragraph', text: 'A new paragraph starts here.', page: 2 },
    ]);
  });

  it('joins a wrapped list item and keeps a hyphen broken at a line end', () => {
    const blocks = linesToBlocks([{ page: 1, lines: ['• Reducing self-', 'harm among young people', '• Hate crime'] }]);
    expect(blocks.map((b) => b.text)).toEqual(['Reducing self-harm among young people', 'Hate crime']);
  });

  it('does not take a lead-in sentence ending in a colon, or a line running into lowercase, as a heading', () => {
    const blocks = linesToBlocks([{ page: 1, lines: ['Our priorities are:', '', 'Tackling', 'violence together.'] }]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
