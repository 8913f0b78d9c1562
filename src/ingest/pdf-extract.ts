import { PDFParse } from 'pdf-parse';
import { extractPdfTextMupdf } from './pdf-mupdf.js';

/**
 * Which library reads PDF text. `pdf-parse` (pdf.js) is the default; `mupdf` gives the same page
 * text about 2.5x faster (see bench/README.md) and is for large, regional or national scans.
 */
export const PDF_ENGINES = ['pdf-parse', 'mupdf'] as const;
export type PdfEngine = (typeof PDF_ENGINES)[number];
export const DEFAULT_PDF_ENGINE: PdfEngine = 'pdf-parse';

/** Raw text of a PDF, one string per page, as produced in a worker or in-process. */
export interface PdfText {
  pages: string[];
  title?: string;
}

/** A PDF library failure reduced to what survives postMessage: its class name and message. */
export interface PdfFailure {
  name: string;
  message: string;
}

export function extractPdfText(data: Buffer, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<PdfText> {
  return engine === 'mupdf' ? extractPdfTextMupdf(data) : extractPdfTextPdfjs(data);
}

async function extractPdfTextPdfjs(data: Buffer): Promise<PdfText> {
  // A Buffer is copied by pdf-parse (a bare Uint8Array would be detached); verbosity 0 keeps
  // pdf.js warnings about damaged files off stderr: the failure is reported through our errors.
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText();
    const info = await parser.getInfo();
    const title: unknown = info.info?.Title;
    return {
      pages: result.pages.map((p) => p.text),
      ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
    };
  } finally {
    await parser.destroy();
  }
}

export function toPdfFailure(error: unknown): PdfFailure {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
