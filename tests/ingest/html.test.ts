import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { expectDocError, raw } from './helpers.js';

const opts = { baseDir: '/' };
const FIXTURE = new URL('../fixtures/ingest/csp-plan.html', import.meta.url);

describe('HTML', () => {
  it('keeps content blocks with list nesting and markers, and drops page chrome', async () => {
    const doc = await parseSource(raw(readFileSync(FIXTURE), { path: 'csp-plan.html' }), opts);
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Southvale Community Safety Partnership Plan 2025–2028');
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'Community Safety Partnership Plan', page: 1, level: 1 },
      { kind: 'paragraph', text: 'This plan sets out how partners will keep Southvale safe over the next three years.', page: 1 },
      { kind: 'heading', text: 'Our priorities', page: 1, level: 2 },
      { kind: 'list_item', text: 'Serious violence', page: 1, level: 1, marker: '1.' },
      { kind: 'list_item', text: 'Knife crime among under-25s', page: 1, level: 2, marker: '•' },
      { kind: 'list_item', text: 'Night-time economy', page: 1, level: 2, marker: '•' },
      { kind: 'list_item', text: 'Domestic abuse', page: 1, level: 1, marker: '2.' },
      { kind: 'list_item', text: 'Hate crime', page: 1, level: 1, marker: 'c.' },
      { kind: 'paragraph', text: 'Reducing reoffending remains a priority.', page: 1 },
      { kind: 'paragraph', text: 'Nested paragraph.', page: 1 },
      { kind: 'table_row', text: 'Priority | Lead agency', page: 1 },
      { kind: 'table_row', text: 'Serious violence | Police Public health', page: 1 },
    ]);
  });

  it('takes the title from the first h1 when there is no <title>', async () => {
    const doc = await parseSource(raw('<html><body><h1>Youth Justice Plan</h1><p>Text.</p></body></html>', { path: 'yjp.html' }), opts);
    expect(doc.title).toBe('Youth Justice Plan');
  });

  it('rejects a page with no body text as html-no-text', async () => {
    const html = '<!doctype html><html><head><title>Loading…</title><script>render()</script></head><body><nav><a href="/">Home</a></nav><div id="app"></div></body></html>';
    const error = await expectDocError(parseSource(raw(html, { path: 'app.html' }), opts), 'html-no-text');
    expect(error.message).toContain('app.html');
  });

  it('decodes a windows-1252 page', async () => {
    const bytes = Buffer.from('<html><body><p>Caf\xe9 crime \x96 \x93night-time economy\x94 costs \xa32m</p></body></html>', 'latin1');
    const doc = await parseSource(raw(bytes, { path: 'page.html' }), opts);
    expect(doc.blocks[0]?.text).toBe('Café crime – “night-time economy” costs £2m');
  });
});
