import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { applyReview, exportReview, REVIEW_COLUMNS, ReviewError } from '../../src/review/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeDoc, tempDir } from '../store/fixtures.js';
import { makePriority } from '../shared-fixtures.js';

const THEMES = new Set(['vawg', 'serious_violence', 'partnership', 'asb']);
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function seeded(): { store: Store; dir: string } {
  const dir = tempDir('review');
  const store = openStore(path.join(dir, 'planscan.db'));
  open.push(store);
  const run = store.beginRun({ year: 2024, sourcesFile: 'sources.yaml' });
  store.saveDocument(run, makeDoc('csp-north', 2024), [
    makePriority('csp-north', { id: 'p1', text: 'Tackling violence against women & girls', kind: 'crime', theme: 'vawg' }),
    makePriority('csp-north', { id: 'p2', text: 'Data sharing between partners', kind: 'crime', theme: 'vawg', page: 2, quote: 'We will improve data sharing, between partners.' }),
    makePriority('csp-north', { id: 'p3', text: 'Our vision for a safer county', kind: 'target_group', theme: null }),
    makePriority('csp-north', { id: 'p4', text: 'Anti-social behaviour', kind: 'crime', theme: 'asb' }),
  ]);
  return { store, dir };
}

function readCsv(file: string): Array<Record<string, string>> {
  return parse(fs.readFileSync(file), { bom: true, columns: true }) as Array<Record<string, string>>;
}
function writeCsv(file: string, rows: Array<Record<string, string>>): void {
  fs.writeFileSync(file, stringify(rows, { header: true, columns: [...REVIEW_COLUMNS] }));
}

describe('review round trip', () => {
  it('export → edit → apply → applyOverrides changes kind/theme and excludes', () => {
    const { store, dir } = seeded();
    const file = path.join(dir, 'review.csv');
    expect(exportReview(store, 2024, file)).toBe(4);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for Excel
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe('id,source_id,page,quote,text,kind,theme,theme_name,confidence,kind_override,theme_override,exclude');
    const rows = readCsv(file);
    expect(rows[1]).toMatchObject({ id: 'p2', source_id: 'csp-north', page: '2', quote: 'We will improve data sharing, between partners.', kind: 'crime', theme: 'vawg', theme_name: 'Vawg', confidence: '0.80', kind_override: '', theme_override: '', exclude: '' });

    rows[1]!.kind_override = 'internal_process';
    rows[1]!.theme_override = 'partnership';
    rows[2]!.exclude = 'yes';
    rows[3]!.theme_override = 'none';
    writeCsv(file, rows);

    const res = applyReview(store, file, THEMES);
    expect(res).toMatchObject({ rows: 4, reviewed: 3, overrides: 2, excluded: 1, trainingExamples: 2, recorded: 4 });
    // Every row not excluded counts: p1 (left empty = agrees), p2 (kind changed), p4 (theme only, kind agrees).
    expect(res.kindAgreement.n).toBe(3);
    expect(res.kindAgreement.percent).toBeCloseTo(200 / 3, 10);
    // Every valid row is recorded as reviewed, in the scan year of its statements.
    expect(store.reviews(2024).map((r) => [r.priorityId, r.machineKind, r.machineTheme, r.analystKind, r.analystTheme, r.excluded])).toEqual([
      ['p1', 'crime', 'vawg', 'crime', 'vawg', false],
      ['p2', 'crime', 'vawg', 'internal_process', 'partnership', false],
      ['p3', 'target_group', null, 'target_group', null, true],
      ['p4', 'crime', 'asb', 'crime', null, false],
    ]);
    expect(store.reviews(2024)[0]).toMatchObject({ text: 'Tackling violence against women & girls', normText: 'tackling violence against women and girls', year: 2024 });

    const ps = store.applyOverrides(store.priorities(2024));
    expect(ps.map((p) => [p.id, p.kind, p.theme])).toEqual([
      ['p1', 'crime', 'vawg'],
      ['p2', 'internal_process', 'partnership'],
      ['p4', 'crime', null],
    ]);
    expect(ps[1]!.cues.at(-1)).toMatchObject({ source: 'override' });
    expect(store.trainingExamples()).toEqual([
      { text: 'Data sharing between partners', kind: 'internal_process', theme: 'partnership' },
      { text: 'Anti-social behaviour', kind: 'crime', theme: null },
    ]);
  });

  it('an invalid review file changes nothing and lists row and column', () => {
    const { store, dir } = seeded();
    const file = path.join(dir, 'review.csv');
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.kind_override = 'internal_process'; // valid on its own
    rows[1]!.kind_override = 'crim';
    rows[2]!.theme_override = 'not_a_theme';
    rows[3]!.exclude = 'maybe';
    writeCsv(file, rows);
    let err: unknown;
    try {
      applyReview(store, file, THEMES);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReviewError);
    const problems = (err as ReviewError).problems;
    expect(problems).toContain("review.csv row 3, column kind_override: 'crim' is not a kind (crime, target_group, mechanism, internal_process)");
    expect(problems.some((p) => p.startsWith("review.csv row 4, column theme_override: 'not_a_theme' is not a theme"))).toBe(true);
    expect(problems.some((p) => p.startsWith("review.csv row 5, column exclude: 'maybe'"))).toBe(true);
    expect(problems).toHaveLength(3);
    expect(store.overrides().size).toBe(0);
    expect(store.trainingExamples()).toEqual([]);
    expect(store.reviews()).toEqual([]);
  });

  it('rejects unknown ids and missing columns', () => {
    const { store, dir } = seeded();
    const file = path.join(dir, 'review.csv');
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.id = 'nope';
    rows[0]!.kind_override = 'mechanism';
    writeCsv(file, rows);
    expect(() => applyReview(store, file, THEMES)).toThrow(/row 2, column id: 'nope' is not a statement/);
    fs.writeFileSync(file, 'id,text\nx,y\n');
    expect(() => applyReview(store, file, THEMES)).toThrow(/missing column\(s\) source_id, page, quote/);
    expect(store.overrides().size).toBe(0);
  });

  it('an override applies to the same statement in a later year', () => {
    const { store, dir } = seeded();
    const file = path.join(dir, 'review.csv');
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[1]!.kind_override = 'internal_process';
    rows[1]!.theme_override = 'partnership';
    rows[2]!.exclude = 'x';
    writeCsv(file, rows);
    applyReview(store, file, THEMES);

    const run = store.beginRun({ year: 2025, sourcesFile: 'sources.yaml' });
    store.saveDocument(run, makeDoc('hwb-north', 2025), [
      makePriority('hwb-north', { id: 'q1', text: 'DATA SHARING between partners.', kind: 'mechanism', theme: 'asb' }),
      makePriority('hwb-north', { id: 'q2', text: 'Our  vision for a safer county!', kind: 'crime', theme: 'asb' }),
      makePriority('hwb-north', { id: 'q3', text: 'Serious violence', kind: 'crime', theme: 'serious_violence' }),
    ]);
    const ps = store.applyOverrides(store.priorities(2025));
    expect(ps.map((p) => [p.id, p.kind, p.theme])).toEqual([
      ['q1', 'internal_process', 'partnership'],
      ['q3', 'crime', 'serious_violence'],
    ]);
    // export of 2025 only shows 2025 statements
    const f2 = path.join(dir, 'review-2025.csv');
    expect(exportReview(store, 2025, f2)).toBe(3);
  });
});
