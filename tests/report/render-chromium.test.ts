import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeReports } from '../../src/report/index.js';
import { chromium, chromiumArgs, ensureChromium, pngSize } from './chromium.js';
import { makeInput } from './fixture.js';
import { tempDir } from './helpers.js';

let bin: string | null = null;
let reason = '';
let htmlFile = '';
let dir = '';

beforeAll(async () => {
  ({ path: bin, reason } = await ensureChromium());
  if (!bin) console.warn(`[render-chromium] skipping headless render tests: ${reason}`);
  dir = await tempDir('render');
  await writeReports(makeInput(), dir);
  htmlFile = join(dir, '2025', 'briefing-note.html');
}, 11 * 60_000);

describe('headless Chromium renders the HTML note', () => {
  test('screenshot is a non-trivial PNG of the requested size', async (ctx) => {
    if (!bin) return ctx.skip(`chromium unavailable: ${reason}`);
    const png = join(dir, 'note.png');
    await chromium(bin, [...chromiumArgs(join(dir, 'profile-shot')), `--screenshot=${png}`, '--window-size=1200,3000', pathToFileURL(htmlFile).href]);
    expect(existsSync(png)).toBe(true);
    const bytes = await readFile(png);
    expect((await stat(png)).size).toBeGreaterThan(50_000);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 3000 });
  });

  test('rendered DOM has every section and the inline SVG charts', async (ctx) => {
    if (!bin) return ctx.skip(`chromium unavailable: ${reason}`);
    const { stdout } = await chromium(bin, [...chromiumArgs(join(dir, 'profile-dom')), '--dump-dom', pathToFileURL(htmlFile).href]);
    const $ = cheerio.load(stdout);
    expect($('main > section').map((_, s) => $(s).attr('id')).get()).toEqual([
      's-summary', 's-recommendation', 's-background', 's-outcome', 's-risk', 's-national', 's-gaps', 's-change', 's-methodology',
      's-timetable', 's-scoring', 's-evidence', 's-sources',
    ]);
    expect($('h2').first().text()).toBe('1 Summary');
    expect($('svg')).toHaveLength(3);
    $('svg').each((_, s) => expect($(s).find('rect').length).toBeGreaterThan(3));
    expect($('#s-recommendation').text()).toContain('Vary the current Police and Crime Plan');
  });
});
