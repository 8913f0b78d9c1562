import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import {
  AlignmentType, Document as DocxDocument, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow,
} from 'docx';
import { expect } from 'vitest';
import { DocumentError, type SourceEntry } from '../../src/schema/index.js';
import { sha256 } from '../../src/ingest/fetch.js';
import type { RawSource } from '../../src/ingest/index.js';

export function entry(over: Partial<SourceEntry> = {}): SourceEntry {
  const base: SourceEntry = {
    id: 'csp-north',
    role: 'partner',
    partner: 'Northshire CSP',
    partner_type: 'CSP',
    area: 'Northshire',
    doc_type: 'partnership_plan',
    year: 2025,
    path: 'plan.pdf',
  };
  const merged = { ...base, ...over };
  // Exactly one of path/url, as the schema demands.
  if (over.url !== undefined && over.path === undefined) delete merged.path;
  return merged;
}

export function raw(bytes: Buffer | string, over: Partial<SourceEntry> = {}, contentType?: string): RawSource {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return { entry: entry(over), bytes: buf, contentHash: sha256(buf), ...(contentType ? { contentType } : {}) };
}

/** Await a promise that must reject with a DocumentError of the given code; returns the error. */
export async function expectDocError(p: Promise<unknown>, code: string): Promise<DocumentError> {
  const error = await p.then(
    () => {
      throw new Error(`expected DocumentError ${code}, but it resolved`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).code).toBe(code);
  return error as DocumentError;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const LONG =
  'The partnership will work with health, education and the voluntary sector to reduce harm in every ' +
  'neighbourhood, focusing its resources where the evidence of risk is strongest and reviewing progress each quarter.';

/**
 * A three-page plan: running header and footer on every page, numbered section headings,
 * a wrapped paragraph, a bullet list with a wrapped item, and a numbered list.
 */
export async function makePlanPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false, info: { Title: 'Northshire Community Safety Plan' } });
  const page = (n: number, body: () => void): void => {
    doc.addPage();
    doc.fontSize(9).text('Northshire Community Safety Partnership', 72, 30, { lineBreak: false });
    doc.fontSize(11).text('', 72, 72);
    body();
    doc.fontSize(9).text(`Page ${n}`, 72, 800, { lineBreak: false });
  };
  page(1, () => {
    doc.fontSize(18).text('COMMUNITY SAFETY PLAN 2025');
    doc.fontSize(14).text('1 Introduction');
    doc.fontSize(11).text(LONG);
    doc.moveDown();
    doc.fontSize(14).text('Our Priorities');
    doc.fontSize(11).text('Our priorities for 2025 are:');
    doc.text('• Reducing violence against women and girls');
    doc.text('• Tackling drug-related harm and county lines exploitation of children and vulnerable adults across the whole of the county');
    doc.text('• Anti-social behaviour');
  });
  page(2, () => {
    doc.fontSize(14).text('2.1 Domestic abuse');
    doc.fontSize(11).text(LONG);
    doc.moveDown();
    doc.text('We will:');
    doc.text('1. Train every frontline officer.');
    doc.text('2. Fund two more advocates.');
  });
  page(3, () => {
    doc.fontSize(14).text('2.2 Serious violence');
    doc.fontSize(11).text('Serious violence remains a priority for the partnership.');
  });
  return collect(doc);
}

export async function makeEncryptedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  doc.text('Confidential partnership plan');
  return collect(doc);
}

/** A page with only a filled rectangle: what a scanned PDF looks like to a text extractor. */
export async function makeImageOnlyPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  doc.rect(72, 72, 300, 400).fill('#333333');
  return collect(doc);
}

/** A .docx with headings, a numbered list (with a sub-item) and a table. */
export async function makePlanDocx(): Promise<Buffer> {
  const doc = new DocxDocument({
    numbering: {
      config: [
        {
          reference: 'priorities',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Safeguarding Board Business Plan', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Our priorities', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('The board has agreed three priorities for 2025.'),
          new Paragraph({ text: 'Child exploitation', numbering: { reference: 'priorities', level: 0 } }),
          new Paragraph({ text: 'Online harm to children', numbering: { reference: 'priorities', level: 1 } }),
          new Paragraph({ text: 'Neglect', numbering: { reference: 'priorities', level: 0 } }),
          new Paragraph({ text: 'Domestic abuse', numbering: { reference: 'priorities', level: 0 } }),
          new Paragraph({ text: 'Measures', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Priority'), cell('Lead'), cell('Measure')] }),
              new TableRow({ children: [cell('Neglect'), cell('Children’s services'), cell('Referrals')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

/** Small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether a command can be started here (the test's own check, independent of src/ingest/ocr.ts). */
export function hasCommand(command: string): boolean {
  return spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/**
 * A scanned-looking PDF: a text page made with pdfkit, rasterised by `pdftoppm`, and embedded as
 * the only content of a new PDF (an image, no text layer). Needs pdftoppm installed.
 */
export async function makeScannedPdf(heading: string, lines: string[]): Promise<Buffer> {
  const text = new PDFDocument({ size: 'A4', margin: 72 });
  text.fontSize(28).text(heading);
  text.moveDown();
  for (const line of lines) text.fontSize(22).text(line).moveDown(0.5);
  const source = await collect(text);

  const dir = mkdtempSync(join(tmpdir(), 'planscan-test-scan-'));
  try {
    writeFileSync(join(dir, 'text.pdf'), source);
    await promisify(execFile)('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'text.pdf'), join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    const scan = new PDFDocument({ size: 'A4', margin: 0 });
    scan.image(png, 0, 0, { fit: [scan.page.width, scan.page.height] });
    return await collect(scan);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
