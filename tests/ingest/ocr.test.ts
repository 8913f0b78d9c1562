import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { expectDocError, hasCommand, makeScannedPdf, raw } from './helpers.js';

const opts = { baseDir: '/' };
const missing = ['tesseract', 'pdftoppm'].filter((c) => !hasCommand(c));
if (missing.length > 0) {
  console.warn(`Skipping OCR tests: ${missing.join(' and ')} not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils).`);
}

describe.skipIf(missing.length > 0)('OCR of a PDF without a text layer (real tesseract + pdftoppm)', () => {
  it('fails as pdf-no-text without --ocr, and reads the page text into blocks with --ocr', async () => {
    const pdf = await makeScannedPdf('Our priorities', ['Tackle domestic abuse', 'Reduce knife crime']);

    const error = await expectDocError(parseSource(raw(pdf, { path: 'scan.pdf' }), opts), 'pdf-no-text');
    expect(error.hint).toMatch(/OCR/);

    const doc = await parseSource(raw(pdf, { path: 'scan.pdf' }), { ...opts, ocr: true });
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(1);
    const onPage1 = doc.blocks.filter((b) => b.page === 1).map((b) => b.text.toLowerCase());
    expect(onPage1.some((t) => t.includes('domestic abuse')), JSON.stringify(doc.blocks)).toBe(true);
    expect(onPage1.some((t) => t.includes('knife crime')), JSON.stringify(doc.blocks)).toBe(true);
    expect(doc.blocks.every((b) => b.page === 1)).toBe(true);
  });
});
