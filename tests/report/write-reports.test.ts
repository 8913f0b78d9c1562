import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildBrief,
  buildNote,
  headingText,
  REPORT_FILES,
  writeFileAtomic,
  docxChunks,
  writeReports,
  type Brief,
  type Note,
} from '../../src/report/index.js';
import { AtomicBatch } from '../../src/util/atomic.js';
import { makeInput, PRIORITIES } from './fixture.js';
import { docxHeadings, docxParagraphs, docxText, htmlHeadings, htmlText, mdHeadings, mdText, tempDir } from './helpers.js';

let out: string;
let files: string[];
let model: Note;
let brief: Brief;
const allSections = (n: Note) => [...n.front, ...n.body, ...n.annexes];
const read = (name: string) => readFile(join(out, '2025', name), 'utf8');
const csv = async (name: string) => parse(await read(name), { columns: true }) as Array<Record<string, string>>;

beforeAll(async () => {
  out = await tempDir();
  files = await writeReports(makeInput(), out);
  brief = buildBrief(makeInput());
  model = buildNote(brief);
});

describe('writeReports', () => {
  test('writes every file into outDir/<year>/ and returns their paths', async () => {
    const charts = ['briefing-note-fig-partners.svg', 'briefing-note-fig-heatmap.svg', 'briefing-note-fig-drift.svg'];
    expect(files).toEqual([...REPORT_FILES, ...charts].map((f) => join(out, '2025', f)));
    for (const f of files) expect(existsSync(f)).toBe(true);
    const listing = await readdir(join(out, '2025'));
    expect(listing.sort()).toEqual([...REPORT_FILES, ...charts].sort());
    expect(listing.some((f) => f.endsWith('.tmp') || f.startsWith('.'))).toBe(false);
  });

  test('rewriting over existing outputs leaves no temp files', async () => {
    await writeReports(makeInput({ drift: false }), out);
    const listing = await readdir(join(out, '2025'));
    expect(listing.filter((f) => !f.endsWith('.svg')).sort()).toEqual([...REPORT_FILES].sort());
    expect(listing.some((f) => f.endsWith('.tmp'))).toBe(false);
    await writeReports(makeInput(), out);
  });
});

