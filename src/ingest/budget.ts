import { DocumentError, type Stage } from '../schema/index.js';
import type { WorkerStop } from '../util/worker-pool.js';

/**
 * A document over its time or memory budget: a per-document failure with its own code, so it is
 * not mistaken for a damaged file (re-downloading a huge, valid document does not help).
 */
export function overBudget(label: string, stage: Stage, stop: WorkerStop): DocumentError {
  if (stop.kind === 'timeout') {
    return new DocumentError(stage, 'too-slow', `${label}: reading stopped, it ${stop.message}`,
      'The document is unusually large or complex for its time limit; split it, or convert it (print to PDF, or save as plain text), and list the result.');
  }
  if (stop.kind === 'out-of-memory') {
    return new DocumentError(stage, 'too-complex', `${label}: reading stopped, it ${stop.message}`,
      'The document is unusually large or deeply structured; split it or save it again in a simpler form (plain text or PDF).');
  }
  return new DocumentError(stage, 'reader-crashed', `${label}: the reader stopped unexpectedly (${stop.message})`,
    'Try the document again; if it fails again, convert it (print to PDF or save as plain text) and list the result.');
}
