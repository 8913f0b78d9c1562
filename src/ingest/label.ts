import type { SourceEntry } from '../schema/index.js';
import { redactUrl } from '../util/url.js';

/** How error messages name a source: its id and where it lives, e.g. `csp-north (plans/csp.pdf)`; URLs without credentials or secrets. */
export function sourceLabel(entry: SourceEntry): string {
  return `${entry.id} (${entry.path ?? (entry.url ? redactUrl(entry.url) : 'no path or url')})`;
}
