import { PDFParse } from 'pdf-parse';

/** Raw text of a PDF, one string per page, as produced in a worker or in-process. */
export interface PdfText {
  pages: string[];
  title?: string;
}

/** A pdf.js failure reduced to what survives postMessage: its class name and message. */
export interface PdfFailure {
  name: string;
  message: string;
}

export async function extractPdfText(data: Buffer): Promise<PdfText> {
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