describe('atomic write', () => {
  test('a batch writes whole, chunked and streamed files, renaming them only on commit', async () => {
    const dir = await tempDir();
    const [a, b, c] = ['a.txt', 'b.txt', 'c.bin'].map((n) => join(dir, n)) as [string, string, string];
    await writeFile(a, 'old a');
    const progress: number[] = [];
    const batch = new AtomicBatch((bytes) => progress.push(bytes));
    await batch.stage(a, 'new a');
    // Enough chunks to cross the 1 MB write buffer, with non-ASCII text kept intact.
    const rows = Array.from({ length: 60_000 }, (_, i) => `row ${i} κ ≥ “quote”\n`);
    await batch.stage(b, rows.values());
    await batch.stage(c, (async function* () { yield Buffer.from('x'); yield 'y'; yield Buffer.from('z'); })());
    expect(await readFile(a, 'utf8')).toBe('old a'); // nothing visible before commit
    // The hook saw the chunked file's bytes grow past the 1 MB write buffer, then the streamed one's.
    const total = rows.reduce((n, r) => n + r.length, 0);
    expect(progress.filter((b) => b >= 1 << 20).length).toBeGreaterThanOrEqual(1);
    expect(progress).toContain(total);
    expect(existsSync(b)).toBe(false);
    expect(await batch.commit()).toEqual([a, b, c]);
    expect(await readFile(a, 'utf8')).toBe('new a');
    expect(await readFile(b, 'utf8')).toBe(rows.join(''));
    expect(await readFile(c, 'utf8')).toBe('xyz');
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', 'c.bin']);
  });

  test('a batch that fails part-way leaves the previous files and no temp files', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.txt');
    await writeFile(a, 'old a');
    const batch = new AtomicBatch();
    const failing = (function* () { yield 'partial'; throw new Error('render failed'); })();
    await batch.stage(a, 'new a');
    await expect(batch.stage(join(dir, 'b.txt'), failing)).rejects.toThrow('render failed');
    await batch.abort();
    expect(await readFile(a, 'utf8')).toBe('old a');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  test('replaces the file and cleans up the temp file on failure', async () => {
    const dir = await tempDir();
    const f = join(dir, 'a.txt');
    await writeFileAtomic(f, 'one');
    await writeFileAtomic(f, 'two');
    expect(await readFile(f, 'utf8')).toBe('two');
    // Target is a non-empty directory: rename must fail and the temp file must be removed.
    const blocked = join(dir, 'blocked');
    await mkdir(blocked);
    await writeFile(join(blocked, 'x'), 'x');
    await expect(writeFileAtomic(blocked, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'blocked']);
  });
});

// The CSV outputs are tested in tests/report/csv.test.ts.

describe('scan.json', () => {
  test('is the Analysis plus counts, with the recommendation at top level', async () => {
    const j = JSON.parse(await read('scan.json'));
    expect(j.recommendation.decision).toBe('vary the plan');
    expect(j.recommendation.reasons).toHaveLength(3);
    expect(j.counts.documentsScanned).toBe(brief.figures.documentsScanned);
    expect(j.counts.failedDocuments).toBe(1);
    expect(j.themes).toHaveLength(10);
    expect(j.scan.runId).toBe('run-2025-11-23-abc123');
    expect(j.evidence).toHaveLength(PRIORITIES.length);
  });
});

describe('HTML note', () => {
  let html: string;
  let $: cheerio.CheerioAPI;
  beforeAll(async () => {
    html = await read('briefing-note.html');
    $ = cheerio.load(html);
  });

  test('has every section in order and the title block', () => {
    expect($('main > section').map((_, s) => $(s).attr('id')).get()).toEqual([
      's-summary', 's-recommendation', 's-background', 's-outcome', 's-risk', 's-national', 's-gaps', 's-change', 's-methodology',
      's-timetable', 's-scoring', 's-evidence', 's-sources',
    ]);
    const title = $('header.cover').text();
    for (const s of ['Thames Valley', '2025', '23 November 2025', 'A. Analyst, OPCC', 'Version']) expect(title).toContain(s);
  });

  test('is self-contained: inline CSS with A4 print rules, no scripts or external resources', () => {
    expect($('script')).toHaveLength(0);
    expect($('link')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('style').text()).toMatch(/@media print/);
    expect($('style').text()).toMatch(/@page\s*{\s*size:\s*A4/);
    $('[src]').each((_, e) => expect($(e).attr('src')).toMatch(/^(#|data:)/));
    $('a[href]').each((_, e) => expect($(e).attr('href')).toMatch(/^#/));
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg|example\.org)/);
  });

  test('has three non-empty, labelled inline SVG charts', () => {
    const svgs = $('svg');
    expect(svgs).toHaveLength(3);
    svgs.each((_, s) => {
      expect($(s).find('rect').length).toBeGreaterThan(3);
      expect($(s).find('text').length).toBeGreaterThan(3);
      expect($(s).children('title').text().length).toBeGreaterThan(0);
      expect($(s).attr('role')).toBe('img');
    });
    expect($('#fig-partners').text()).toContain('Number of partners citing the theme');
  });

  test('evidence refs link to existing evidence rows', () => {
    const hrefs = new Set($('.refs a').map((_, a) => $(a).attr('href')).get());
    expect(hrefs.size).toBeGreaterThan(10);
    for (const h of hrefs) expect($(h).is('tr')).toBe(true);
    expect($('#s-evidence tbody tr')).toHaveLength(PRIORITIES.length);
    expect($('#E1').text()).toContain('Domestic abuse');
  });

  test('escapes text in HTML and SVG', () => {
    expect(html).not.toContain('<online>');
    expect($('#s-evidence').text()).toContain('Children at risk & "hidden" harm <online>');
    expect($('#fig-partners').html()).toContain('Modern slavery &amp; trafficking');
  });

  test('without drift says there is no earlier year and draws no drift chart', async () => {
    const dir = await tempDir();
    await writeReports(makeInput({ drift: false }), dir);
    const h = cheerio.load(await readFile(join(dir, '2025', 'briefing-note.html'), 'utf8'));
    expect(h('#s-change').text()).toMatch(/No earlier scan year is held/);
    expect(h('svg')).toHaveLength(2);
  });
});

describe('Word note', () => {
  test('is a real .docx with title block, heading styles, tables, images, footer page numbers and evidence rows', async () => {
    const { zip, xml, paras } = await docxParagraphs(join(out, '2025', 'briefing-note.docx'));
    const title = paras.filter((p) => p.style === 'Title');
    expect(title.map((p) => p.text)).toEqual(['Police and Crime Plan Review 2025']);
    const head = docxText(paras.slice(0, 20));
    for (const s of ['Thames Valley', '23 November 2025', 'A. Analyst, OPCC', 'Version']) expect(head).toContain(s);
    const h1 = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(allSections(model).map(headingText));
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(10);
    expect(xml.includes('<w:tblHeader'), 'repeating table header').toBe(true);
    // Evidence rows are bookmarked and refs link to them.
    for (let i = 1; i <= PRIORITIES.length; i++) expect(xml.includes(`w:name="E${i}"`), `bookmark E${i}`).toBe(true);
    expect(/<w:hyperlink[^>]*w:anchor="E1"/.test(xml), 'hyperlink to E1').toBe(true);
    const text = docxText(paras);
    for (const p of PRIORITIES) expect(text).toContain(p.quote);
    // Charts are PNGs.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const m of media) {
      const b = await zip.file(m)!.async('nodebuffer');
      expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(b.length).toBeGreaterThan(5000);
    }
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const footerXml = (await Promise.all(footers.map((f) => zip.file(f)!.async('string')))).join('');
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
  });

  test('mammoth reads it as headings, tables and the evidence table', async () => {
    const { value } = await mammoth.convertToHtml({ path: join(out, '2025', 'briefing-note.docx') });
    const $ = cheerio.load(value);
    expect($('h1').map((_, h) => $(h).text()).get()).toContain('2 Decision required');
    const evidence = $('table').filter((_, t) => $(t).find('tr').length === PRIORITIES.length + 1);
    expect(evidence).toHaveLength(1);
    expect(evidence.find('tr').eq(1).text()).toMatch(/^1/);
  });
});

describe('Word note, long tables', () => {
  test('a table of more than 200 rows is streamed as raw rows with every row and non-ASCII text intact', async () => {
    const m = buildNote(buildBrief(makeInput()));
    const rows = Array.from({ length: 450 }, (_, i) => [[{ t: 'text' as const, text: `doc-${i}` }], [{ t: 'text' as const, text: `Partner ${i} – “κ” ≥` }]]);
    m.body[0]!.blocks.push({ type: 'table', caption: 'Documents read (long)', header: ['Source', 'Partner'], rows });
    const parts: Buffer[] = [];
    for await (const chunk of docxChunks(m)) parts.push(chunk);
    const file = join(await tempDir(), 'long.docx');
    await writeFile(file, Buffer.concat(parts));
    const { value } = await mammoth.convertToHtml({ path: file });
    const $ = cheerio.load(value);
    const long = $('table').filter((_, t) => $(t).text().includes('doc-449'));
    expect(long.find('tr')).toHaveLength(451);
    expect(long.find('tr').eq(1).text()).toBe('doc-0Partner 0 – “κ” ≥');
    // The evidence table is still bookmarked after the long table was spliced in before it.
    const { xml } = await docxParagraphs(file);
    for (let i = 1; i <= PRIORITIES.length; i++) expect(xml.includes(`w:name="E${i}"`), `bookmark E${i}`).toBe(true);
  });
});

describe('the three formats say the same things', () => {
  test('same section headings in the same order', async () => {
    const expected = allSections(model).map(headingText);
    const md = mdHeadings(await read('briefing-note.md'));
    const html = htmlHeadings(await read('briefing-note.html'));
    const { paras } = await docxParagraphs(join(out, '2025', 'briefing-note.docx'));
    expect(md).toEqual(expected);
    expect(html).toEqual(expected);
    expect(docxHeadings(paras)).toEqual(expected);
  });

  test('same key figures: documents, theme counts, recommendation, evidence rows', async () => {
    const md = mdText(await read('briefing-note.md'));
    const html = htmlText(await read('briefing-note.html'));
    const { paras } = await docxParagraphs(join(out, '2025', 'briefing-note.docx'));
    const docx = docxText(paras);
    const k = brief.figures;
    const facts = [
      `The OPCC read ${k.documentsScanned} documents from ${k.partners} partners`,
      `Partners cite ${k.themes} business themes: ${k.tiers.universal} universal, ${k.tiers.major} major in parts and ${k.tiers.local} particular local`,
      'The PCC is asked to agree the recommendation: Vary the current Police and Crime Plan.',
      'Partner types the scan did not cover:',
      `One row per stated priority (${PRIORITIES.length} rows)`,
      'Domestic abuse — 5 partners',
      '[1–5]',
      'HTTP 404 Not Found for https://example.org/wycombe.pdf',
      'Strategic priority 1: Vulnerability › Key aim: Tackle domestic abuse and violence against women and girls',
    ];
    for (const f of facts) {
      expect(md, `md: ${f}`).toContain(f);
      expect(html, `html: ${f}`).toContain(f);
      expect(docx, `docx: ${f}`).toContain(f);
    }
  });
});
