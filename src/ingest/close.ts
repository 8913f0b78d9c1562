import { closePdfPool } from './pdf-pool.js';

/** Stop the PDF worker threads. Safe to call more than once; the pool restarts on next use. */
export async function closeIngest(): Promise<void> {
  await closePdfPool();
}
