import { extractPriorities } from '../extract/index.js';
import { parseSource, type IngestOptions, type RawSource } from '../ingest/index.js';
import { DocumentError, type Stage } from '../schema/failure.js';
import type { Document } from '../schema/document.js';
import type { Priority } from '../schema/priority.js';
import { surveyPriorities } from './survey.js';

/** What reading one document gives: the document and the priorities stated in it, with timings. */
export interface ReadDocument {
  doc: Document;
  priorities: Priority[];
  parseMs: number;
  extractMs: number;
}

/** A failure as it crosses from the document worker: a DocumentError's fields, or a bug's message. */
export type ReadFailure =
  | { kind: 'document'; stage: Stage; code: string; message: string; hint?: string }
  | { kind: 'bug'; stage: Stage; message: string; stack?: string };

/** Ingest options that can be posted to a worker (no callbacks). */
export type ReadOptions = Pick<IngestOptions, 'baseDir' | 'ocr' | 'pdfEngine' | 'maxBytes'>;

/**
 * Parse then extract, each stage tagging what goes wrong in it. Runs in a document worker (see
 * reader.ts) or, under vitest where there is no compiled worker, on the calling thread.
 */
export async function readDocument(raw: RawSource, opts: ReadOptions, survey: boolean, onStage: (stage: Stage) => void = () => {}): Promise<ReadDocument> {
  let t = performance.now();
  const doc = await tagged('parse', () => parseSource(raw, opts));
  const parseMs = performance.now() - t;
  onStage('extract');
  t = performance.now();
  const priorities = await tagged('extract', async () => (survey ? surveyPriorities(doc) : extractPriorities(doc)));
  return { doc, priorities, parseMs, extractMs: performance.now() - t };
}

/** A non-DocumentError thrown inside a stage is a planscan bug in that stage. */
export class StageBug extends Error {
  constructor(readonly stage: Stage, readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'StageBug';
    if (error instanceof Error && error.stack) this.stack = error.stack;
  }
}

export async function tagged<T>(stage: Stage, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DocumentError || error instanceof StageBug) throw error;
    throw new StageBug(stage, error);
  }
}

export function toReadFailure(error: unknown, stage: Stage): ReadFailure {
  if (error instanceof DocumentError) return { kind: 'document', stage: error.stage, code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  if (error instanceof StageBug) return { kind: 'bug', stage: error.stage, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'bug', stage, message: error instanceof Error ? error.message : String(error) };
}

export function fromReadFailure(f: ReadFailure): DocumentError | StageBug {
  return f.kind === 'document' ? new DocumentError(f.stage, f.code, f.message, f.hint) : new StageBug(f.stage, Object.assign(new Error(f.message), f.stack ? { stack: f.stack } : {}));
}
