import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ANALYST_INDEX, loadHarmTable, logImpact, parseHarmCsv, resolveScoring, themeHarm } from '../../src/analyse/index.js';
import { sharedPath } from '../shared-path.js';

const rows = loadHarmTable();
const cfg = resolveScoring();
const SHARED = sharedPath('domain', 'harm-weights-sources.csv');
const mapping = readFileSync(new URL('../../data/harm-mapping.md', import.meta.url), 'utf8');

/** Business themes of shared/taxonomy.md: each needs a figure or an analyst value. */
const BUSINESS = [
  'domestic_abuse', 'sexual_offences', 'child_sexual_exploitation', 'child_abuse_neglect', 'adult_abuse_neglect',
  'fgm_honour_based_abuse', 'stalking_harassment', 'anti_social_behaviour', 'drugs_alcohol', 'violent_crime',
  'knife_weapons', 'gangs_county_lines', 'serious_organised_crime', 'terrorism_extremism', 'cybercrime', 'fraud',
  'modern_slavery_trafficking', 'burglary', 'acquisitive_crime', 'criminal_damage_arson', 'hate_crime',
  'night_time_economy', 'rural_crime', 'prostitution_sex_work', 'metal_theft', 'road_safety', 'reoffending',
  'vulnerable_people', 'children_young_people', 'young_offenders', 'older_people', 'mental_health', 'missing_persons',
  'victims_witnesses', 'disability', 'homelessness', 'families', 'communities_cohesion', 'health_wellbeing',
];

