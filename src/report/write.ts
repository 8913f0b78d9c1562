/** writeReports: builds the note model once and writes every output atomically. */
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';
import { errorsCsv, gapsCsv, prioritiesCsv, themesCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { scanJson } from './json.js';
import { renderMarkdown } from './markdown.js';
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

/** Writes all report files to `outDir/<year>/` and returns their paths (in REPORT_FILES order). */
export async function writeReports(input: ReportInput, outDir: string): Promise<string[]> {
  const dir = join(outDir, String(input.analysis.scan.year));
  const model = buildNoteModel(input);
  // Render everything first, so a rendering error leaves the previous outputs untouched.
  const contents: Record<(typeof REPORT_FILES)[number], string | Buffer> = {
    'priorities.csv': prioritiesCsv(input.priorities, input.sources, model.evidence),
    'themes.csv': themesCsv(input.analysis),
    'gaps.csv': gapsCsv(input.analysis),
    'errors.csv': errorsCsv(input.failures),
    'scan.json': scanJson(input.analysis, model.keyFigures, input.failures, model.evidence),
    'briefing-note.md': renderMarkdown(model),
    'briefing-note.html': renderHtml(model),
    'briefing-note.docx': await renderDocx(model),
  };
  const written: string[] = [];
  for (const name of REPORT_FILES) {
    const file = join(dir, name);
    await writeFileAtomic(file, contents[name]);
    written.push(file);
  }
  return written;
}
