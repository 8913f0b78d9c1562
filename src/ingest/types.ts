import type { SourceEntry } from '../schema/index.js';
import type { PdfEngine } from './pdf-extract.js';

/** Options shared by fetchSource and parseSource (see docs/architecture.md). */
export interface IngestOptions {
  /** Directory that relative `path` entries resolve against (the sources file's folder). */
  baseDir: string;
  /** Largest accepted source, in bytes (default 100 MB). */
  maxBytes?: number;
  /** Whole-request time limit for URLs, including redirects and the body (default 30 s). */
  timeoutMs?: number;
  /** Extra attempts after a 5xx or network error (default 2). */
  retries?: number;
  /** Let `path` point outside `baseDir` (off by default: a sources file should not read arbitrary files). */
  allowOutside?: boolean;
  /** OCR PDFs without a text layer with `pdftoppm` + `tesseract` when both are installed (see ocr.ts). */
  ocr?: boolean;
  /** Library that reads PDF text (default `pdf-parse`; `mupdf` is faster, see pdf-extract.ts). */
  pdfEngine?: PdfEngine;
  /** Fetch URLs (and follow redirects) to loopback, link-local and private addresses (off by default). */
  allowPrivateUrls?: boolean;
}

/** Something about a document that was read anyway: a .docx that is a web page, a guessed encoding. */
export interface IngestWarning {
  code: string;
  message: string;
  hint?: string;
}

/** Bytes of one source as fetched, before any parsing. */
export interface RawSource {
  entry: SourceEntry;
  bytes: Buffer;
  contentType?: string;
  /** URL after redirects (URL sources only). */
  finalUrl?: string;
  /** sha256 hex of `bytes`. */
  contentHash: string;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 2;