describe('data/harm.csv', () => {
  it('every row has a number and a source', () => {
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      expect(r.weight, r.offence).toBeGreaterThan(0);
      expect(r.source_url, r.offence).toMatch(/^(https?:\/\/\S+|data\/harm-mapping\.md#[\w-]+)$/);
      expect(r.note.length, r.offence).toBeGreaterThan(0);
    }
  });

  it('analyst rows are 1-5 impacts, say so, and point at a section of harm-mapping.md', () => {
    for (const r of rows.filter((x) => x.harm_index === ANALYST_INDEX)) {
      expect(r.unit).toBe('impact_1_5');
      expect(r.note).toMatch(/^ANALYST-SET/);
      const anchor = r.source_url.split('#')[1] ?? '';
      expect(mapping, `anchor ${anchor}`).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('secondary and derived figures are marked as such', () => {
    for (const r of rows.filter((x) => x.harm_index === 'cchi_2026_subgroup_median')) expect(r.note).toMatch(/DERIVED/);
    for (const r of rows.filter((x) => x.harm_index === 'ons_css' && x.source_url.includes('ons.gov.uk'))) expect(r.note).toMatch(/SECONDARY/);
    for (const r of rows.filter((x) => x.harm_index === 'ho_cost_of_crime_2018')) expect(r.note).toMatch(/SECONDARY/);
  });

  it('every indexed harm_index has a scale in scoring.yaml', () => {
    for (const r of rows) if (r.harm_index !== ANALYST_INDEX) expect(cfg.harm.scales[r.harm_index], r.harm_index).toBeDefined();
  });

  it.skipIf(!existsSync(SHARED))('every published figure is one of the gathered figures, with the same source', () => {
    const src = parse(readFileSync(SHARED, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    for (const r of rows.filter((x) => x.harm_index !== ANALYST_INDEX)) {
      const hit = src.find((s) => Number(s.weight) === r.weight && s.source_url === r.source_url);
      expect(hit, `${r.theme} ${r.offence} ${r.weight}`).toBeDefined();
    }
  });

  it('every business theme of the taxonomy gets a harm other than the default', () => {
    for (const t of BUSINESS) {
      expect(rows.some((r) => r.theme === t), t).toBe(true);
      expect(themeHarm(t, undefined, rows, cfg).basis, t).not.toBe('default');
    }
  });

  const TAXONOMY = new URL('../../data/taxonomy.yaml', import.meta.url);
  it.skipIf(!existsSync(TAXONOMY))('every business theme of data/taxonomy.yaml gets a harm other than the default', () => {
    const tax = YAML.parse(readFileSync(TAXONOMY, 'utf8')) as { themes: Array<{ id: string; label: string; group: 'business' | 'method'; defaultKind: 'crime'; harmLinks?: string[] }> };
    for (const t of tax.themes.filter((x) => x.group === 'business')) {
      expect(themeHarm(t.id, t, rows, cfg).basis, t.id).not.toBe('default');
    }
  });

  it('rejects a row without a source', () => {
    const csv = 'theme,harm_index,offence,weight,unit,source_url,note\nburglary,ons_css,Burglary,10,css,,x\n';
    expect(() => parseHarmCsv(csv)).toThrow(/line 2: source_url/);
  });
});

describe('harm scale', () => {
  it('is logarithmic between the index anchors', () => {
    expect(logImpact(5475, 1, 5475)).toBe(5);
    expect(logImpact(1, 1, 5475)).toBe(1);
    expect(logImpact(Math.sqrt(5475), 1, 5475)).toBeCloseTo(3, 6);
    expect(logImpact(0.5, 1, 5475)).toBe(1); // clamped
  });

  it('combines several offences by the mean of their impacts by default, max when asked', () => {
    const mean = themeHarm('sexual_offences', undefined, rows, cfg);
    expect(mean.basis).toBe('index');
    expect(mean.rows).toHaveLength(2);
    const rape = logImpact(2555, 1, 5475);
    const other = logImpact(182.25, 1, 5475);
    expect(mean.impact).toBeCloseTo((rape + other) / 2, 6);
    const max = themeHarm('sexual_offences', undefined, rows, resolveScoring({ harm: { combine: 'max' } }));
    expect(max.impact).toBeCloseTo(rape, 6);
  });

  it('uses the analyst value where the chosen index has no figure, and the index can be switched', () => {
    expect(themeHarm('domestic_abuse', undefined, rows, cfg)).toMatchObject({ basis: 'analyst', impact: 4 });
    expect(themeHarm('cybercrime', undefined, rows, cfg)).toMatchObject({ basis: 'analyst', impact: 2.5 });
    const ho = themeHarm('cybercrime', undefined, rows, resolveScoring({ harm: { index: 'ho_cost_of_crime_2018' } }));
    expect(ho).toMatchObject({ basis: 'index', impact: 1 });
  });

  it('target groups take harm from their harmLinks, else their analyst value, else the default', () => {
    const info = { id: 'vulnerable_people', label: 'V', group: 'business' as const, defaultKind: 'target_group' as const, harmLinks: ['domestic_abuse', 'burglary'] };
    const linked = themeHarm('vulnerable_people', info, rows, cfg);
    expect(linked.basis).toBe('links');
    const burglary = themeHarm('burglary', undefined, rows, cfg).impact;
    expect(linked.impact).toBeCloseTo((4 + burglary) / 2, 6); // mean(domestic abuse 4, burglary ~3.5)
    const max = themeHarm('vulnerable_people', info, rows, resolveScoring({ harm: { linkCombine: 'max' } }));
    expect(max.impact).toBe(4);
    // a link to another target group resolves through that group's analyst row
    expect(themeHarm('x', { ...info, id: 'x', harmLinks: ['older_people'] }, rows, cfg)).toMatchObject({ basis: 'links', impact: 3 });
    expect(themeHarm('vulnerable_people', { ...info, harmLinks: [] }, rows, cfg)).toMatchObject({ basis: 'analyst', impact: 3.5 });
    expect(themeHarm('nothing_known', { ...info, id: 'nothing_known', harmLinks: [] }, rows, cfg)).toMatchObject({ basis: 'default', impact: cfg.harm.default });
    expect(themeHarm('public_awareness', { ...info, id: 'public_awareness', group: 'method', defaultKind: 'mechanism', harmLinks: [] }, rows, cfg)).toMatchObject({
      basis: 'default',
      impact: cfg.harm.methodDefault,
    });
  });
});
