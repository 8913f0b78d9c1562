/**
 * Opt-in OCR for PDFs without a text layer (IngestOptions.ocr): each page is rendered with
 * poppler's `pdftoppm` and read with `tesseract`, both run as child processes from the main thread
 * (they do the heavy work in their own processes, so nothing here blocks the event loop).
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Commands OCR needs, with the Debian package that provides each. */
export const OCR_TOOLS = { pdftoppm: 'poppler-utils', tesseract: 'tesseract-ocr' } as const;
export type OcrTool = keyof typeof OCR_TOOLS;

/** Time allowed to render one page, and to OCR one page. */
export const OCR_PAGE_TIMEOUT_MS = 60_000;
/** Largest stdout accepted from one tesseract run (a dense page is a few kB). */
const OCR_MAX_BUFFER = 16 * 1024 * 1024;
const RENDER_DPI = '200';

const found = new Map<string, boolean>();

/** Whether `command` is an executable file on PATH; looked up once per process, then cached. */
export function onPath(command: string): boolean {
  const cached = found.get(command);
  if (cached !== undefined) return cached;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d.length > 0);
  const exts = process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  const hit = dirs.some((dir) => exts.some((ext) => isExecutable(join(dir, command + ext))));
  found.set(command, hit);
  return hit;
}

function isExecutable(file: string): boolean {
  try {
    const st = statSync(file);
    // Any execute bit will do; on Windows there are none to check.
    return st.isFile() && (process.platform === 'win32' || (st.mode & 0o111) !== 0);
  } catch {
    return false;
  }
}

/** The OCR commands that are not installed (empty when OCR can run). */
export function missingOcrTools(): OcrTool[] {
  return (Object.keys(OCR_TOOLS) as OcrTool[]).filter((tool) => !onPath(tool));
}

/** Why an OCR run failed: a tool crashed or timed out on this file. */
export class OcrFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrFailure';
  }
}

/**
 * OCR text of each page of a PDF: element i is page i + 1. `pageCount` (from the PDF parser) sets
 * the render time limit and the minimum length of the result. Throws OcrFailure when pdftoppm or
 * tesseract fails or times out. Call only when missingOcrTools() is empty.
 */
export async function ocrPdf(bytes: Buffer, pageCount: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'planscan-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    await run('pdftoppm', ['-r', RENDER_DPI, '-gray', '-png', pdf, join(dir, 'p')], OCR_PAGE_TIMEOUT_MS * Math.max(1, pageCount), 'rendering the pages');

    // pdftoppm names pages p-1.png, p-01.png or p-001.png, padded to the page count's width.
    const images = (await readdir(dir))
      .map((name) => ({ name, page: Number(/^p-(\d+)\.png$/.exec(name)?.[1] ?? NaN) }))
      .filter((f) => Number.isInteger(f.page) && f.page >= 1)
      .sort((a, b) => a.page - b.page);

    const pages: string[] = Array.from({ length: Math.max(pageCount, images.at(-1)?.page ?? 0) }, () => '');
    for (const { name, page } of images) {
      const text = await run('tesseract', [join(dir, name), 'stdout'], OCR_PAGE_TIMEOUT_MS, `reading page ${page}`);
      // tesseract ends each page with a form feed.
      pages[page - 1] = text.replace(/\f/g, '\n');
    }
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: OcrTool, args: string[], timeout: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout, maxBuffer: OCR_MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout);
        return;
      }
      const detail =
        error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
          ? `printed more than ${OCR_MAX_BUFFER / 1024 / 1024} MB`
          : error.killed
            ? `took longer than ${Math.round(timeout / 1000)} s`
            : (stderr.trim().split('\n').at(-1) ?? '') || error.message;
      reject(new OcrFailure(`${command} failed ${what}: ${detail}`));
    });
  });
}
