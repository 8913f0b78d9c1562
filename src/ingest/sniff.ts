import { extname } from 'node:path';
import type { Format } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { sourceLabel } from './label.js';
import type { RawSource } from './types.js';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // legacy .doc / .xls
// A document or fragment that opens with markup; text that merely mentions a tag later is not HTML.
const HTML_MARKER =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|h[1-6]|table|ul|ol|section|article|main)\b/i;

/**
 * Decide a source's format from its bytes first, then its name and content type.
 * Names lie (a ".docx" saved from a web page is HTML); magic numbers do not.
 */
export function sniffFormat(raw: RawSource): Format {
  const { bytes } = raw;
  const ext = extensionOf(raw);
  const type = (raw.contentType ?? '').toLowerCase();
  const head = bytes.subarray(0, 1024);

  // pdf.js accepts a header anywhere in the first 1 KB, as many producers prepend junk.
  if (head.indexOf(PDF_MAGIC) !== -1) return 'pdf';
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    // The central directory lists every part name in plain bytes, so no unzip is needed here.
    if (bytes.includes('word/document.xml')) return 'docx';
    if (ext === '.docx') {
      throw new DocumentError('parse', 'docx-invalid', `${sourceLabel(raw.entry)}: zip file without word/document.xml, so not a Word document`, 'Open it in Word and save it again as .docx.');
    }
    throw unknownType(raw, 'a zip archive that is not a Word document');
  }
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw unknownType(raw, 'a legacy Office file (.doc/.xls)');

  const text = head.toString('latin1');
  if (HTML_MARKER.test(text) || (type.includes('html') && text.trimStart().startsWith('<'))) return 'html';
  if (ext === '.docx') {
    throw new DocumentError('parse', 'docx-invalid', `${sourceLabel(raw.entry)}: named .docx but is not a zip file`, 'The file is damaged or mis-named; save it again from Word as .docx.');
  }
  if (ext === '.pdf' || type.includes('pdf')) {
    throw new DocumentError('parse', 'pdf-corrupt', `${sourceLabel(raw.entry)}: named as a PDF but has no %PDF- header`, 'Download the file again; it may be an error page or damaged.');
  }
  if (looksBinary(bytes)) throw unknownType(raw, 'binary data of an unknown kind');
  if (ext === '.csv' || type.includes('csv') || raw.entry.role === 'survey') return 'csv';
  return 'text';
}

export function extensionOf(raw: RawSource): string {
  const name = raw.entry.path ?? safePathname(raw.finalUrl ?? raw.entry.url ?? '');
  return extname(name).toLowerCase();
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Share of control bytes above which a file is binary (text has tab, CR, LF, form feed and little else). */
const MAX_CONTROL_SHARE = 0.01;

/**
 * NUL bytes do not occur in text in the 8-bit encodings we decode (UTF-16 is caught by its BOM
 * first), and other control bytes are rare: random or compressed data has about 12% of them. The
 * whole file is counted (one linear pass), so binary data behind a text-like first kilobyte is
 * caught too.
 */
export function looksBinary(bytes: Buffer): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  if (bytes.subarray(0, 1024).includes(0)) return true;
  let controls = 0;
  for (const b of bytes) {
    // 0x09 tab, 0x0a LF, 0x0b Word's line break, 0x0c form feed, 0x0d CR, 0x1b escape (ANSI colour in exported logs).
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
    else if (b === 0x7f) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

function unknownType(raw: RawSource, what: string): DocumentError {
  return new DocumentError('parse', 'unknown-type', `${sourceLabel(raw.entry)}: ${what}`, 'Supported formats are PDF, .docx, HTML, plain text/markdown and CSV (survey sources).');
}
