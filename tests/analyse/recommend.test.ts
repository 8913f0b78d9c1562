import { describe, expect, it } from 'vitest';
import { analyse, electionTimetable, meetsRefreshBar, planDueDate, resolveScoring } from '../../src/analyse/index.js';
import type { AnalysisInput } from '../../src/analyse/index.js';
import type { SourceEntry } from '../../src/schema/index.js';
import { SCAN, input, structuredPlan } from './fixtures.js';
import { makePriority, makeSource } from '../shared-fixtures.js';

const daEverywhere = ['csp-a', 'csp-b'].map((id) => makePriority(id, { theme: 'domestic_abuse' }));

/** Eight CSPs in eight districts, plus the force-wide children's and adults' boards. */
const EIGHT: SourceEntry[] = [
  ...Array.from({ length: 8 }, (_, i) => makeSource(`csp-${i}`, { partner: `District ${i} Community Safety Partnership`, area: `District ${i}` })),
  makeSource('lscb', { partner: 'Testshire Safeguarding Children Partnership', area: 'Testshire', partner_type: 'LSCB' }),
  makeSource('sab', { partner: 'Testshire Safeguarding Adults Board', area: 'Testshire', partner_type: 'SAB' }),
];

const PLAN = structuredPlan({
  title: 'Police and Crime Plan for Testshire 2024–2028',
  other: ['Further integration of Fire and Rescue Services with the police could bring new opportunities.'],
  priorities: [
    { name: 'Protecting vulnerable people', aims: ['Better outcomes for victims of domestic abuse.', 'Fewer repeat victims of domestic violence.'] },
    { name: 'Safer neighbourhoods', aims: ['Less anti-social behaviour in town centres.', 'Fewer burglary victims.'] },
  ],
});

const scan = (over: Partial<AnalysisInput>): ReturnType<typeof analyse> =>
  analyse(input({ sources: EIGHT, plan: PLAN, ...over }));

