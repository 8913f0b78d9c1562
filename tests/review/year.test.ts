/**
 * The analyst's year, end to end with the compiled CLI on the bundled sample corpus, in steps that
 * share one database: 2024 and 2025 scanned (once per test run, see preparedCorpus) → export review
 * → edit → apply → rescan 2024 shows the analyst's labels → rescan 2025 carries them to the same
 * statement → eval --reviewed → a bad review file changes nothing → train → drift → history.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparedCorpus, runCli, type CliResult } from '../run/helpers.js';

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(file), { bom: true, columns: true }) as Row[];

/** A statement in both years' documents (Westhaven HWB) and a row the analyst excludes, also in both years (a subgroup's name in the LSCB plan's table, not a priority). */
const CHANGED = { text: 'Healthy weight and physical activity', source: 'hwb-westhaven', kind: 'mechanism', theme: 'prevention_early_intervention' };
const EXCLUDED = { text: 'Domestic Abuse subgroup', source: 'lscb' };

describe('the analyst’s year (compiled CLI, sample corpus)', () => {
  let dir = '';
  const cli = async (...args: string[]): Promise<CliResult> => runCli(args, { cwd: dir });
  const ok = (r: CliResult, what: string): CliResult => {
    expect(r.code, `${what}\n${r.stderr}`).toBe(0);
    return r;
  };
  const out = (...p: string[]) => path.join(dir, 'output', ...p);
  const find = (rows: Row[], source: string, text: string) => rows.filter((r) => r.source_id === source && r.text === text);
  let before: Row[] = [];
  let rows: Row[] = [];
  let changed: Row;
  let excluded: Row;

  beforeAll(async () => {
    const prepared = await preparedCorpus();
    dir = prepared.dir;
    ok(prepared.runs.run2024, 'run 2024');
    ok(prepared.runs.run2025, 'run 2025');
  }, 300_000);

  it('1. the first scan of 2024 carries the machine’s labels', () => {
    before = csv(out('2024', 'priorities.csv'));
    expect(find(before, `${CHANGED.source}-2024`, CHANGED.text)).toHaveLength(1);
    expect(find(before, `${CHANGED.source}-2024`, CHANGED.text)[0]).toMatchObject({ kind: 'target_group', theme: 'health_wellbeing' });
    expect(find(before, `${EXCLUDED.source}-2024`, EXCLUDED.text)).toHaveLength(1);
    expect(readFileSync(out('2024', 'briefing-note.md'), 'utf8')).not.toContain('Analyst review:');
  });

  it('2. export, edit one row (kind + theme), exclude another, apply', async () => {
    const exported = ok(await cli('review', 'export', '--year', '2024'), 'review export');
    const reviewFile = path.join(dir, exported.stdout.trim());
    expect(reviewFile).toBe(out('2024', 'review.csv'));
    rows = csv(reviewFile);
    changed = rows.find((r) => r.source_id === `${CHANGED.source}-2024` && r.text === CHANGED.text)!;
    excluded = rows.find((r) => r.source_id === `${EXCLUDED.source}-2024` && r.text === EXCLUDED.text)!;
    changed.kind_override = CHANGED.kind;
    changed.theme_override = CHANGED.theme;
    excluded.exclude = 'yes';
    writeFileSync(reviewFile, stringify(rows, { header: true }));
    const applied = ok(await cli('review', 'apply', reviewFile), 'review apply');
    expect(applied.stdout).toContain(`rows recorded as reviewed: ${rows.length}`);
    expect(applied.stdout).toContain('overrides stored: 1');
    expect(applied.stdout).toContain('excluded: 1');
    expect(applied.stdout).toMatch(new RegExp(`kind agreement \\(machine vs analyst, ${rows.length - 1} reviewed\\)`));
  });

  it('3. rescanning 2024 gives the changed row the analyst’s labels and drops the excluded one; the note says so', async () => {
    ok(await cli('run', '--year', '2024'), 'rerun 2024');
    const after = csv(out('2024', 'priorities.csv'));
    expect(find(after, `${CHANGED.source}-2024`, CHANGED.text)[0]).toMatchObject({ kind: CHANGED.kind, theme: CHANGED.theme });
    expect(find(after, `${EXCLUDED.source}-2024`, EXCLUDED.text)).toHaveLength(0);
    expect(after).toHaveLength(before.length - 1);
    const note = readFileSync(out('2024', 'briefing-note.md'), 'utf8').replace(/\\(.)/g, '$1');
    expect(note).toContain(`Analyst review: ${rows.length} priorities were reviewed by an analyst; 1 was overridden (kind or theme changed) and 1 excluded`);
    expect(note).toMatch(/Cohen's κ -?\d\.\d\d for kind, -?\d\.\d\d for theme/);
  });

  it('4. 2025: the same statement in the 2025 document carries the override; the excluded text stays out', async () => {
    const y2025Before = csv(out('2025', 'priorities.csv'));
    expect(find(y2025Before, `${CHANGED.source}-2025`, CHANGED.text)[0]).toMatchObject({ kind: 'target_group', theme: 'health_wellbeing' });
    const rerun = ok(await cli('run', '--year', '2025'), 'run 2025');
    // The review changed the report inputs: the reports are written again, not kept.
    expect(rerun.stderr).not.toContain('Nothing changed');
    const y2025 = csv(out('2025', 'priorities.csv'));
    expect(find(y2025, `${CHANGED.source}-2025`, CHANGED.text)).toHaveLength(1);
    expect(find(y2025, `${CHANGED.source}-2025`, CHANGED.text)[0]).toMatchObject({ kind: CHANGED.kind, theme: CHANGED.theme });
    expect(y2025.some((r) => r.text === EXCLUDED.text)).toBe(false);
    // No review of 2025 yet: its note has no review sentence.
    expect(readFileSync(out('2025', 'briefing-note.md'), 'utf8')).not.toContain('Analyst review:');
  });

  it('5. eval --reviewed prints agreement and κ; the changed row is the one disagreement', async () => {
    const ev = ok(await cli('eval', '--reviewed', '--year', '2024'), 'eval --reviewed');
    expect(ev.stdout).toMatch(/kind: +\d+\.\d% agreement, Cohen's kappa -?\d\.\d{3}/);
    expect(ev.stdout).toMatch(/theme: +\d+\.\d% agreement, Cohen's kappa -?\d\.\d{3}/);
    expect(ev.stdout).toContain('disagreements (1):');
    expect(ev.stdout).toContain(`"${CHANGED.text}" (2024): machine target_group/health_wellbeing, analyst ${CHANGED.kind}/${CHANGED.theme}`);
    const none = await cli('eval', '--reviewed', '--year', '2025');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing has been reviewed for scan year 2025');
  });

  it('6. an invalid review file (bad kind) exits non-zero naming row and column, and changes nothing', async () => {
    const db = out('planscan.db');
    const snapshot = () => {
      const d = new Database(db, { readonly: true });
      try {
        return ['overrides', 'reviews', 'training_examples'].map((t) => d.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
      } finally {
        d.close();
      }
    };
    const held = snapshot();
    const bad = rows.map((r) => ({ ...r }));
    const badIndex = bad.findIndex((r) => r.id !== changed.id && r.id !== excluded.id);
    bad[badIndex]!.kind_override = 'crim';
    bad[badIndex]!.theme_override = 'domestic_abuse';
    const badFile = path.join(dir, 'bad-review.csv');
    writeFileSync(badFile, stringify(bad, { header: true }));
    const rejected = await cli('review', 'apply', badFile);
    expect(rejected.code).not.toBe(0);
    expect(rejected.stderr).toContain(`bad-review.csv row ${badIndex + 2}, column kind_override: 'crim' is not a kind`);
    expect(rejected.stderr).toContain('nothing applied');
    expect(snapshot()).toEqual(held);
  });

  it('7. train: the reviewed statement is held as a training example; agreement before and after', async () => {
    const train = ok(await cli('train'), 'train');
    expect(train.stdout).toContain(`training examples held: 1 (${CHANGED.kind} 1)`);
    expect(train.stdout).toMatch(/before \(stored machine labels\): kind \d+\.\d% \(kappa/);
    expect(train.stdout).toMatch(/after \(retrained classifier\) *: kind \d+\.\d% \(kappa/);
  });

  it('8. drift across both years, written to output/drift.csv', async () => {
    const drift = ok(await cli('drift'), 'drift');
    expect(drift.stdout).toMatch(/Theme +2024 rank\/score\/partners\/tier +2025 rank\/score\/partners\/tier +Change/);
    expect(drift.stdout).toContain('Domestic abuse');
    const driftCsv = csv(out('drift.csv'));
    expect(Object.keys(driftCsv[0]!)).toEqual(expect.arrayContaining(['theme', 'status', '2024_rank', '2025_rank']));
    expect(driftCsv.length).toBeGreaterThan(5);
    // The changes the sample corpus was written to contain (corpus/README.md).
    const status = (theme: string) => driftCsv.find((r) => r.theme === theme)?.status;
    expect(['new', 'rising']).toContain(status('gangs_county_lines'));
    expect(status('knife_weapons')).toBe('new');
    expect(status('rural_crime')).toBe('dropped');
  });

  it('9. history lists the runs: 2024 and 2025, then both again after the review', async () => {
    const history = ok(await cli('history', '--json'), 'history');
    const runs = JSON.parse(history.stdout) as Array<{ year: number; finishedAt: string | null }>;
    expect(runs.map((r) => r.year)).toEqual([2024, 2025, 2024, 2025]);
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);
    const table = ok(await cli('history'), 'history table');
    expect(table.stdout.trim().split('\n')).toHaveLength(2 + 4);
  });
});
