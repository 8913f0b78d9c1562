/** writeReports: builds the brief and the note once and writes the report set, switched into place as a whole. */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AtomicBatch, writeFileAtomic } from '../util/atomic.js';
import { carryOver, recoverFolder, removeOwnStaging, stagingFolder, swapFolder } from '../util/folder-swap.js';
import { collectGarbage } from '../util/gc.js';

const GC_EVERY_BYTES = 32 << 20;
const GC_EVERY_MS = 3000;
import { errorsCsv, gapsCsv, prioritiesCsvChunks, priorityCuesCsvChunks, themesCsv } from './csv.js';
import { docxChunks } from './docx.js';
import { htmlChunks } from './html.js';
import { scanJsonChunks } from './json.js';
import { figureFile, isFigureFile, markdownChunks, noteFigures } from './markdown.js';
import { buildBrief } from './brief/index.js';
import { buildNote } from './note/index.js';
import type { ReportInput } from './types.js';

export const REPORT_FILES = [
  'priorities.csv',
  'priorities-cues.csv',
  'themes.csv',
  'gaps.csv',
  'errors.csv',
  'scan.json',
  'briefing-note.md',
  'briefing-note.html',
  'briefing-note.docx',
  'manifest.json',
] as const;

/** Written last into the set: the run it belongs to and each file's hash. */
export const MANIFEST = 'manifest.json';
type ContentFile = Exclude<(typeof REPORT_FILES)[number], typeof MANIFEST>;

export interface ReportManifest {
  runId: string;
  year: number;
  files: Array<{ name: string; sha256: string; bytes: number }>;
}

/**
 * Writes the report set to `outDir/<year>/` and returns the files' paths (in REPORT_FILES order).
 * Each file is rendered in turn into a hidden staging folder (only one rendering in memory at a
 * time), the manifest (run id, hashes) is written last, and the folder replaces the old set as a
 * whole (util/folder-swap.ts): an error or a kill leaves the previous set, never a mix.
 */
export async function writeReports(input: ReportInput, outDir: string): Promise<string[]> {
  const year = input.analysis.scan.year;
  const dir = join(outDir, String(year));
  recoverFolder(dir);
  const staging = stagingFolder(dir);
  await mkdir(staging, { recursive: true });
  const brief = buildBrief(input);
  const note = buildNote(brief);
  const refs = new Map(brief.evidence.map((e) => [e.priorityId, String(e.ref)]));
  const refOf = (id: string) => refs.get(id);
  const render: Record<ContentFile, () => string | Iterable<string> | AsyncIterable<Buffer>> = {
    'priorities.csv': () => prioritiesCsvChunks(input, refOf),
    'priorities-cues.csv': () => priorityCuesCsvChunks(input, refOf),
    'themes.csv': () => themesCsv(input.analysis),
    'gaps.csv': () => gapsCsv(input.analysis),
    'errors.csv': () => errorsCsv(input.failures, input.sources),
    'scan.json': () => scanJsonChunks(brief),
    'briefing-note.md': () => markdownChunks(note),
    'briefing-note.html': () => htmlChunks(note),
    'briefing-note.docx': () => docxChunks(note),
  };
  // The Markdown note's charts, as SVG files beside it.
  const figures = noteFigures(note).map((f) => [figureFile(f), f.svg] as const);
  // Collect garbage between files, and every ~32 MB of output or ~3 s of rendering (the Word
  // note's output is small after compression), so peak memory follows the live data.
  let lastBytes = 0;
  let lastTime = performance.now();
  const batch = new AtomicBatch((bytes) => {
    if (bytes < lastBytes) lastBytes = 0;
    if (bytes - lastBytes >= GC_EVERY_BYTES || performance.now() - lastTime >= GC_EVERY_MS) {
      collectGarbage();
      lastBytes = bytes;
      lastTime = performance.now();
    }
  });
  try {
    const names = REPORT_FILES.filter((n): n is ContentFile => n !== MANIFEST);
    for (const name of names) {
      await batch.stage(join(staging, name), render[name]());
      collectGarbage();
    }
    for (const [name, svg] of figures) await batch.stage(join(staging, name), svg);
    await batch.commit();
    const manifest: ReportManifest = { runId: input.analysis.scan.runId, year, files: [] };
    for (const name of [...names, ...figures.map(([f]) => f)]) manifest.files.push({ name, ...(await hashFile(join(staging, name))) });
    await writeFileAtomic(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    // An older run's charts are replaced too (this run may draw fewer), never carried over.
    const oldFigures = existsSync(dir) ? readdirSync(dir).filter(isFigureFile) : [];
    carryOver(dir, staging, new Set<string>([...REPORT_FILES, ...oldFigures]));
    swapFolder(staging, dir);
    return [...REPORT_FILES, ...figures.map(([f]) => f)].map((name) => join(dir, name));
  } catch (err) {
    await batch.abort();
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}

/**
 * The report set in `outDir/<year>/` when it is whole and belongs to run `runId`: its manifest
 * names that run and every file has the hash the manifest records. Null otherwise (missing,
 * edited, from another run, or left half-written by an older planscan).
 */
export async function verifyReportSet(outDir: string, year: number, runId: string): Promise<string[] | null> {
  const dir = join(outDir, String(year));
  let manifest: ReportManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as ReportManifest;
  } catch {
    return null;
  }
  if (manifest.runId !== runId || manifest.year !== year) return null;
  for (const name of REPORT_FILES) {
    if (name === MANIFEST) continue;
    const recorded = manifest.files.find((f) => f.name === name);
    if (!recorded || !existsSync(join(dir, name))) return null;
    if ((await hashFile(join(dir, name))).sha256 !== recorded.sha256) return null;
  }
  return REPORT_FILES.map((name) => join(dir, name));
}

/** Tidies what a killed scan left beside or in `outDir/<year>/` (see util/folder-swap.ts). */
export function recoverReports(outDir: string, year: number): void {
  recoverFolder(join(outDir, String(year)));
}

/** Removes this process's unfinished report set (an interrupted scan). Synchronous, for signal handlers. */
export function abandonReports(outDir: string, year: number): void {
  removeOwnStaging(join(outDir, String(year)));
}

async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), bytes };
}
