/**
 * Measured work, run in its own `node` process so that its peak RSS (process.resourceUsage().maxRSS,
 * which includes the worker threads) does not include the corpus generator or the bench parent.
 *
 *   node dist/bench/child.js scan    ARGS.json   ({"sources":…,"db":…,"out":…,"concurrency"?:…})
 *   node dist/bench/child.js extract ARGS.json   ({"baseDir":…,"entries":[SourceEntry…],"concurrency":…})
 *
 * The result goes back to the parent over the IPC channel (stdout is left to the scan).
 * The planscan modules are imported at run time, so this file compiles before they exist.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceEntry } from '../src/schema/source.js';

import type { RunOptions, RunResult } from '../src/pipeline/index.js';

/** The orchestrator's own types: the bench reads exactly what runScan returns. */
export type RunScanOptions = RunOptions;
export type RunScanResult = RunResult;
type RunModule = { runScan(opts: RunScanOptions): Promise<RunScanResult> };

/** The ingest contract (src/ingest/index.ts). */
interface RawSourceLike { bytes: Buffer }
interface DocumentLike { pages: number; blocks: unknown[] }
type IngestModule = {
  fetchSource(entry: SourceEntry, opts: { baseDir: string }): Promise<RawSourceLike>;
  parseSource(raw: RawSourceLike, opts: { baseDir: string; pdfEngine?: string }): Promise<DocumentLike>;
  closeIngest(): Promise<void>;
};

export interface ScanArgs { sources: string; db: string; out: string; concurrency?: number; year?: number; pdfEngine?: RunScanOptions['pdfEngine']; force?: boolean }
export interface ExtractArgs { baseDir: string; entries: SourceEntry[]; concurrency: number; pdfEngine: string }

export interface ChildOk<T> { ok: true; result: T; importMs: number; wallMs: number; maxRssKb: number }
export interface ChildErr { ok: false; error: string; maxRssKb: number }
export type ChildMessage<T> = ChildOk<T> | ChildErr;

export interface ExtractResult { docs: number; pages: number; blocks: number; failed: Array<{ id: string; error: string }> }

// dist/bench/child.js → dist/src/…
const distSrc = (rel: string) => pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', rel)).href;

async function scan(a: ScanArgs): Promise<{ result: RunScanResult; importMs: number; wallMs: number }> {
  const t0 = performance.now();
  const mod = (await import(distSrc('pipeline/index.js'))) as RunModule;
  const t1 = performance.now();
  const result = await mod.runScan({
    sources: a.sources, db: a.db, out: a.out,
    ...(a.concurrency !== undefined ? { concurrency: a.concurrency } : {}),
    ...(a.year !== undefined ? { year: a.year } : {}),
    ...(a.pdfEngine !== undefined ? { pdfEngine: a.pdfEngine } : {}),
    ...(a.force ? { force: true } : {}),
  });
  const t2 = performance.now();
  // runScan should stop its workers itself; closing again must be harmless.
  try { await ((await import(distSrc('ingest/index.js'))) as IngestModule).closeIngest(); } catch { /* not our concern here */ }
  return { result, importMs: t1 - t0, wallMs: t2 - t1 };
}

async function extract(a: ExtractArgs): Promise<{ result: ExtractResult; importMs: number; wallMs: number }> {
  const t0 = performance.now();
  const ingest = (await import(distSrc('ingest/index.js'))) as IngestModule;
  const t1 = performance.now();
  const out: ExtractResult = { docs: 0, pages: 0, blocks: 0, failed: [] };
  let next = 0;
  // Wall time from the first read to the last parsed document, worker-pool start-up included.
  const worker = async () => {
    while (next < a.entries.length) {
      const e = a.entries[next++] as SourceEntry;
      try {
        const raw = await ingest.fetchSource(e, { baseDir: a.baseDir });
        const doc = await ingest.parseSource(raw, { baseDir: a.baseDir, pdfEngine: a.pdfEngine });
        out.docs++;
        out.pages += doc.pages;
        out.blocks += doc.blocks.length;
      } catch (err) {
        out.failed.push({ id: e.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, a.concurrency) }, worker));
  const t2 = performance.now();
  await ingest.closeIngest();
  return { result: out, importMs: t1 - t0, wallMs: t2 - t1 };
}

async function main(): Promise<void> {
  const [mode, argsFile] = process.argv.slice(2);
  const send = (m: ChildMessage<unknown>) => new Promise<void>((resolve) => {
    if (process.send) process.send(m, () => resolve());
    else { process.stderr.write(`${JSON.stringify(m)}\n`); resolve(); }
  });
  try {
    if (!argsFile) throw new Error('usage: child.js scan|extract ARGS.json');
    const args: unknown = JSON.parse(await readFile(argsFile, 'utf8'));
    const r = mode === 'scan' ? await scan(args as ScanArgs)
      : mode === 'extract' ? await extract(args as ExtractArgs)
        : (() => { throw new Error(`unknown mode ${mode}`); })();
    await send({ ok: true, ...r, maxRssKb: process.resourceUsage().maxRSS });
  } catch (err) {
    await send({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err), maxRssKb: process.resourceUsage().maxRSS });
  }
  // Leftover handles (worker threads, timers) must not keep a measured child alive.
  process.exit(0);
}

void main();
