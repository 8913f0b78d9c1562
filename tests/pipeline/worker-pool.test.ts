import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { overBudget } from '../../src/ingest/budget.js';
import { WorkerPool } from '../../src/util/worker-pool.js';
import { tempDir } from './helpers.js';

/** The deadline and memory limit every document (and PDF) is read under, with real worker threads. */
const dir = tempDir('pool');
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (job) => {\n${body}\n});\n`);
  return pathToFileURL(file);
};
const echo = script('echo.mjs', "parentPort.postMessage({ started: true }); parentPort.postMessage({ done: true, value: job.n * 2 });");
const spin = script('spin.mjs', "parentPort.postMessage({ started: true }); if (job.n > 0) for (;;) {} parentPort.postMessage({ done: true, value: 0 });");
// A worker that takes 1 s to load (busy-waits at start-up, as a cold module and model load does on a busy machine).
const slowStart = (() => {
  const file = path.join(dir, 'slow-start.mjs');
  writeFileSync(file, "import { parentPort } from 'node:worker_threads';\nconst until = Date.now() + 1000; while (Date.now() < until) {}\nparentPort.on('message', (job) => { parentPort.postMessage({ started: true }); const t = Date.now() + job.n; while (Date.now() < t) {} parentPort.postMessage({ done: true, value: job.n }); });\n");
  return pathToFileURL(file);
})();
const hog = script('hog.mjs', 'const keep = []; for (;;) keep.push(new Array(1e6).fill(job.n));');

let pool: WorkerPool<{ n: number }, { done: true; value: number }> | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('runs jobs and returns their replies', async () => {
    pool = new WorkerPool({ url: echo, size: 2, timeoutMs: 10_000 });
    const replies = await Promise.all([1, 2, 3].map((n) => pool!.run({ n })));
    expect(replies.map((r) => (r.ok ? r.reply.value : null))).toEqual([2, 4, 6]);
  });

  it('stops a job past its deadline, reports it as a timeout, and the next job gets a fresh worker', async () => {
    pool = new WorkerPool({ url: spin, size: 1, timeoutMs: 300 });
    const t0 = performance.now();
    const stuck = await pool.run({ n: 1 });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(stuck).toEqual({ ok: false, stop: { kind: 'timeout', message: 'took longer than 300 ms' } });
    expect(await pool.run({ n: 0 })).toEqual({ ok: true, reply: { done: true, value: 0 } });
  });

  it("a new worker's start-up does not count against its first job's deadline; the job's own time does", async () => {
    pool = new WorkerPool({ url: slowStart, size: 1, timeoutMs: 500 });
    // loads for 1 s (over the 500 ms deadline), then a 100 ms job: read
    expect(await pool.run({ n: 100 })).toEqual({ ok: true, reply: { done: true, value: 100 } });
    // the same worker, now loaded: a 900 ms job is over its 500 ms deadline
    expect(await pool.run({ n: 900 })).toEqual({ ok: false, stop: { kind: 'timeout', message: 'took longer than 500 ms' } });
  });

  it('a worker past its heap limit is out-of-memory, not a crash of the scan', async () => {
    pool = new WorkerPool({ url: hog, size: 1, timeoutMs: 30_000, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const outcome = await pool.run({ n: 7 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.stop.kind).toBe('out-of-memory');
  });

  it('a stopped reader is too-slow / too-complex with a hint, never "pdf-corrupt … download again"', () => {
    const slow = overBudget('csp (x.pdf)', 'parse', { kind: 'timeout', message: 'took longer than 120 s' });
    expect([slow.code, slow.stage]).toEqual(['too-slow', 'parse']);
    expect(slow.hint).not.toMatch(/download/i);
    expect(overBudget('csp (x.pdf)', 'extract', { kind: 'out-of-memory', message: 'needed more' }).code).toBe('too-complex');
  });
});
