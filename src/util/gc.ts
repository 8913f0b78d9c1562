import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/** Heap in use below which collecting is not worth its pause. */
export const MIN_HEAP_BYTES = 192 << 20;

/**
 * A full garbage collection, where V8 allows one. Writing a national scan's reports makes
 * hundreds of MB of short-lived strings and rows; left to itself V8 lets the heap grow to about
 * four times the live data (1.5 GB peak RSS for 300 MB live at 4,000 documents) before
 * collecting. Collecting between output files and every few MB of output keeps the peak near the
 * live size, for a few hundred milliseconds per collection. `--expose-gc` is switched on at run
 * time so that users need not pass flags to node.
 */
export function collectGarbage(): void {
  // Below this heap a full collection costs ~100 ms and buys nothing: a sample or county scan
  // never nears the memory bound, and the reports of a small scan were spending a second in GC.
  if (process.memoryUsage().heapUsed < MIN_HEAP_BYTES) return;
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
