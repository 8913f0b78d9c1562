import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PDF_ENGINE, extractPdfText, toPdfFailure, type PdfEngine, type PdfFailure, type PdfText } from './pdf-extract.js';

/** Message to a worker: the PDF bytes (transferred, not copied). */
export interface PdfJob {
  id: number;
  data: Uint8Array;
  engine: PdfEngine;
}
export type PdfReply = { id: number; ok: true; text: PdfText } | { id: number; ok: false; error: PdfFailure };
export type PdfOutcome = { ok: true; text: PdfText } | { ok: false; error: PdfFailure };

/** A worker stuck on one hostile file is killed after this long; the file is reported as corrupt. */
export const PDF_PARSE_TIMEOUT_MS = 120_000;

// Compiled output has pdf-worker.js next to this file. Under vitest we run the .ts source, where
// there is no .js worker to start, so parsing falls back to the calling thread.
const WORKER_URL = new URL('./pdf-worker.js', import.meta.url);

interface Pending {
  job: PdfJob;
  resolve: (outcome: PdfOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
}

/** Up to `size` workers, started on demand, each parsing one PDF at a time. */
class PdfPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly size: number) {}

  run(data: Buffer, engine: PdfEngine): Promise<PdfOutcome> {
    return new Promise((resolve, reject) => {
      // A fresh copy is transferred to the worker, so the caller's Buffer stays usable.
      this.queue.push({ job: { id: this.nextId++, data: new Uint8Array(data), engine }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    // Closing mid-parse is a caller bug, not a problem with those documents.
    const closed = new Error('closeIngest() was called while PDFs were still being parsed');
    for (const pending of this.queue.splice(0)) pending.reject(closed);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.busy?.reject(closed);
      slot.busy = null;
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      const pending = slot && this.queue.shift();
      if (!slot || !pending) return;
      slot.busy = pending;
      slot.worker.ref();
      slot.timedOut = false;
      slot.timer = setTimeout(() => {
        slot.timedOut = true;
        void slot.worker.terminate();
      }, PDF_PARSE_TIMEOUT_MS);
      slot.worker.postMessage(pending.job, [pending.job.data.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, busy: null };
    // An idle pool must not keep the process alive if a caller forgets closeIngest().
    worker.unref();
    const settle = (outcome: PdfOutcome): void => {
      clearTimeout(slot.timer);
      const pending = slot.busy;
      slot.busy = null;
      worker.unref();
      pending?.resolve(outcome);
    };
    worker.on('message', (reply: PdfReply) => {
      settle(reply.ok ? { ok: true, text: reply.text } : { ok: false, error: reply.error });
      this.dispatch();
    });
    // A crash, out-of-memory or watchdog kill is blamed on the file being parsed, not the scan.
    const retire = (message: string): void => {
      this.slots = this.slots.filter((s) => s !== slot);
      settle({ ok: false, error: { name: 'WorkerExit', message } });
      this.dispatch();
    };
    worker.on('error', (error) => retire(error.message));
    worker.on('exit', (code) =>
      retire(slot.timedOut ? `parsing took longer than ${PDF_PARSE_TIMEOUT_MS / 1000} s` : `the PDF parser stopped (exit code ${code}) before finishing`),
    );
    this.slots.push(slot);
    return slot;
  }
}

let pool: PdfPool | null = null;

export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** Parse a PDF in the worker pool when the compiled worker exists, else on this thread. */
export async function runPdfParse(data: Buffer, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<PdfOutcome> {
  if (workersAvailable()) {
    pool ??= new PdfPool(availableParallelism());
    return pool.run(data, engine);
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
