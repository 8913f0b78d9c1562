/** writeReports: builds the brief and the note once and writes every output atomically. */
import { join } from 'node:path';
import { AtomicBatch } from '../util/atomic.js';
import { collectGarbage } from '../util/gc.js';

const GC_EVERY_BYTES = 32 << 20;
const GC_EVERY_MS = 3000;
import { errorsCsv, gapsCsv, prioritiesCsvChunks, priorityCuesCsvChunks, themesCsv } from './csv.js';
import { docxChunks } from './docx.js';
import { htmlChunks } from './html.js';
import { scanJsonChunks } from './json.js';
import { figureFile, markdownChunks, noteFigures } from './markdown.js';
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
] as const;

/**
 * Writes all report files to `outDir/<year>/` and returns their paths (in REPORT_FILES order).
 * Each file is rendered and written to a temp file in turn, so only one rendering is in memory at
 * a time; all are renamed into place at the end, so a rendering error leaves the previous set.
 */
export async function writeReports(input: ReportInput, outDir: string): Promise<string[]> {
  const dir = join(outDir, String(input.analysis.scan.year));
  const brief = buildBrief(input);
  const note = buildNote(brief);
  const refs = new Map(brief.evidence.map((e) => [e.priorityId, String(e.ref)]));
  const refOf = (id: string) => refs.get(id);
  const render: Record<(typeof REPORT_FILES)[number], () => string | Iterable<string> | AsyncIterable<Buffer>> = {
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
    for (const name of REPORT_FILES) {
      await batch.stage(join(dir, name), render[name]());
      collectGarbage();
    }
    for (const [name, svg] of figures) await batch.stage(join(dir, name), svg);
    return await batch.commit();
  } catch (err) {
    await batch.abort();
    throw err;
  }
}
