import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { WorkerPool, type WorkerStop } from '../util/worker-pool.js';
import { DEFAULT_PDF_ENGINE, extractPdfText, toPdfFailure, type PdfEngine, type PdfFailure, type PdfText } from './pdf-extract.js';

/** Message to a worker: the PDF bytes (transferred, not copied). */
export interface PdfJob {
  data: Uint8Array;
  engine: PdfEngine;
}
export type PdfReply = { done: true; ok: true; text: PdfText } | { done: true; ok: false; error: PdfFailure };
/** `stop`: the worker was stopped (deadline, memory) before the PDF library gave an answer. */
export type PdfOutcome = { ok: true; text: PdfText } | { ok: false; error: PdfFailure; stop?: WorkerStop };

/** A worker stuck on one hostile file is killed after this long; the file is reported as too slow. */
export const PDF_PARSE_TIMEOUT_MS = 120_000;

// Compiled output has pdf-worker.js next to this file. Under vitest we run the .ts source, where
// there is no .js worker to start, so parsing falls back to the calling thread.
const WORKER_URL = new URL('./pdf-worker.js', import.meta.url);

let pool: WorkerPool<PdfJob, PdfReply> | null = null;

export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Parse a PDF in the worker pool when the compiled worker exists, else on this thread. Inside a
 * worker (the pipeline's per-document worker, which has its own deadline) it parses in place.
 */
export async function runPdfParse(data: Buffer, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<PdfOutcome> {
  if (workersAvailable() && isMainThread) {
    pool ??= new WorkerPool({ url: WORKER_URL, size: availableParallelism(), timeoutMs: PDF_PARSE_TIMEOUT_MS });
    // A fresh copy is transferred to the worker, so the caller's Buffer stays usable.
    const copy = new Uint8Array(data);
    const outcome = await pool.run({ data: copy, engine }, [copy.buffer]);
    if (outcome.ok) return outcome.reply.ok ? { ok: true, text: outcome.reply.text } : { ok: false, error: outcome.reply.error };
    return { ok: false, error: { name: 'WorkerExit', message: outcome.stop.message }, stop: outcome.stop };
  }
  try {
    return { ok: true, text: await extractPdfText(data, engine) };
  } catch (error) {
    return { ok: false, error: toPdfFailure(error) };
  }
}

export async function closePdfPool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.close();
}
