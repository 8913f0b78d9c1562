import { DocumentError } from '../schema/index.js';
import { overBudget } from './budget.js';
import { linesToBlocks } from './blocks.js';
import { stripFurniture } from './furniture.js';
import { sourceLabel } from './label.js';
import { missingOcrTools, OCR_TOOLS, OcrFailure, ocrPdf } from './ocr.js';
import { runPdfParse } from './pdf-pool.js';
import type { Parsed } from './parsed.js';
import type { IngestOptions, RawSource } from './types.js';

/** Below this many letters per page a PDF is taken to be scanned images without a text layer. */
const MIN_LETTERS_PER_PAGE = 5;

export async function parsePdf(raw: RawSource, opts: IngestOptions): Promise<Parsed> {
  const label = sourceLabel(raw.entry);
  const outcome = await runPdfParse(raw.bytes, opts.pdfEngine);
  if (!outcome.ok) {
    if (outcome.stop) throw overBudget(label, 'parse', outcome.stop);
    const { name, message } = outcome.error;
    if (name === 'PasswordException') {
      throw new DocumentError('parse', 'pdf-encrypted', `${label}: PDF is password-protected (${message})`, 'Ask the partner for an unprotected copy, or open it and print to PDF.');
    }
    throw new DocumentError('parse', 'pdf-corrupt', `${label}: PDF could not be read (${name}: ${message})`, 'The file may be truncated or damaged; download it again.');
  }

  const { title } = outcome.text;
  let { pages } = outcome.text;
  if (!hasText(pages)) {
    const noText = `${label}: PDF has no extractable text on its ${pages.length} page(s)`;
    if (!opts.ocr) {
      throw new DocumentError('parse', 'pdf-no-text', noText, 'The PDF looks scanned (images, no text layer) and needs OCR, e.g. `ocrmypdf in.pdf out.pdf`.');
    }
    pages = await ocrPages(raw, pages.length, noText);
  }

  const lines = stripFurniture(pages.map((text) => text.split(/\r?\n/)));
  const blocks = linesToBlocks(lines.map((ls, i) => ({ page: i + 1, lines: ls })));
  return { title, pages: pages.length, blocks };
}

function hasText(pages: string[]): boolean {
  const letters = pages.join('').match(/\p{L}/gu)?.length ?? 0;
  return pages.length > 0 && letters >= MIN_LETTERS_PER_PAGE * pages.length;
}

/** Page texts read by OCR from a PDF without a text layer, or a pdf-no-text DocumentError. */
async function ocrPages(raw: RawSource, pageCount: number, noText: string): Promise<string[]> {
  const label = sourceLabel(raw.entry);
  const missing = missingOcrTools();
  if (missing.length > 0) {
    const commands = missing.map((c) => `\`${c}\``).join(' and ');
    const packages = Object.values(OCR_TOOLS).join(' ');
    throw new DocumentError('parse', 'pdf-no-text', noText,
      `OCR was requested but ${commands} ${missing.length > 1 ? 'are' : 'is'} not installed; install them (Debian/Ubuntu: \`apt-get install ${packages}\`) or run the file through OCR (e.g. \`ocrmypdf\`) and point the source at the result.`);
  }
  let pages: string[];
  try {
    pages = await ocrPdf(raw.bytes, pageCount);
  } catch (error) {
    if (!(error instanceof OcrFailure)) throw error;
    throw new DocumentError('parse', 'pdf-no-text', `${noText}, and OCR failed (${error.message})`,
      'The file may be damaged or unusually large; try OCR by hand (e.g. `ocrmypdf in.pdf out.pdf`) and point the source at the result.');
  }
  if (!hasText(pages)) {
    throw new DocumentError('parse', 'pdf-no-text', `${label}: PDF has no text layer and OCR found no text on its ${pages.length} page(s)`,
      'The scan may be blank, too faint or not in English; check the file, or OCR it by hand and point the source at the result.');
  }
  return pages;
}
