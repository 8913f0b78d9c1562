import { createHash } from 'node:crypto';
import type { SourceEntry } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { readLocalFile } from './fetch-file.js';
import { fetchUrl } from './fetch-url.js';
import { sourceLabel } from './label.js';
import type { IngestOptions, RawSource } from './types.js';

/** The raw bytes of one source, from its `path` or its `url`. */
export async function fetchSource(entry: SourceEntry, opts: IngestOptions): Promise<RawSource> {
  if (entry.path !== undefined) {
    const bytes = await readLocalFile(entry, entry.path, opts);
    return { entry, bytes, contentHash: sha256(bytes) };
  }
  if (entry.url !== undefined) {
    const { bytes, contentType, finalUrl } = await fetchUrl(entry, entry.url, opts);
    if (bytes.length === 0) {
      throw new DocumentError('fetch', 'empty-file', `${sourceLabel(entry)}: ${finalUrl} returned an empty body`, 'Check the link in a browser.');
    }
    return { entry, bytes, finalUrl, contentHash: sha256(bytes), ...(contentType ? { contentType } : {}) };
  }
  // The SourceEntry schema requires exactly one of the two, so this is a caller bug.
  throw new Error(`source ${entry.id} has neither path nor url`);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
