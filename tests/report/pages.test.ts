/**
 * The sample corpus's 2025 note on paper: the HTML printed by headless Chromium and the .docx
 * converted by LibreOffice, each rendered ONCE and shared by every assertion. Page 1 carries the
 * recommendation and its reasons, the body before the annexes is at most six pages, every page is
 * marked OFFICIAL, and no page is blank or has ink running off its edge. A missing tool skips with
 * the reason (CI installs chromium, libreoffice and poppler-utils: .ci/run).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScan } from '../../src/pipeline/index.js';
import { chromiumArgs } from './chromium.js';
import { tempDir } from './helpers.js';
import { claims, docxUnits, htmlUnits, mdUnits } from './units.js';

const run = promisify(execFile);
const has = (bin: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, bin)));
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].find(has);
const missing = [!CHROMIUM && 'chromium', !has('libreoffice') && 'libreoffice', !has('pdftoppm') && 'pdftoppm (poppler-utils)', !has('pdftotext') && 'pdftotext (poppler-utils)'].filter(Boolean);

interface Printed { pages: string[]; grey: Array<{ width: number; height: number; data: Buffer }> }

async function pdfPages(pdf: string): Promise<Printed> {
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const n = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pages: string[] = [];
  for (let i = 1; i <= n; i++) pages.push((await run('pdftotext', ['-layout', '-f', String(i), '-l', String(i), pdf, '-'])).stdout);
  // Every page as an 8-bit grey PGM at 30 dpi: enough to see ink, small enough to be fast.
  const prefix = `${pdf}.page`;
  await run('pdftoppm', ['-r', '30', '-gray', pdf, prefix]);
  const grey = [];
  for (let i = 1; i <= n; i++) {
    const file = [`${prefix}-${i}.pgm`, `${prefix}-${String(i).padStart(2, '0')}.pgm`, `${prefix}-${String(i).padStart(3, '0')}.pgm`].find(existsSync)!;
    grey.push(parsePgm(await readFile(file)));
  }
  return { pages, grey };
}

function parsePgm(b: Buffer): { width: number; height: number; data: Buffer } {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(b.subarray(0, 64).toString('latin1'));
  if (!head) throw new Error('not a binary PGM');
  const width = Number(head[1]);
  const height = Number(head[2]);
  return { width, height, data: b.subarray(head[0].length, head[0].length + width * height) };
}

/** Share of dark pixels in a column band [x0, x1) of the page. */
function ink(p: { width: number; height: number; data: Buffer }, x0: number, x1: number): number {
  let dark = 0;
  for (let y = 0; y < p.height; y++) for (let x = x0; x < x1; x++) if (p.data[y * p.width + x]! < 200) dark++;
  return dark / Math.max(1, (x1 - x0) * p.height);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

let html: Printed | null = null;
let word: Printed | null = null;
let reasons: string[] = [];
let out = '';

beforeAll(async () => {
  if (missing.length) return;
  const dir = await tempDir('pages');
  const root = resolve(import.meta.dirname, '..', '..');
  await runScan({ sources: join(root, 'sources.yaml'), year: 2025, out: dir, db: join(dir, 'planscan.db') });
  out = join(dir, '2025');
  reasons = JSON.parse(await readFile(join(out, 'scan.json'), 'utf8')).recommendation.reasons.map((r: { text: string }) => r.text);
  const htmlPdf = join(dir, 'html.pdf');
  await Promise.all([
    run(CHROMIUM!, [...chromiumArgs(join(dir, 'profile')), '--no-pdf-header-footer', `--print-to-pdf=${htmlPdf}`, pathToFileURL(join(out, 'briefing-note.html')).href], { timeout: 120_000 }),
    run('libreoffice', ['--headless', `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, join(out, 'briefing-note.docx')], { timeout: 120_000 }),
  ]);
  [html, word] = await Promise.all([pdfPages(htmlPdf), pdfPages(join(dir, 'briefing-note.pdf'))]);
}, 300_000);

describe.each([
  ['HTML printed by Chromium', () => html],
  ['Word note converted by LibreOffice', () => word],
])('%s', (_name, printed) => {
  test('page 1 has the recommendation and every reason', (ctx) => {
    if (missing.length) return ctx.skip(`not installed: ${missing.join(', ')}`);
    const p1 = flat(printed()!.pages[0]!);
    expect(p1).toContain('The PCC is asked to agree the recommendation');
    expect(p1).toContain('Decision of the Police and Crime Commissioner');
    for (const r of reasons) expect(p1).toContain(flat(r).slice(0, 40));
  });

  test('the body before the annexes is at most six pages; OFFICIAL on every page', (ctx) => {
    if (missing.length) return ctx.skip(`not installed: ${missing.join(', ')}`);
    const { pages } = printed()!;
    const annexA = pages.findIndex((p) => /Annex A: Decision timetable/.test(p));
    expect(annexA).toBeGreaterThan(0);
    expect(annexA).toBeLessThanOrEqual(6);
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('OFFICIAL'));
  });

  test('no page is blank and no ink runs off the right-hand edge', (ctx) => {
    if (missing.length) return ctx.skip(`not installed: ${missing.join(', ')}`);
    for (const [i, g] of printed()!.grey.entries()) {
      expect(ink(g, 0, g.width), `page ${i + 1} ink`).toBeGreaterThan(0.002);
      // The outer 4 mm of an A4 page (about 5 px at 30 dpi) stays white: text and tables fit the page.
      expect(ink(g, g.width - 5, g.width), `page ${i + 1} right edge`).toBe(0);
    }
  });
});

describe('the sample 2025 note as written', () => {
  test('every stated count matches its list or table, in md, html and docx', async (ctx) => {
    if (missing.length) return ctx.skip(`not installed: ${missing.join(', ')}`);
    const md = claims(mdUnits(await readFile(join(out, 'briefing-note.md'), 'utf8')));
    const html = claims(htmlUnits(await readFile(join(out, 'briefing-note.html'), 'utf8')));
    const docx = claims(await docxUnits(join(out, 'briefing-note.docx')));
    for (const found of [md, html, docx]) {
      expect(found.length).toBeGreaterThanOrEqual(5);
      for (const c of found) expect({ text: c.text, n: c.found }).toEqual({ text: c.text, n: c.said });
    }
  });

  test('the body before the annexes is at most 2,500 words (Markdown)', async (ctx) => {
    if (missing.length) return ctx.skip(`not installed: ${missing.join(', ')}`);
    const md = await readFile(join(out, 'briefing-note.md'), 'utf8');
    const body = md.slice(0, md.indexOf('## Annex A'));
    const words = body.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/[|*#\\-]+/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(words).toBeGreaterThan(800);
    expect(words).toBeLessThanOrEqual(2500);
  });
});
