/**
 * Consistency by construction, checked: every sentence "N themes / priorities / partners / gaps …:"
 * introduces a list or table with exactly N items, in the Markdown, HTML and Word notes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeReports } from '../../src/report/index.js';
import { makeInput } from './fixture.js';
import { tempDir } from './helpers.js';
import { claims, docxUnits, htmlUnits, mdUnits } from './units.js';

let dir = '';
beforeAll(async () => {
  dir = await tempDir('consistency');
  await writeReports(makeInput(), dir);
});

describe('every stated count matches the list or table it introduces', () => {
  for (const format of ['md', 'html', 'docx'] as const) {
    test(format, async () => {
      const file = join(dir, '2025', `briefing-note.${format}`);
      const units = format === 'md' ? mdUnits(await readFile(file, 'utf8')) : format === 'html' ? htmlUnits(await readFile(file, 'utf8')) : await docxUnits(file);
      const found = claims(units);
      // The note states counts before each tier list, the risk table and the gap table at least.
      expect(found.length).toBeGreaterThanOrEqual(5);
      for (const c of found) expect({ text: c.text, n: c.found }).toEqual({ text: c.text, n: c.said });
    });
  }
});
