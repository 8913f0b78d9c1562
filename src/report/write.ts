/** writeReports: builds the note model once and writes every output atomically. */
import { join } from 'node:path';
import { AtomicBatch } from '../util/atomic.js';
import { errorsCsv, gapsCsv, prioritiesCsvChunks, themesCsv } from './csv.js';
import { docxChunks } from './docx.js';
import { htmlChunks } from './html.js';
import { scanJson } from './json.js';
import { markdownChunks } from './markdown.js';
import { buildNoteModel } from './note-model.js';
import type { ReportInput } from './types.js';

export const REPORT_FILES = [
  'priorities.csv',
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
  const model = buildNoteModel(input);
  const render: Record<(typeof REPORT_FILES)[number], () => string | Iterable<string> | AsyncIterable<Buffer>> = {
    'priorities.csv': () => prioritiesCsvChunks(input.priorities, input.sources, model.evidence, input.storedCues),
    'themes.csv': () => themesCsv(input.analysis),
    'gaps.csv': () => gapsCsv(input.analysis),
    'errors.csv': () => errorsCsv(input.failures),
    'scan.json': () => scanJson(input.analysis, model.keyFigures, input.failures, model.evidence),
    'briefing-note.md': () => markdownChunks(model),
    'briefing-note.html': () => htmlChunks(model),
    'briefing-note.docx': () => docxChunks(model),
  };
  const batch = new AtomicBatch();
  try {
    for (const name of REPORT_FILES) await batch.stage(join(dir, name), render[name]());
    return await batch.commit();
  } catch (err) {
    await batch.abort();
    throw err;
  }
}
