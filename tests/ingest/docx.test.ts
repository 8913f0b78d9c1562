import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { expectDocError, makePlanDocx, raw } from './helpers.js';

const opts = { baseDir: '/' };

describe('.docx', () => {
  it('turns headings, a nested numbered list and a table into blocks', async () => {
    const doc = await parseSource(raw(await makePlanDocx(), { path: 'board-plan.docx' }), opts);
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBe(1);
    expect(doc.title).toBe('Safeguarding Board Business Plan');
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'Safeguarding Board Business Plan', page: 1, level: 1 },
      { kind: 'heading', text: 'Our priorities', page: 1, level: 2 },
      { kind: 'paragraph', text: 'The board has agreed three priorities for 2025.', page: 1 },
      { kind: 'list_item', text: 'Child exploitation', page: 1, level: 1, marker: '1.' },
      { kind: 'list_item', text: 'Online harm to children', page: 1, level: 2, marker: '1.' },
      { kind: 'list_item', text: 'Neglect', page: 1, level: 1, marker: '2.' },
      { kind: 'list_item', text: 'Domestic abuse', page: 1, level: 1, marker: '3.' },
      { kind: 'heading', text: 'Measures', page: 1, level: 2 },
      { kind: 'table_row', text: 'Priority | Lead | Measure', page: 1 },
      { kind: 'table_row', text: 'Neglect | Children’s services | Referrals', page: 1 },
    ]);
  });

  it('parses a ".docx" that is really a saved web page as HTML', async () => {
    const html = '<!DOCTYPE html><html><head><title>Plan</title></head><body><h1>Plan</h1><p>We will tackle knife crime.</p></body></html>';
    const doc = await parseSource(raw(html, { path: 'plan.docx' }), opts);
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Plan', 'We will tackle knife crime.']);
  });

  it('rejects a ".docx" that is not a zip as docx-invalid', async () => {
    const error = await expectDocError(parseSource(raw('just some words, not a zip', { path: 'plan.docx' }), opts), 'docx-invalid');
    expect(error.message).toContain('plan.docx');
  });

  it('rejects a zip without word/document.xml as docx-invalid', async () => {
    const zip = new JSZip().file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    await expectDocError(parseSource(raw(bytes, { path: 'plan.docx' }), opts), 'docx-invalid');
  });

  it('rejects a damaged Word zip (bad XML) as docx-invalid', async () => {
    const zip = await JSZip.loadAsync(await makePlanDocx());
    zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expectDocError(parseSource(raw(bytes, { path: 'plan.docx' }), opts), 'docx-invalid');
  });

  it('rejects a zip bomb before mammoth inflates it', async () => {
    const zip = await JSZip.loadAsync(await makePlanDocx());
    // 64 MB of one character deflates to about 64 KB.
    zip.file('word/document.xml', ' '.repeat(64 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expectDocError(parseSource(raw(bytes, { path: 'bomb.docx' }), opts), 'docx-too-large');
  });
});
