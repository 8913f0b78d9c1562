import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyReview, exportReview, formatReviewAgreement, REVIEW_COLUMNS, reviewAgreement } from '../../src/review/index.js';
import { run as evalCmd } from '../../src/cli/commands/eval.js';
import { openStore, type Store } from '../../src/store/index.js';
import { reviewSummary } from '../../src/pipeline/index.js';
import { makeDoc, tempDir } from '../store/fixtures.js';
import { makePriority } from '../shared-fixtures.js';

const THEMES = new Set(['domestic_abuse', 'anti_social_behaviour', 'vulnerable_people']);
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(fs.readFileSync(file), { bom: true, columns: true }) as Row[];
const writeCsv = (file: string, rows: Row[]): void => fs.writeFileSync(file, stringify(rows, { header: true, columns: [...REVIEW_COLUMNS] }));

/**
 * Seven statements of 2024 on a real SQLite file. Machine → analyst:
 *   kind                        theme
 *   1 crime → crime             domestic_abuse → domestic_abuse
 *   2 crime → crime             anti_social_behaviour → anti_social_behaviour
 *   3 crime → crime             anti_social_behaviour → domestic_abuse   (theme override)
 *   4 crime → target_group      (none) → vulnerable_people                (kind + theme override)
 *   5 target_group → same       vulnerable_people → same
 *   6 mechanism → crime         (none) → anti_social_behaviour            (kind + theme override)
 *   7 excluded
 * Kind: p_o = 4/6; marginals machine crime 4, tg 1, mech 1 / analyst crime 4, tg 2, mech 0;
 *   p_e = (4·4 + 1·2 + 1·0)/36 = 1/2; κ = (2/3 − 1/2)/(1 − 1/2) = 1/3.
 * Theme: p_o = 3/6; marginals machine da 1, asb 2, none 2, vp 1 / analyst da 2, asb 2, none 0, vp 2;
 *   p_e = (1·2 + 2·2 + 2·0 + 1·2)/36 = 2/9; κ = (1/2 − 2/9)/(1 − 2/9) = 5/14.
 */
function seeded(): { store: Store; dir: string; db: string; file: string } {
  const dir = tempDir('agree');
  const db = path.join(dir, 'planscan.db');
  const store = openStore(db);
  open.push(store);
  const run = store.beginRun({ year: 2024, sourcesFile: 'sources.yaml' });
  store.saveDocument(run, makeDoc('csp', 2024), [
    makePriority('csp', { id: 'a1', text: 'Domestic abuse', kind: 'crime', theme: 'domestic_abuse' }),
    makePriority('csp', { id: 'a2', text: 'Anti-social behaviour', kind: 'crime', theme: 'anti_social_behaviour' }),
    makePriority('csp', { id: 'a3', text: 'Abuse in the home', kind: 'crime', theme: 'anti_social_behaviour' }),
    makePriority('csp', { id: 'a4', text: 'People in crisis', kind: 'crime', theme: null }),
    makePriority('csp', { id: 'a5', text: 'Vulnerable people', kind: 'target_group', theme: 'vulnerable_people' }),
    makePriority('csp', { id: 'a6', text: 'Nuisance on estates', kind: 'mechanism', theme: null }),
    makePriority('csp', { id: 'a7', text: 'Our vision', kind: 'crime', theme: null }),
  ]);
  const file = path.join(dir, 'out', '2024', 'review.csv');
  exportReview(store, 2024, file);
  const rows = readCsv(file);
  const set = (id: string, o: Partial<Row>) => Object.assign(rows.find((r) => r.id === id)!, o);
  set('a3', { theme_override: 'domestic_abuse' });
  set('a4', { kind_override: 'target_group', theme_override: 'vulnerable_people' });
  set('a6', { kind_override: 'crime', theme_override: 'anti_social_behaviour' });
  set('a7', { exclude: 'yes' });
  writeCsv(file, rows);
  applyReview(store, file, THEMES);
  return { store, dir, db, file };
}

