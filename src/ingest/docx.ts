import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DocumentError } from '../schema/index.js';
import { htmlToBlocks } from './html.js';
import { sourceLabel } from './label.js';
import type { Parsed } from './parsed.js';
import type { RawSource } from './types.js';

/**
 * Cap on the unzipped size of a .docx's XML parts. Word's XML for a 1,000-page report is
 * around 20 MB; far more from a small file is a zip bomb that would exhaust memory in mammoth.
 */
export const DOCX_MAX_XML_BYTES = 50 * 1024 * 1024;

export async function parseDocx(raw: RawSource): Promise<Parsed> {
  const label = sourceLabel(raw.entry);
  const invalid = (why: string): DocumentError =>
    new DocumentError('parse', 'docx-invalid', `${label}: not a readable Word document (${why})`, 'Open it in Word and save it again as .docx.');

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(raw.bytes);
  } catch (error) {
    throw invalid(`bad zip: ${errorMessage(error)}`);
  }
  if (!zip.file('word/document.xml')) throw invalid('no word/document.xml');
  await checkUnzippedSize(zip, label, invalid);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: raw.bytes },
      // Images are never read (an empty src), so they cost no memory and no time.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw invalid(errorMessage(error));
  }
  const parsed = htmlToBlocks(html, label);
  if (parsed.blocks.length === 0) {
    throw new DocumentError('parse', 'docx-no-text', `${label}: Word document has no text`, 'Check that the right file is listed; text in images or text boxes is not read.');
  }
  return parsed;
}

/** Inflate the XML parts, counting bytes, and stop as soon as the total passes the cap. */
async function checkUnzippedSize(zip: JSZip, label: string, invalid: (why: string) => DocumentError): Promise<void> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/i.test(file.name)) continue;
    await new Promise<void>((resolve, reject) => {
      // jszip's typings say NodeJS.ReadableStream; it is a stream.Readable, which we need to destroy.
      const stream = file.nodeStream('nodebuffer') as Readable;
      stream
        .on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > DOCX_MAX_XML_BYTES) {
            stream.destroy();
            reject(
              new DocumentError('parse', 'docx-too-large', `${label}: Word document unzips to over ${DOCX_MAX_XML_BYTES / 1024 / 1024} MB of XML (a zip bomb or a damaged file)`, 'Open it in Word and save it again; if it is genuinely this large, split it.'),
            );
          }
        })
        .on('error', (error: Error) => reject(invalid(`bad zip entry ${file.name}: ${errorMessage(error)}`)))
        .on('end', () => resolve());
    });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
