import { describe, expect, it } from 'vitest';
import { analyse, areaResolver, partnerNames, selectSources } from '../../src/analyse/index.js';
import { PLAN_SOURCE, input } from './fixtures.js';
import { makePriority, makeSource } from '../shared-fixtures.js';

describe('sources: one current document per partner', () => {
  it('the same partner under two names counts once (generic rewrites, then scan.aliases)', () => {
    const a = makeSource('csp-n', { partner: 'Northtown Community Safety Partnership', area: 'Northtown' });
    const b = makeSource('csp-n-short', { partner: 'Northtown CSP', area: 'Northtown' });
    const c = makeSource('safer-n', { partner: 'Safer Northtown', area: 'Northtown' });
    const names = partnerNames([a, b, c], { 'Safer Northtown': 'Northtown Community Safety Partnership' });
    expect(new Set([a, b, c].map((s) => names.canonical(s.partner)))).toEqual(new Set(['Northtown Community Safety Partnership']));
    const r = analyse(input({ sources: [a, b, c, makeSource('csp-s', { partner: 'Southtown CSP', area: 'Southtown' })], aliases: { 'Safer Northtown': 'Northtown Community Safety Partnership' },
      priorities: [makePriority('csp-n', { theme: 'burglary' }), makePriority('csp-n-short', { theme: 'burglary' }), makePriority('safer-n', { theme: 'burglary' }), makePriority('csp-s', { theme: 'domestic_abuse' })] }));
    const burglary = r.themes.find((t) => t.theme === 'burglary')!;
    expect(burglary.partners).toEqual(['Northtown Community Safety Partnership']);
    expect(burglary.scoreParts.totalPartners).toBe(2);
  });

  it('older documents are superseded, later ones flagged, out-of-date ones dropped; scan_year can bring a later one in', () => {
    const all = [
      { ...PLAN_SOURCE, year: 2017 },
      makeSource('n-2019', { partner: 'North CSP', area: 'North', year: 2019 }),
      makeSource('n-2021', { partner: 'North CSP', area: 'North', year: 2021 }),
      makeSource('n-2023', { partner: 'North CSP', area: 'North', year: 2023 }),
      makeSource('old-2008', { partner: 'Old Town Partnership', area: 'Old Town', year: 2008 }),
      makeSource('s-2022', { partner: 'South CSP', area: 'South', year: 2022, scan_year: 2021 }),
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
    const all = [PLAN_SOURCE, makeSource('opcc-report', { partner: 'OPCC', area: 'Force area', partner_type: 'OPCC', doc_type: 'annual_report' }), makeSource('csp', { partner: 'CSP', area: 'A' })];
    const sel = selectSources(all, { year: 2025, currentPlanId: 'pcp' });
    expect(sel.read.map((s) => s.id)).toEqual(['pcp', 'csp']);
    expect(sel.leftOut[0]).toMatchObject({ id: 'opcc-report', status: 'own_document' });
  });

  it('Analysis.sources says what was listed, what counted and why the rest did not', () => {
    const sources = [makeSource('csp-a', { partner: 'CSP A', area: 'A' }), makeSource('csp-b', { partner: 'CSP B', area: 'B' }), makeSource('spr', { partner: 'Home Office', area: 'England', role: 'national', partner_type: 'NATIONAL' })];
    const sel = selectSources([...sources, makeSource('csp-a-old', { partner: 'CSP A', area: 'A', year: 2020 })], { year: 2025 });
    const r = analyse(input({ sources: sel.read, leftOut: sel.leftOut, listed: 5, failed: [{ entry: makeSource('csp-c', { partner: 'CSP C', area: 'C' }), message: 'file is empty' }],
      priorities: [makePriority('csp-a', { theme: 'burglary' }), makePriority('spr', { theme: 'terrorism_extremism' })] }));
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
    const s = [makeSource('a', { partner: 'A', area: 'Reading' }), makeSource('b', { partner: 'B', area: 'Slough' }), makeSource('c', { partner: 'C', area: 'Oxford' }), makeSource('d', { partner: 'D', area: 'Thames Valley' }), makeSource('e', { partner: 'E', area: 'Berkshire' }), makeSource('f', { partner: 'F', area: 'West of Berkshire (Reading, West Berkshire and Wokingham)' })];
    const r = areaResolver(s, 'Thames Valley', { districts: ['Reading', 'Slough', 'Oxford', 'West Berkshire', 'Wokingham'], groups: { Berkshire: ['Reading', 'Slough', 'West Berkshire', 'Wokingham'] } });
    expect(r.of('Thames Valley')).toEqual([]);
    expect(r.of('Berkshire')).toEqual(['Reading', 'Slough', 'West Berkshire', 'Wokingham']);
    expect(r.of('West of Berkshire (Reading, West Berkshire and Wokingham)')).toEqual(['Reading', 'West Berkshire', 'Wokingham']);
    const a = analyse(input({ scan: { name: 'T', area: 'Thames Valley', year: 2025, runId: 'r', date: '2025-11-20' }, sources: s,
      areas: { districts: ['Reading', 'Slough', 'Oxford', 'West Berkshire', 'Wokingham'], groups: { Berkshire: ['Reading', 'Slough', 'West Berkshire', 'Wokingham'] } },
      priorities: s.map((x) => makePriority(x.id, { theme: x.id === 'c' ? 'rural_crime' : 'burglary' })) }));
    expect(a.themes.find((t) => t.theme === 'rural_crime')!.scoreParts).toMatchObject({ areas: 1, totalAreas: 5 });
    expect(a.themes.find((t) => t.theme === 'burglary')!.scoreParts).toMatchObject({ areas: 4, totalAreas: 5 });
  });
});
