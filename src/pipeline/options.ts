import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkSourcesPath } from '../config/read.js';
import type { PdfEngine } from '../ingest/index.js';
import type { Failure } from '../schema/failure.js';
import { RunOptionsError } from './errors.js';
import type { Progress } from './progress.js';

export interface RunOptions {
  sources: string;
  year?: number;
  out: string;
  db: string;
  /** Documents in flight at once (a positive whole number, default 4). */
  concurrency?: number;
  strict?: boolean;
  ocr?: boolean;
  /** PDF text library (default pdf-parse). */
  pdfEngine?: PdfEngine;
  /** Allow source paths outside the sources.yaml folder tree. */
  allowOutside?: boolean;
  /** Fetch URLs (and redirects) to loopback, link-local and private addresses. */
  allowPrivateUrls?: boolean;
  /** Size cap per document, in bytes. */
  maxBytes?: number;
  /** Time limit for reading and extracting one document (default DOCUMENT_TIMEOUT_MS). */
  documentTimeoutMs?: number;
  /** Write the reports even when nothing changed since a run whose reports are still in place. */
  force?: boolean;
  progress?: Progress;
}

export type StageName = 'ingest' | 'extract' | 'classify' | 'report' | 'total';

export interface RunResult {
  runId: string;
  year: number;
  documents: number;
  parsed: number;
  reused: number;
  pages: number;
  /** Failed documents (level 'error') and warnings (level 'warning'). */
  failures: Failure[];
  files: string[];
  /** The printed decision: 'no decision' when the current plan could not be read. */
  decision: string;
  /** Why no decision could be made (the current plan could not be read); the CLI exits 3. */
  noDecision?: string;
  timings: Record<StageName, number>;
  /** Set when nothing changed since that run and its reports, still in place, were kept. */
  reportsKeptFrom?: string;
}

/** Reading one document (fetch excluded) and extracting its priorities: past this it is too slow. */
export const DOCUMENT_TIMEOUT_MS = 120_000;

/**
 * Everything that can be checked before the first document is read, so a bad option fails in a
 * second with a usage error instead of after an hour of parsing (and an unfinished run in history).
 */
export function checkRunOptions(opts: RunOptions): void {
  const positiveInt = (value: number | undefined, name: string): void => {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new RunOptionsError(`${name} must be a whole number above 0, got ${value}`);
  };
  positiveInt(opts.concurrency, '--concurrency');
  if (opts.concurrency !== undefined && opts.concurrency > 64) throw new RunOptionsError(`--concurrency must be at most 64, got ${opts.concurrency}`);
  if (opts.maxBytes !== undefined && !(Number.isFinite(opts.maxBytes) && opts.maxBytes >= 1)) throw new RunOptionsError(`--max-mb must be a positive number, got ${opts.maxBytes / 1024 / 1024}`);
  positiveInt(opts.documentTimeoutMs, 'the document time limit (ms)');
  if (opts.year !== undefined && !(Number.isInteger(opts.year) && opts.year >= 1900 && opts.year <= 2200)) throw new RunOptionsError(`--year must be a year, got ${opts.year}`);
  checkSourcesPath(opts.sources);
  checkWritableFolder(opts.out, '--out');
  checkWritableFolder(dirname(resolve(opts.db)), 'the folder of --db');
  if (existsSync(opts.db) && !statSync(opts.db).isFile()) throw new RunOptionsError(`--db ${opts.db} is not a file`);
}

/** The folder exists (or can be made) and this process can create files in it. */
function checkWritableFolder(folder: string, name: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new RunOptionsError(`${name} ${folder} is a file, not a folder`);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new RunOptionsError(`${name} ${folder} cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)}); choose another folder`);
  }
}
