import type { SourceEntry } from '../schema/index.js';

/** How error messages name a source: its id and where it lives, e.g. `csp-north (plans/csp.pdf)`. */
export function sourceLabel(entry: SourceEntry): string {
  return `${entry.id} (${entry.path ?? entry.url ?? 'no path or url'})`;
}
