/**
 * PDF text through MuPDF (the `mupdf` package: Artifex's own WebAssembly build, AGPL-3.0).
 * It is an opt-in engine (`--pdf-engine mupdf`), about 2.5x faster than pdf.js on one core,
 * and is shaped to give the same page text as pdf-parse, so furniture stripping and block
 * building downstream do not depend on which engine read the file.
 */
import type { StructuredText } from 'mupdf';
import type { PdfText } from './pdf-extract.js';

type MupdfModule = typeof import('mupdf');
let loaded: Promise<MupdfModule> | null = null;

/** Loaded on first use, so scans that never ask for MuPDF never load its WebAssembly. */
function mupdf(): Promise<MupdfModule> {
  // MuPDF prints repair warnings ("trying to repair broken xref") to stderr; a file it cannot
  // read is reported through planscan's own errors instead, as with pdf.js at verbosity 0.
  loaded ??= import('mupdf').then((m) => {
    m.setLog({ error: () => {}, warning: () => {} });
    return m;
  });
  return loaded;
}

/**
 * Two pieces of text on baselines closer than this (points) are one line, as pdf-parse's
 * `lineThreshold` (4.6) decides; MuPDF starts a new line at every font change ("Analysis"
 * in bold, the rest of the sentence in regular), which would split headings from their text.
 */
const SAME_LINE_PT = 4.6;

export class PdfPasswordError extends Error {
  override name = 'PasswordException';
}

export async function extractPdfTextMupdf(data: Buffer): Promise<PdfText> {
  const m = await mupdf();
  let doc: InstanceType<MupdfModule['Document']>;
  try {
    doc = m.Document.openDocument(data, 'application/pdf');
  } catch (error) {
    throw asError(error);
  }
  try {
    if (doc.needsPassword()) throw new PdfPasswordError('No password given');
    const pages: string[] = [];
    const count = doc.countPages();
    for (let i = 0; i < count; i++) {
      const page = doc.loadPage(i);
      const text = page.toStructuredText('preserve-whitespace');
      try {
        pages.push(pageText(text));
      } finally {
        text.destroy();
        page.destroy();
      }
    }
    const title = doc.getMetaData('info:Title')?.trim();
    return { pages, ...(title ? { title } : {}) };
  } catch (error) {
    throw asError(error);
  } finally {
    doc.destroy();
  }
}

/**
 * The page's lines, with pieces on one baseline joined. Text comes from `asText()` (one line of
 * output per MuPDF line, a blank line after each block) and positions from `walk()` without
 * per-character callbacks: both cross the WebAssembly boundary once per page or line, not per glyph.
 */
export function pageText(text: StructuredText): string {
  const blocks: Array<Array<[number, number, number, number]>> = [];
  let block: Array<[number, number, number, number]> = [];
  text.walk({
    beginTextBlock: () => { block = []; },
    beginLine: (bbox) => { block.push(bbox); },
    endTextBlock: () => { blocks.push(block); },
  });
  const raw = text.asText().split('\n');
  const lineCount = blocks.reduce((n, b) => n + b.length, 0);
  // Each line, a blank after each block, '' after the final newline. Anything else (a newline
  // inside a line) would misalign text and positions: fall back to MuPDF's own lines.
  if (raw.length !== lineCount + blocks.length + 1) return raw.map((l) => l.trimEnd()).filter(Boolean).join('\n');
  const out: string[] = [];
  let k = 0;
  let line: string | null = null;
  let lastBottom = 0;
  let lastRight = 0;
  for (const b of blocks) {
    for (const [x0, , x1, y1] of b) {
      const piece = raw[k++] ?? '';
      if (line !== null && Math.abs(y1 - lastBottom) <= SAME_LINE_PT) {
        const touching = /\s$/.test(line) || /^\s/.test(piece) || x0 - lastRight < 1;
        line += touching ? piece : ` ${piece}`;
      } else {
        if (line !== null) out.push(line.trimEnd());
        line = piece;
      }
      lastBottom = y1;
      lastRight = x1;
    }
    k++; // the blank line asText writes after each block
  }
  if (line !== null) out.push(line.trimEnd());
  return out.join('\n');
}

/** MuPDF throws strings or plain Errors; keep the message and a name the caller can map. */
function asError(error: unknown): Error {
  if (error instanceof Error) return error.name === 'Error' ? Object.assign(error, { name: 'MupdfError' }) : error;
  return Object.assign(new Error(String(error)), { name: 'MupdfError' });
}
