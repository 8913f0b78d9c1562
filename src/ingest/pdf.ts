import { DocumentError } from '../schema/index.js';
import { linesToBlocks } from './blocks.js';
import { stripFurniture } from './furniture.js';
import { sourceLabel } from './label.js';
import { runPdfParse } from './pdf-pool.js';
import type { Parsed } from './parsed.js';
import type { IngestOptions, RawSource } from './types.js';

/** Below this many letters per page a PDF is taken to be scanned images without a text layer. */
const MIN_LETTERS_PER_PAGE = 5;

export async function parsePdf(raw: RawSource, opts: IngestOptions): Promise<Parsed> {
  const label = sourceLabel(raw.entry);
  const outcome = await runPdfParse(raw.bytes);
  if (!outcome.ok) {
    const { name, message } = outcome.error;
    if (name === 'PasswordException') {
      throw new DocumentError('parse', 'pdf-encrypted', `${label}: PDF is password-protected (${message})`, 'Ask the partner for an unprotected copy, or open it and print to PDF.');
    }
    throw new DocumentError('parse', 'pdf-corrupt', `${label}: PDF could not be read (${name}: ${message})`, 'The file may be truncated or damaged; download it again.');
  }

  const { pages, title } = outcome.text;
  const letters = pages.join('').match(/\p{L}/gu)?.length ?? 0;
  if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * pages.length) {
    const hint = opts.ocr
      ? 'OCR was requested but is not implemented in planscan; run the file through OCR (e.g. `ocrmypdf`) and point the source at the result.'
      : 'The PDF looks scanned (images, no text layer) and needs OCR, e.g. `ocrmypdf in.pdf out.pdf`.';
    throw new DocumentError('parse', 'pdf-no-text', `${label}: PDF has no extractable text on its ${pages.length} page(s)`, hint);
  }

  const lines = stripFurniture(pages.map((text) => text.split(/\r?\n/)));
  const blocks = linesToBlocks(lines.map((ls, i) => ({ page: i + 1, lines: ls })));
  return { title, pages: pages.length, blocks };
}
