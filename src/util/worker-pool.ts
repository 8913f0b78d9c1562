import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * Why a job did not finish: it ran past its deadline, its worker ran out of memory, or the worker
 * stopped for another reason (a crash in native code). The job is blamed, never the caller.
 */
export type WorkerStop = { kind: 'timeout' | 'out-of-memory' | 'crash'; message: string };
export type PoolOutcome<R> = { ok: true; reply: R } | { ok: false; stop: WorkerStop };

export interface WorkerPoolOptions {
  /** Compiled worker script. It answers each posted job with one message `{ done: true, ... }`. */
  url: URL;
  size: number;
  /** A job still running after this long has its worker terminated. */
  timeoutMs: number;
  /** Heap limits per worker, so one hostile document cannot take the process's memory. */
  resourceLimits?: ResourceLimits;
}

interface Pending<J, R> {
  job: J;
  transfer: TransferListItem[];
  timeoutMs: number;
  onMessage?: (message: unknown) => void;
  resolve: (outcome: PoolOutcome<R>) => void;
  reject: (error: Error) => void;
}

interface Slot<J, R> {
  worker: Worker;
  busy: Pending<J, R> | null;
  timer?: NodeJS.Timeout;
  stop?: WorkerStop;
  /** The worker has answered once (its modules are loaded): a job's deadline is the job's alone. */
  started?: boolean;
}

/**
 * Time a new worker may take to load before its first job's own deadline starts (on a busy 2-core
 * machine loading the modules and models can take seconds; a job's deadline must not pay for it).
 */
const START_UP_MS = 30_000;

/**
 * Up to `size` workers, started on demand, each running one job at a time under a deadline.
 * A worker that times out, runs out of memory or crashes is replaced for the next job. Messages
 * without `done: true` are progress notes, passed to the job's `onMessage`; `{ started: true }`
 * restarts the deadline once the worker has loaded (start-up time is not the job's).
 */
export class WorkerPool<J, R> {
  private slots: Array<Slot<J, R>> = [];
  private queue: Array<Pending<J, R>> = [];

  constructor(private readonly opts: WorkerPoolOptions) {}

  run(job: J, transfer: TransferListItem[] = [], extra: { timeoutMs?: number; onMessage?: (message: unknown) => void } = {}): Promise<PoolOutcome<R>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, transfer, timeoutMs: extra.timeoutMs ?? this.opts.timeoutMs, ...(extra.onMessage ? { onMessage: extra.onMessage } : {}), resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    // Closing mid-job is a caller bug, not a problem with those documents.
    const closed = new Error('the worker pool was closed while jobs were still running');
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
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.opts.size ? this.spawn() : undefined);
      const pending = slot && this.queue.shift();
      if (!slot || !pending) return;
      slot.busy = pending;
      slot.worker.ref();
      delete slot.stop;
      this.startDeadline(slot, slot.started ? pending.timeoutMs : Math.max(pending.timeoutMs, START_UP_MS));
      slot.worker.postMessage(pending.job, pending.transfer);
    }
  }

  private startDeadline(slot: Slot<J, R>, timeoutMs: number): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.stop = { kind: 'timeout', message: `took longer than ${formatMs(timeoutMs)}` };
      void slot.worker.terminate();
    }, timeoutMs);
  }

  private spawn(): Slot<J, R> {
    const worker = new Worker(this.opts.url, this.opts.resourceLimits ? { resourceLimits: this.opts.resourceLimits } : {});
    const slot: Slot<J, R> = { worker, busy: null };
    // An idle pool must not keep the process alive if a caller forgets to close it.
    worker.unref();
    const settle = (outcome: PoolOutcome<R>): void => {
      clearTimeout(slot.timer);
      const pending = slot.busy;
      slot.busy = null;
      worker.unref();
      pending?.resolve(outcome);
    };
    worker.on('message', (message: unknown) => {
      slot.started = true;
      if (!(message && typeof message === 'object' && (message as { done?: unknown }).done === true)) {
        // `started`: the worker has loaded and begun the job; a new worker's start-up does not count against it.
        if (slot.busy && (message as { started?: unknown } | null)?.started === true) this.startDeadline(slot, slot.busy.timeoutMs);
        else slot.busy?.onMessage?.(message);
        return;
      }
      settle({ ok: true, reply: message as R });
      this.dispatch();
    });
    const retire = (stop: WorkerStop): void => {
      if (!this.slots.includes(slot)) return; // 'error' and 'exit' both fire for one death
      this.slots = this.slots.filter((s) => s !== slot);
      settle({ ok: false, stop });
      this.dispatch();
    };
    worker.on('error', (error: Error & { code?: string }) =>
      retire(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { kind: 'out-of-memory', message: `needed more than the ${this.opts.resourceLimits?.maxOldGenerationSizeMb ?? '?'} MB memory limit` }
        : { kind: 'crash', message: error.message }));
    worker.on('exit', (code) => retire(slot.stop ?? { kind: 'crash', message: `the worker stopped (exit code ${code}) before finishing` }));
    this.slots.push(slot);
    return slot;
  }
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
