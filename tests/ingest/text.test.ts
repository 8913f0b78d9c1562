import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { expectDocError, raw } from './helpers.js';

const opts = { baseDir: '/' };

describe('text and markdown', () => {
  it('reads markdown headings, nested bullets, numbered lists and blank-line paragraphs', async () => {
    const md = [
      '# Violence Reduction Unit Strategy',
      '',
      'The unit brings partners together to prevent',
      'serious violence before it happens.',
      '',
      '## Priorities',
      '',
      '1. Early intervention',
      '2. Knife crime',
      '   - Schools programme',
      '   - [Hospital navigators](https://example.org/nav)',
      '',
      '---',
      '',
      'Serious violence remains a **priority** for the VRU.',
      '',
      '| Priority | Lead |',
      '|---|:---|',
      '| Knife crime | Police |',
    ].join('\n');
    const doc = await parseSource(raw(md, { path: 'vru.md' }), opts);
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('Violence Reduction Unit Strategy');
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'Violence Reduction Unit Strategy', page: 1, level: 1 },
      { kind: 'paragraph', text: 'The unit brings partners together to prevent serious violence before it happens.', page: 1 },
      { kind: 'heading', text: 'Priorities', page: 1, level: 2 },
      { kind: 'list_item', text: 'Early intervention', page: 1, level: 1, marker: '1.' },
      { kind: 'list_item', text: 'Knife crime', page: 1, level: 1, marker: '2.' },
      { kind: 'list_item', text: 'Schools programme', page: 1, level: 2, marker: '-' },
      { kind: 'list_item', text: 'Hospital navigators', page: 1, level: 2, marker: '-' },
      { kind: 'paragraph', text: 'Serious violence remains a priority for the VRU.', page: 1 },
      { kind: 'table_row', text: 'Priority | Lead', page: 1 },
      { kind: 'table_row', text: 'Knife crime | Police', page: 1 },
    ]);
  });

  it('applies the plain-text heuristics: caps and numbered headings, a) sub-items, form-feed pages', async () => {
    const text = [
      'PARTNERSHIP STRATEGIC ASSESSMENT',
      '',
      '3.1 Key Findings',
      'Burglary fell by a tenth but remains',
      'above the regional average.',
      '1) Burglary',
      'a) Dwelling burglary',
      '\fRecommendations',
      'Keep burglary as a priority.',
    ].join('\n');
    const doc = await parseSource(raw(text, { path: 'sa.txt' }), opts);
    expect(doc.pages).toBe(2);
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'PARTNERSHIP STRATEGIC ASSESSMENT', page: 1, level: 1 },
      { kind: 'heading', text: '3.1 Key Findings', page: 1, level: 2 },
      { kind: 'paragraph', text: 'Burglary fell by a tenth but remains above the regional average.', page: 1 },
      { kind: 'list_item', text: 'Burglary', page: 1, level: 1, marker: '1)' },
      { kind: 'list_item', text: 'Dwelling burglary', page: 1, level: 2, marker: 'a)' },
      { kind: 'heading', text: 'Recommendations', page: 2, level: 2 },
      { kind: 'paragraph', text: 'Keep burglary as a priority.', page: 2 },
    ]);
  });

  it('decodes windows-1252 text that is not valid UTF-8', async () => {
    // "£" is 0xA3 and the curly quotes 0x93/0x94 in windows-1252; all are invalid as UTF-8.
    const bytes = Buffer.from('Our \x93safer streets\x94 fund is \xa3250,000.\n', 'latin1');
    const doc = await parseSource(raw(bytes, { path: 'note.txt' }), opts);
    expect(doc.blocks[0]?.text).toBe('Our “safer streets” fund is £250,000.');
  });

  it('keeps UTF-8 with a BOM as UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café priorities.', 'utf8')]);
    const doc = await parseSource(raw(bytes, { path: 'note.txt' }), opts);
    expect(doc.blocks[0]?.text).toBe('Café priorities.');
  });

  it('rejects empty and whitespace-only files as empty-file', async () => {
    await expectDocError(parseSource(raw(Buffer.alloc(0), { path: 'empty.txt' }), opts), 'empty-file');
    await expectDocError(parseSource(raw(' \n\n\t\n', { path: 'blank.txt' }), opts), 'empty-file');
  });

  it('rejects binary data of an unknown kind as unknown-type', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectDocError(parseSource(raw(png, { path: 'logo.txt' }), opts), 'unknown-type');
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await expectDocError(parseSource(raw(doc, { path: 'old.doc' }), opts), 'unknown-type');
    expect(error.message).toContain('legacy Office');
  });
});