describe('decision rules on constructed scans', () => {
  it('eight CSPs name arson and night-time-economy violence first; the plan covers neither → refresh', () => {
    const priorities = EIGHT.slice(0, 8).flatMap((s) => [
      makePriority(s.id, { theme: 'criminal_damage_arson', text: 'Reducing arson and deliberate fires' }),
      makePriority(s.id, { theme: 'night_time_economy', text: 'Violence in the night-time economy' }),
      makePriority(s.id, { theme: 'domestic_abuse' }),
    ]).concat([makePriority('lscb', { theme: 'domestic_abuse' }), makePriority('sab', { theme: 'domestic_abuse' })]);
    const a = scan({ priorities });
    expect(a.recommendation.decision).toBe('refresh');
    const arson = a.themes.find((t) => t.theme === 'criminal_damage_arson')!;
    const nte = a.themes.find((t) => t.theme === 'night_time_economy')!;
    // "Fire and Rescue Services" is not arson.
    expect(arson.planCoverage).toBe('none');
    expect(nte.planCoverage).toBe('none');
    expect(arson.tier).toBe('universal');
    expect(arson.scoreParts.totalAreas).toBe(8);
    const text = a.recommendation.reasons.map((r) => r.text).join('\n');
    expect(text).toMatch(/Criminal damage and arson is cited by 8 of 10 partners \(8 of 8 areas; universal tier/);
    expect(text).toMatch(/Night-time economy is cited by 8 of 10 partners/);
    const r = a.recommendation.reasons.find((x) => x.themes.includes('night_time_economy'))!;
    expect(r.priorityIds.length).toBeGreaterThan(0);
    expect(a.themes.find((t) => t.theme === 'domestic_abuse')).toMatchObject({ planCoverage: 'priority', planPath: ['Strategic priority 1: Protecting vulnerable people', 'Key aim 1: Better outcomes for victims of domestic abuse'] });
  });

  it('only plan-covered themes → no refresh', () => {
    const priorities = EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' }), makePriority(s.id, { theme: 'anti_social_behaviour' }), makePriority(s.id, { theme: 'burglary' }), makePriority(s.id, { theme: 'vulnerable_people' })]);
    const a = scan({ priorities });
    expect(a.gaps.filter((g) => g.type !== 'plan_not_cited')).toEqual([]);
    expect(a.recommendation.decision).toBe('no refresh');
    expect(a.recommendation.reasons).toHaveLength(1);
    expect(a.recommendation.reasons[0]!.text).toMatch(/Every universal and major-tier theme partners cite \(4: .*\) is a priority of the current plan/);
  });

  it('only a local gap → vary the plan', () => {
    const priorities = [...EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' }), makePriority(s.id, { theme: 'burglary' })]), makePriority('csp-3', { theme: 'modern_slavery_trafficking' })];
    const a = scan({ priorities, scoring: { gaps: { minScore: 5 } } });
    expect(a.themes.find((t) => t.theme === 'modern_slavery_trafficking')?.tier).toBe('local');
    expect(a.gaps.map((g) => [g.type, g.theme])).toContainEqual(['missing_from_plan', 'modern_slavery_trafficking']);
    expect(a.recommendation.decision).toBe('vary the plan');
    expect(a.recommendation.reasons[0]!.text).toMatch(/Modern slavery and trafficking is cited by 1 of 10 partners .* local tier/);
  });

  it("plan priorities no partner cites → vary the plan, in one sentence", () => {
    const priorities = EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' })]);
    const a = scan({ priorities });
    expect(a.gaps.filter((g) => g.type === 'plan_not_cited').map((g) => g.theme).sort()).toEqual(['anti_social_behaviour', 'burglary', 'vulnerable_people']);
    expect(a.recommendation.decision).toBe('vary the plan');
    expect(a.recommendation.reasons.map((r) => r.text).join(' ')).toMatch(/3 plan priorities are cited by no partner: .*Burglary.* \(see the gap section\)/);
  });

  it("a plan whose period has ended → new plan required, leading the reasons", () => {
    const old = structuredPlan({ title: 'Police and Crime Plan 2017 – 2021', year: 2017, priorities: [{ name: 'Vulnerability', aims: ['Fewer victims of domestic abuse.'] }] });
    const priorities = EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' })]);
    const a = scan({ scan: { ...SCAN, year: 2023 }, plan: old, priorities });
    expect(a.plan).toEqual({ sourceId: 'pcp', title: 'Police and Crime Plan 2017 – 2021', period: { from: 2017, to: 2021 }, ended: true });
    expect(a.recommendation.decision).toBe('new plan required');
    expect(a.recommendation.reasons[0]!.text).toMatch(/period \(2017–2021\) ended before the scan year 2023/);
  });

  it('a PCC election since the plan was issued → new plan required with the statutory date', () => {
    const priorities = EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' })]);
    const a = scan({ scan: { ...SCAN, year: 2025, lastElection: '2024-05-02' }, plan: { ...PLAN, source: { ...PLAN.source, year: 2021 } }, priorities });
    expect(a.recommendation.decision).toBe('new plan required');
    expect(a.recommendation.reasons[0]!.text).toMatch(/election of 2 May 2024 has passed since the plan was issued \(2021\).*by 31 March 2025/);
  });

  it('the current plan could not be read → no decision', () => {
    const priorities = EIGHT.flatMap((s) => [makePriority(s.id, { theme: 'domestic_abuse' })]);
    const a = scan({ plan: null, priorities });
    expect(a.recommendation.decision).toBe('no decision');
    expect(a.recommendation.reasons[0]!.text).toMatch(/could not be read/);
  });

  it('at most six reasons, each one sentence', () => {
    const themes = ['criminal_damage_arson', 'night_time_economy', 'modern_slavery_trafficking', 'metal_theft', 'rural_crime', 'violent_crime', 'terrorism_extremism'];
    const priorities = EIGHT.flatMap((s) => themes.map((t) => makePriority(s.id, { theme: t })));
    const a = scan({ priorities });
    expect(a.recommendation.decision).toBe('refresh');
    expect(a.recommendation.reasons.length).toBeLessThanOrEqual(6);
    for (const r of a.recommendation.reasons) expect(r.text.split(/(?<=[.])\s+(?=[A-Z])/).length, r.text).toBe(1);
    expect(a.recommendation.reasons.map((r) => r.text).join(' ')).toMatch(/further themes also meet the refresh bar/);
  });

  it('refresh bar: refresh tier at any harm, major tier only with high harm, or a high score', () => {
    const cfg = resolveScoring();
    const g = (tier: 'universal' | 'major' | 'local', score: number) => ({ theme: 't', kind: 'crime' as const, tier, score, reason: '', type: 'missing_from_plan' as const });
    expect(meetsRefreshBar(g('universal', 3), 1, cfg)).toBe(true);
    expect(meetsRefreshBar(g('major', 5), 4.2, cfg)).toBe(true);
    expect(meetsRefreshBar(g('major', 5), 3.6, cfg)).toBe(false);
    expect(meetsRefreshBar(g('major', 5), 2, cfg)).toBe(false);
    expect(meetsRefreshBar(g('local', 16), 1, cfg)).toBe(true);
    expect(meetsRefreshBar(g('local', 5), 5, cfg)).toBe(false);
  });
});

describe('statutory timetable', () => {
  it('an election in May 2028 means a new plan by 31 March 2029', () => {
    expect(planDueDate('2028-05-04').dueYear).toBe(2029);
    expect(electionTimetable('2028-05-04')).toBe(
      'The next PCC election is on 4 May 2028; the PCC elected then must issue a new Police and Crime Plan by 31 March 2029, ' +
        'the end of the financial year of the election (Police Reform and Social Responsibility Act 2011, s5).',
    );
  });
  it('an election before April falls in the financial year ending that March', () => {
    expect(planDueDate('2028-03-01').dueYear).toBe(2028);
    expect(planDueDate('2028-04-01').dueYear).toBe(2029);
  });
  it('says when the election is under a year away (as in 2015)', () => {
    expect(electionTimetable('2016-05-05', '2015-12-17')).toMatch(/by 31 March 2017.*less than a year away/);
    expect(electionTimetable('2028-05-04', '2025-11-20')).not.toMatch(/less than a year/);
  });
  it('rejects a non-date', () => expect(() => planDueDate('May 2028')).toThrow(/YYYY-MM-DD/));
  it('is stated in the recommendation when the scan knows the next election', () => {
    const a = analyse(input({ scan: { ...SCAN, nextElection: '2028-05-04' }, priorities: daEverywhere, plan: null }));
    expect(a.recommendation.timetable).toMatch(/by 31 March 2029/);
    expect(a.scan).not.toHaveProperty('nextElection');
  });
});
