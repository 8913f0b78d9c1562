import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as drift } from '../../src/cli/commands/drift.js';
import { run as history } from '../../src/cli/commands/history.js';
import { run as init } from '../../src/cli/commands/init.js';
import { run as review } from '../../src/cli/commands/review.js';
import { openStore } from '../../src/store/index.js';
import { makeDoc, tempDir } from '../store/fixtures.js';
import { makeAnalysis, makePriority, makeTheme } from '../shared-fixtures.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

function seed(db: string): void {
  const s = openStore(db);
  const r1 = s.beginRun({ year: 2024, sourcesFile: 's.yaml' });
  s.saveDocument(r1, makeDoc('csp', 2024), [
    makePriority('csp', { id: 'p1', text: 'Domestic abuse', theme: 'domestic_abuse' }),
    makePriority('csp', { id: 'p2', text: 'Working together better', kind: 'crime' }),
  ]);
  s.finishRun(r1, makeAnalysis(2024, r1, [makeTheme('domestic_abuse', { partners: ['A'], score: 2, tier: 'major' })]), []);
  const r2 = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
  s.finishRun(r2, makeAnalysis(2025, r2, [makeTheme('domestic_abuse', { partners: ['A', 'B'], score: 4, tier: 'major' }), makeTheme('knife_crime', { partners: ['B'], score: 1, tier: 'major' })]), []);
  s.close();
}

describe('commands', () => {
  it('--help prints usage and returns 0', async () => {
    for (const cmd of [drift, history, init, review]) {
      expect(await cmd(['--help'])).toBe(0);
    }
    expect(out).toContain('planscan review export');
    expect(out).toContain('planscan drift');
  });

  it('bad arguments return 2 with a message on stderr', async () => {
    expect(await drift(['--from', 'abc'])).toBe(2);
    expect(err).toContain("--from must be a four-digit year, not 'abc'");
    expect(await review(['frobnicate'])).toBe(2);
    expect(await init([])).toBe(2);
    expect(await history(['--nope'])).toBe(2);
  });

  it('history, drift, review export/apply on a real database', async () => {
    const dir = tempDir('cli');
    const db = path.join(dir, 'planscan.db');
    expect(await history(['--db', db])).toBe(1);
    expect(err).toContain('no database at');
    seed(db);

    expect(await history(['--db', db])).toBe(0);
    expect(out).toMatch(/2024 .*no refresh/);

    out = '';
    expect(await drift(['--db', db, '--out', path.join(dir, 'out')])).toBe(0);
    expect(out).toContain('KNIFE_CRIME');
    expect(fs.existsSync(path.join(dir, 'out', 'drift.csv'))).toBe(true);

    out = '';
    expect(await review(['export', '--year', '2024', '--db', db, '--out', path.join(dir, 'out')])).toBe(0);
    const file = out.trim();
    expect(file).toBe(path.join(dir, 'out', '2024', 'review.csv'));
    const rows = parse(fs.readFileSync(file), { bom: true, columns: true }) as Array<Record<string, string>>;
    rows[1]!.kind_override = 'internal_process';
    rows[1]!.theme_override = 'none';
    fs.writeFileSync(file, stringify(rows, { header: true }));

    out = '';
    expect(await review(['apply', file, '--db', db])).toBe(0);
    expect(out).toContain('overrides stored: 1');
    // p1 left empty (agrees) and p2 changed: agreement over both reviewed rows, not only the changed one.
    expect(out).toMatch(/kind agreement \(machine vs analyst, 2 reviewed\): 50\.0%/);
    expect(out).toContain('rows recorded as reviewed: 2');

    rows[0]!.theme_override = 'not_a_theme';
    fs.writeFileSync(file, stringify(rows, { header: true }));
    err = '';
    expect(await review(['apply', file, '--db', db])).toBe(1);
    expect(err).toContain("review.csv row 2, column theme_override: 'not_a_theme' is not a theme");

    const s = openStore(db);
    expect([...s.overrides().keys()]).toEqual(['working together better']);
    s.close();
  });

  it('init writes sources.yaml and refuses to overwrite', async () => {
    const dir = tempDir('cli-init');
    fs.writeFileSync(path.join(dir, 'leeds-csp-plan-2024.txt'), 'Safer Leeds Plan 2024\n');
    expect(await init([dir])).toBe(0);
    expect(out.trim()).toBe(path.join(dir, 'sources.yaml'));
    expect(await init([dir])).toBe(1);
    expect(err).toContain('already exists');
    expect(await init([dir, '--force', '--year', '2025'])).toBe(0);
  });
});