describe('reviewAgreement on a real database', () => {
  it('counts every reviewed row (empty overrides agree), leaves excluded rows out, κ as computed by hand', () => {
    const { store } = seeded();
    const a = reviewAgreement(store, 2024);
    expect(a).toMatchObject({ year: 2024, reviewed: 7, excluded: 1, overridden: 3 });
    expect(a.kind.n).toBe(6);
    expect(a.kind.percent).toBeCloseTo(400 / 6, 10);
    expect(a.kind.expected).toBeCloseTo(0.5, 10);
    expect(a.kind.kappa).toBeCloseTo(1 / 3, 10);
    expect(a.theme.percent).toBeCloseTo(50, 10);
    expect(a.theme.expected).toBeCloseTo(2 / 9, 10);
    expect(a.theme.kappa).toBeCloseTo(5 / 14, 10);
    // Per kind: one-vs-rest kind κ, theme agreement within the analyst's kind.
    const crime = a.kind.categories.find((c) => c.category === 'crime')!;
    expect(crime).toMatchObject({ machine: 4, analyst: 4, both: 3 });
    // 2×2 crime vs not: p_o = (3 + 1)/6, p_e = (4·4 + 2·2)/36 = 5/9 → κ = (2/3 − 5/9)/(4/9) = 1/4.
    expect(crime.kappa).toBeCloseTo(0.25, 10);
    expect(a.byKind.map((b) => [b.kind, b.n, b.theme.percent])).toEqual([
      ['crime', 4, 50],
      ['target_group', 2, 50],
    ]);
    expect(a.disagreements.map((d) => [d.text, d.machineKind, d.analystKind, d.machineTheme, d.analystTheme])).toEqual([
      ['Abuse in the home', 'crime', 'crime', 'anti_social_behaviour', 'domestic_abuse'],
      ['People in crisis', 'crime', 'target_group', null, 'vulnerable_people'],
      ['Nuisance on estates', 'mechanism', 'crime', null, 'anti_social_behaviour'],
    ]);
    const text = formatReviewAgreement(a);
    expect(text).toContain("kind:  66.7% agreement, Cohen's kappa 0.333");
    expect(text).toContain("theme: 50.0% agreement, Cohen's kappa 0.357");
    expect(text).toContain('"People in crisis" (2024): machine crime/(none), analyst target_group/vulnerable_people');

    expect(reviewAgreement(store, 2025)).toMatchObject({ reviewed: 0, overridden: 0, kind: { n: 0, kappa: null } });
    expect(reviewAgreement(store).reviewed).toBe(7);
    expect(reviewSummary(store, 2024)).toEqual({
      reviewed: 7, overridden: 3, excluded: 1, kappaKind: a.kind.kappa, kappaTheme: a.theme.kappa, percentKind: a.kind.percent,
    });
    expect(reviewSummary(store, 2025)).toBeUndefined();
  });

  it('a reclassifier replaces the machine labels (for train); re-reviewing a row replaces it', () => {
    const { store, file } = seeded();
    const perfect = reviewAgreement(store, 2024, (text) => {
      const r = store.reviews(2024).find((x) => x.text === text)!;
      return { kind: r.analystKind, theme: r.analystTheme };
    });
    expect(perfect).toMatchObject({ overridden: 0, disagreements: [] });
    expect(perfect.kind.percent).toBe(100);

    const rows = readCsv(file);
    rows.find((r) => r.id === 'a3')!.theme_override = '';
    writeCsv(file, rows);
    applyReview(store, file, THEMES);
    const a = reviewAgreement(store, 2024);
    expect(a).toMatchObject({ reviewed: 7, overridden: 2 });
  });
});

describe('planscan eval --reviewed', () => {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints agreement, κ and disagreements; a clear message when nothing is reviewed', async () => {
    const { store, db } = seeded();
    store.close();
    expect(await evalCmd(['--reviewed', '--year', '2024', '--db', db])).toBe(0);
    expect(out).toContain("kind:  66.7% agreement, Cohen's kappa 0.333");
    expect(out).toContain('disagreements (3):');
    out = '';
    expect(await evalCmd(['--reviewed', '--year', '2024', '--db', db, '--json'])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ reviewed: 7, excluded: 1, overridden: 3 });
    expect(await evalCmd(['--reviewed', '--year', '2025', '--db', db])).toBe(1);
    expect(err).toContain('nothing has been reviewed for scan year 2025');
    expect(await evalCmd(['--reviewed', '--year', '24', '--db', db])).toBe(2);
    expect(await evalCmd([])).toBe(2);
  });
});
