import { closeAgents } from './fetch-url.js';
import { closePdfPool } from './pdf-pool.js';

/** Stop the PDF worker threads and close idle HTTP connections. Safe to call more than once; both restart on next use. */
export async function closeIngest(): Promise<void> {
  await Promise.all([closePdfPool(), closeAgents()]);
}
