import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { overBudget } from '../ingest/budget.js';
import type { RawSource } from '../ingest/index.js';
import { sourceLabel } from '../ingest/label.js';
import type { Stage } from '../schema/failure.js';
import { WorkerPool } from '../util/worker-pool.js';
import { fromReadFailure, readDocument, type ReadDocument, type ReadFailure, type ReadOptions } from './read.js';

export interface ReaderJob {
  raw: Omit<RawSource, 'bytes'>;
  bytes: Uint8Array;
  opts: ReadOptions;
  survey: boolean;
}
export type ReaderReply = { done: true; ok: true; read: ReadDocument } | { done: true; ok: false; failure: ReadFailure };

/** Heap per document worker: a document needing more is too complex (a bomb, or absurdly large). */
export const DOCUMENT_MEMORY_MB = 2048;

const WORKER_URL = new URL('./doc-worker.js', import.meta.url);

/**
 * Reads documents under a budget: each in a worker thread with a deadline and a heap limit; a
 * document over either is a per-document `too-slow` / `too-complex` failure and its worker is
 * replaced. Without the compiled worker (vitest runs the .ts source) documents are read on this
 * thread, without the deadline.
 */
export class DocumentReader {
  private pool: WorkerPool<ReaderJob, ReaderReply> | null = null;

  constructor(private readonly size: number, private readonly timeoutMs: number) {}

  static workersAvailable(): boolean {
    return existsSync(fileURLToPath(WORKER_URL));
  }

  async read(raw: RawSource, opts: ReadOptions, survey: boolean): Promise<ReadDocument> {
    if (!DocumentReader.workersAvailable()) return readDocument(raw, opts, survey);
    this.pool ??= new WorkerPool({ url: WORKER_URL, size: this.size, timeoutMs: this.timeoutMs, resourceLimits: { maxOldGenerationSizeMb: DOCUMENT_MEMORY_MB } });
    const bytes = new Uint8Array(raw.bytes); // a copy is transferred; the caller's Buffer stays usable
    const { bytes: _, ...rest } = raw;
    let stage: Stage = 'parse';
    const outcome = await this.pool.run({ raw: rest, bytes, opts, survey }, [bytes.buffer], {
      onMessage: (m) => {
        stage = (m as { stage: Stage }).stage;
      },
    });
    if (!outcome.ok) throw overBudget(sourceLabel(raw.entry), stage, outcome.stop);
    if (!outcome.reply.ok) throw fromReadFailure(outcome.reply.failure);
    return outcome.reply.read;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
