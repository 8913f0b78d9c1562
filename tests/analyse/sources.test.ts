import { describe, expect, it } from 'vitest';
import { analyse, areaResolver, partnerNames, selectSources } from '../../src/analyse/index.js';
import { PLAN_SOURCE, input, pri, source } from './fixtures.js';

describe('sources: one current document per partner', () => {
  it('the same partner under two names counts once (generic rewrites, then scan.aliases)', () => {
    const a = source('csp-n', 'Northtown Community Safety Partnership', 'Northtown');
    const b = source('csp-n-short', 'Northtown CSP', 'Northtown');
    const c = source('safer-n', 'Safer Northtown', 'Northtown');
    const names = partnerNames([a, b, c], { 'Safer Northtown': 'Northtown Community Safety Partnership' });
    expect(new Set([a, b, c].map((s) => names.canonical(s.partner)))).toEqual(new Set(['Northtown Community Safety Partnership']));
    const r = analyse(input({ sources: [a, b, c, source('csp-s', 'Southtown CSP', 'Southtown')], aliases: { 'Safer Northtown': 'Northtown Community Safety Partnership' },
      priorities: [pri('csp-n', 'burglary'), pri('csp-n-short', 'burglary'), pri('safer-n', 'burglary'), pri('csp-s', 'domestic_abuse')] }));
    const burglary = r.themes.find((t) => t.theme === 'burglary')!;
    expect(burglary.partners).toEqual(['Northtown Community Safety Partnership']);
    expect(burglary.scoreParts.totalPartners).toBe(2);
  });

  it('older documents are superseded, later ones flagged, out-of-date ones dropped; scan_year can bring a later one in', () => {
    const all = [
      { ...PLAN_SOURCE, year: 2017 },
      source('n-2019', 'North CSP', 'North', { year: 2019 }),
      source('n-2021', 'North CSP', 'North', { year: 2021 }),
      source('n-2023', 'North CSP', 'North', { year: 2023 }),
      source('old-2008', 'Old Town Partnership', 'Old Town', { year: 2008 }),
      source('s-2022', 'South CSP', 'South', { year: 2022, scan_year: 2021 }),
    ];
    const sel = selectSources(all, { year: 2021, currentPlanId: 'pcp', maxAgeYears: 6 });
    expect(sel.read.map((s) => s.id)).toEqual(['pcp', 'n-2021', 's-2022']);
    expect(Object.fromEntries(sel.leftOut.map((e) => [e.id, `${e.status}: ${e.reason}`]))).toEqual({
      'n-2019': 'superseded: superseded by n-2021 (2021)',
      'n-2023': 'future: dated 2023, after the scan year 2021',
      'old-2008': 'superseded: dated 2008, more than 6 years before the scan year 2021: out of date',
    });
  });

  it("the OPCC's own document is never a partner's, whatever its role says", () => {
    const all = [PLAN_SOURCE, source('opcc-report', 'OPCC', 'Force area', { partner_type: 'OPCC', doc_type: 'annual_report' }), source('csp', 'CSP', 'A')];
    const sel = selectSources(all, { year: 2025, currentPlanId: 'pcp' });
    expect(sel.read.map((s) => s.id)).toEqual(['pcp', 'csp']);
    expect(sel.leftOut[0]).toMatchObject({ id: 'opcc-report', status: 'own_document' });
  });

  it('Analysis.sources says what was listed, what counted and why the rest did not', () => {
    const sources = [source('csp-a', 'CSP A', 'A'), source('csp-b', 'CSP B', 'B'), source('spr', 'Home Office', 'England', { role: 'national', partner_type: 'NATIONAL' })];
    const sel = selectSources([...sources, source('csp-a-old', 'CSP A', 'A', { year: 2020 })], { year: 2025 });
    const r = analyse(input({ sources: sel.read, leftOut: sel.leftOut, listed: 5, failed: [{ entry: source('csp-c', 'CSP C', 'C'), message: 'file is empty' }],
      priorities: [pri('csp-a', 'burglary'), pri('spr', 'terrorism_extremism')] }));
    expect(r.sources.listed).toBe(5);
    expect(r.sources.counted).toBe(1);
    expect(Object.fromEntries(r.sources.entries.map((e) => [e.id, e.status]))).toEqual({
      'csp-a': 'counted', 'csp-b': 'no_priorities', spr: 'national', 'csp-c': 'failed', 'csp-a-old': 'superseded',
    });
    // A document with no priority is not a partner who cites nothing.
    expect(r.themes.find((t) => t.theme === 'burglary')!.scoreParts.totalPartners).toBe(1);
  });
});

describe('areas: shares of the force area\'s districts', () => {
  it('the force area, a county and a bracketed list stand for their districts', () => {
    const s = [source('a', 'A', 'Reading'), source('b', 'B', 'Slough'), source('c', 'C', 'Oxford'), source('d', 'D', 'Thames Valley'), source('e', 'E', 'Berkshire'), source('f', 'F', 'West of Berkshire (Reading, West Berkshire and Wokingham)')];
    const r = areaResolver(s, 'Thames Valley', { districts: ['Reading', 'Slough', 'Oxford', 'West Berkshire', 'Wokingham'], groups: { Berkshire: ['Reading', 'Slough', 'West Berkshire', 'Wokingham'] } });
    expect(r.of('Thames Valley')).toEqual([]);
    expect(r.of('Berkshire')).toEqual(['Reading', 'Slough', 'West Berkshire', 'Wokingham']);
    expect(r.of('West of Berkshire (Reading, West Berkshire and Wokingham)')).toEqual(['Reading', 'West Berkshire', 'Wokingham']);
    const a = analyse(input({ scan: { name: 'T', area: 'Thames Valley', year: 2025, runId: 'r', date: '2025-11-20' }, sources: s,
      areas: { districts: ['Reading', 'Slough', 'Oxford', 'West Berkshire', 'Wokingham'], groups: { Berkshire: ['Reading', 'Slough', 'West Berkshire', 'Wokingham'] } },
      priorities: s.map((x) => pri(x.id, x.id === 'c' ? 'rural_crime' : 'burglary')) }));
    expect(a.themes.find((t) => t.theme === 'rural_crime')!.scoreParts).toMatchObject({ areas: 1, totalAreas: 5 });
    expect(a.themes.find((t) => t.theme === 'burglary')!.scoreParts).toMatchObject({ areas: 4, totalAreas: 5 });
  });
});
