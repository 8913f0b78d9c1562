/**
 * The hash of everything a scan's reports are made from. Two runs with the same hash would write
 * the same reports (bar run id and date), so an unchanged rerun keeps the earlier run's reports
 * instead of rendering them again (`planscan run --force` renders anyway).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Failure, SourceEntry } from '../schema/index.js';
import type { Store } from '../store/index.js';
import { packageRoot } from '../util/package.js';

export interface ReportInputs {
  year: number;
  /** The scan section of sources.yaml (area, name, scoring overrides, election date…). */
  config: unknown;
  /** Every listed source in order, with the content hash of what was read (absent when it failed). */
  documents: Array<{ entry: SourceEntry; contentHash?: string }>;
  failures: Failure[];
  store: Store;
}

let codeAndDataHash: string | undefined;

/**
 * planscan's own code and its domain data (taxonomy, harm weights, scoring, training statements):
 * a new version or an edited data file changes every report. Hashed once per process.
 */
function codeAndData(): string {
  if (codeAndDataHash) return codeAndDataHash;
  const h = createHash('sha256');
  const code = dirname(dirname(fileURLToPath(import.meta.url))); // dist/src (or src under vitest)
  for (const root of [code, join(packageRoot(), 'data')]) {
    for (const file of listFiles(root)) h.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return (codeAndDataHash = h.digest('hex'));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export function reportInputsHash(i: ReportInputs): string {
  const h = createHash('sha256');
  const part = (name: string, value: unknown) => h.update(name).update('\0').update(JSON.stringify(value) ?? 'null').update('\0');
  part('code+data', codeAndData());
  part('year', i.year);
  part('config', i.config);
  part('documents', i.documents);
  part('failures', i.failures.map((f) => [f.sourceId, f.stage, f.code, f.message]));
  // Analyst decisions and history held in the database also shape the note.
  part('overrides', [...i.store.overrides().entries()].sort(([a], [b]) => a.localeCompare(b)));
  part('training', i.store.trainingExamples());
  part('reviews', i.store.reviews().map((r) => [r.priorityId, r.analystKind, r.analystTheme, r.excluded]));
  part('previous', i.store.previousThemes(i.year));
  return h.digest('hex');
}
