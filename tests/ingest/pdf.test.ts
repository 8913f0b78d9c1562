import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource, PDF_ENGINES } from '../../src/ingest/index.js';
import { DocumentError } from '../../src/schema/index.js';
import { expectDocError, hasCommand, makeEncryptedPdf, makeImageOnlyPdf, makePlanPdf, raw } from './helpers.js';
import { sharedPath } from '../shared-path.js';

const FIXTURE = sharedPath('fixtures', 'tvp-plan-2017-2021.pdf');

// Every behaviour holds for each PDF engine: the engine is a speed choice, not a different reading.
describe.each(PDF_ENGINES)('PDF (%s)', (pdfEngine) => {
  const opts = { baseDir: '/', pdfEngine };
  it('keeps pages, finds headings and lists, and strips page furniture', async () => {
    const doc = await parseSource(raw(await makePlanPdf()), opts);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(3);
    expect(doc.title).toBe('Northshire Community Safety Plan');

    const texts = doc.blocks.map((b) => b.text);
    // Running header and "Page N" footer are gone.
    expect(texts.some((t) => t.includes('Northshire Community Safety Partnership'))).toBe(false);
    expect(texts.some((t) => /^Page \d$/.test(t))).toBe(false);

    const heading = (text: string) => doc.blocks.find((b) => b.kind === 'heading' && b.text === text);
    expect(heading('COMMUNITY SAFETY PLAN 2025')).toMatchObject({ level: 1, page: 1 });
    expect(heading('1 Introduction')).toMatchObject({ level: 1, page: 1 });
    expect(heading('Our Priorities')).toMatchObject({ page: 1 });
    expect(heading('2.1 Domestic abuse')).toMatchObject({ level: 2, page: 2 });
    expect(heading('2.2 Serious violence')).toMatchObject({ level: 2, page: 3 });

    // The long paragraph wrapped over several lines comes back as one block.
    const para = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('The partnership will work'));
    expect(para?.text).toMatch(/reviewing progress each quarter\.$/);

    const items = doc.blocks.filter((b) => b.kind === 'list_item');
    expect(items.map((b) => [b.marker, b.text, b.page])).toEqual([
      ['•', 'Reducing violence against women and girls', 1],
      ['•', 'Tackling drug-related harm and county lines exploitation of children and vulnerable adults across the whole of the county', 1],
      ['•', 'Anti-social behaviour', 1],
      ['1.', 'Train every frontline officer.', 2],
      ['2.', 'Fund two more advocates.', 2],
    ]);
    expect(doc.blocks.find((b) => b.text === 'Our priorities for 2025 are:')?.kind).toBe('paragraph');
  });

  it('rejects a truncated PDF as pdf-corrupt, naming the file', async () => {
    const pdf = await makePlanPdf();
    const error = await expectDocError(parseSource(raw(pdf.subarray(0, 200)), opts), 'pdf-corrupt');
    expect(error.message).toContain('csp-north (plan.pdf)');
    expect(error.stage).toBe('parse');
    // Cut after the first page's content: pdf.js may rebuild what is left, or fail; never anything else.
    const half = await parseSource(raw(pdf.subarray(0, Math.floor(pdf.length * 0.6))), opts).then(
      (doc) => doc,
      (e: unknown) => e as DocumentError,
    );
    if (half instanceof DocumentError) expect(half.code).toMatch(/^pdf-(corrupt|no-text)$/);
    else expect(half.blocks.length).toBeGreaterThan(0);
  });

  it('rejects a password-protected PDF as pdf-encrypted', async () => {
    await expectDocError(parseSource(raw(await makeEncryptedPdf()), opts), 'pdf-encrypted');
  });

  it('rejects a PDF without a text layer as pdf-no-text, saying it needs OCR', async () => {
    const error = await expectDocError(parseSource(raw(await makeImageOnlyPdf()), opts), 'pdf-no-text');
    expect(error.hint).toMatch(/OCR/);
    // With --ocr: OCR runs and finds nothing in a grey rectangle, or (tools absent) the hint says what to install.
    const withOcr = await expectDocError(parseSource(raw(await makeImageOnlyPdf()), { ...opts, ocr: true }), 'pdf-no-text');
    if (hasCommand('tesseract') && hasCommand('pdftoppm')) expect(withOcr.message).toMatch(/OCR found no text/);
    else expect(withOcr.hint).toMatch(/not installed.*apt-get install .*(tesseract-ocr.*poppler-utils|poppler-utils.*tesseract-ocr)/);
  });

  it('sniffs a PDF by content whatever its name, and rejects a ".pdf" that is not one', async () => {
    const doc = await parseSource(raw(await makePlanPdf(), { path: 'download.bin' }), opts);
    expect(doc.format).toBe('pdf');
    await expectDocError(parseSource(raw('Sorry, this file has moved.', { path: 'plan.pdf' }), opts), 'pdf-corrupt');
  });

  it.skipIf(!existsSync(FIXTURE))(`parses the 22-page TVP plan fixture (skipped when ${FIXTURE} is absent)`, async () => {
    const bytes = readFileSync(FIXTURE);
    const doc = await parseSource(raw(bytes, { path: 'tvp-plan-2017-2021.pdf', role: 'current_plan' }), opts);
    expect(doc.pages).toBe(22);
    expect(doc.title).toBe('Police and Crime Plan for the Thames Valley 2017-2021');
    expect(doc.blocks.every((b) => b.page >= 1 && b.page <= 22)).toBe(true);
    const texts = doc.blocks.map((b) => b.text);
    // Contents-page lines ending in page numbers are furniture, their headings are not.
    expect(texts).not.toContain('Your Police Area 4');
    expect(doc.blocks.find((b) => b.kind === 'heading' && b.text === 'Opening Statement')).toBeDefined();
    // The five strategic priorities are a bullet list on page 3.
    const priorities = doc.blocks.filter((b) => b.kind === 'list_item' && b.page === 3).map((b) => b.text);
    expect(priorities).toEqual(expect.arrayContaining(['Vulnerability.', 'Reducing Reoffending.', 'Police Ethics and Reform.']));
  });
});

describe('PDF engines agree', () => {
  const blocksOf = async (bytes: Buffer, pdfEngine: (typeof PDF_ENGINES)[number], path = 'plan.pdf') =>
    (await parseSource(raw(bytes, { path }), { baseDir: '/', pdfEngine })).blocks.map((b) => [b.kind, b.level ?? null, b.page, b.text]);

  it('gives the same blocks from pdf-parse and mupdf on a generated plan', async () => {
    const pdf = await makePlanPdf();
    expect(await blocksOf(pdf, 'mupdf')).toEqual(await blocksOf(pdf, 'pdf-parse'));
  });

  it.skipIf(!existsSync(FIXTURE))('gives nearly the same blocks on the real TVP plan (at most 2% differ)', async () => {
    const bytes = readFileSync(FIXTURE);
    const a = (await blocksOf(bytes, 'pdf-parse', 'tvp.pdf')).map((b) => JSON.stringify(b));
    const b = new Set((await blocksOf(bytes, 'mupdf', 'tvp.pdf')).map((x) => JSON.stringify(x)));
    const differing = a.filter((x) => !b.has(x));
    expect(a.length).toBeGreaterThan(100);
    expect(differing.length / a.length).toBeLessThanOrEqual(0.02);
  });
});
