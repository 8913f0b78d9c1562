import { describe, expect, it } from 'vitest';
import { analyse, electionTimetable, meetsRefreshBar, planDueDate, resolveScoring } from '../../src/analyse/index.js';
import { PLAN_SOURCE, SCAN, input, planDoc, pri, source, PARTNERS } from './fixtures.js';

const daEverywhere = PARTNERS.map((s) => pri(s.id, 'domestic_abuse'));
const plan = (priorities: ReturnType<typeof pri>[], blocks: Array<{ text: string; page?: number }> = []) => ({
  source: PLAN_SOURCE,
  doc: planDoc(blocks),
  priorities,
});

describe('recommendation rules', () => {
  it('no refresh when every universal/major theme is a plan priority', () => {
    const a = analyse(input({ priorities: daEverywhere, plan: plan([pri('pcp', 'domestic_abuse')]) }));
    expect(a.gaps).toEqual([]);
    expect(a.recommendation.decision).toBe('no refresh');
    expect(a.recommendation.reasons.join(' ')).toMatch(/Domestic abuse — universal, 4 partners, score [\d.]+, plan: priority/);
    expect(a.recommendation.timetable).toBeUndefined();
  });

  it('refresh when a universal high-harm theme is missing; reasons name theme, tier, score and partner counts', () => {
    const a = analyse(input({ priorities: daEverywhere, plan: plan([pri('pcp', 'burglary')], [{ text: 'Burglary' }]) }));
    expect(a.gaps.map((g) => [g.type, g.theme])).toEqual([
      ['missing_from_plan', 'domestic_abuse'],
      ['plan_not_cited', 'burglary'],
    ]);
    expect(a.recommendation.decision).toBe('refresh');
    const text = a.recommendation.reasons.join('\n');
    expect(text).toMatch(/Domestic abuse: cited by 4 of 4 partners \(4 of 4 areas\), universal tier, harm 4, score 24; it is not in the current plan/);
    expect(text).toMatch(/Plan priorities no partner cites \(for review; not a trigger\)/);
  });

  it('plan missing: every theme is uncovered and the reasons say the plan was not available', () => {
    const a = analyse(input({ priorities: daEverywhere, plan: null }));
    expect(a.themes.every((t) => t.planCoverage === 'none' && t.planQuote === '' && t.planPage === null)).toBe(true);
    expect(a.recommendation.reasons[0]).toMatch(/Plan was not available/);
    expect(a.gaps[0]!.reason).toMatch(/the current plan was not available to check/);
    expect(a.recommendation.decision).toBe('refresh');
  });

  it('a missing theme below the refresh bar only varies the plan', () => {
    // metal theft (harm 1.32) cited by 2 of 4 partners: universal, but low harm and score < 15
    const ps = [pri('csp-a', 'metal_theft'), pri('csp-b', 'metal_theft')];
    const a = analyse(input({ priorities: ps, plan: plan([]) }));
    expect(a.gaps).toHaveLength(1);
    expect(a.gaps[0]).toMatchObject({ type: 'missing_from_plan', theme: 'metal_theft', tier: 'universal' });
    expect(a.recommendation.decision).toBe('vary the plan');
    expect(a.recommendation.reasons.join(' ')).toMatch(/below the refresh bar/);
  });

  it('a local theme with a low score is not a gap', () => {
    const many = Array.from({ length: 20 }, (_, i) => source(`p${i}`, `P${i}`, `A${i}`));
    const a = analyse(input({ sources: many, priorities: [pri('p0', 'burglary')], plan: plan([]) }));
    expect(a.themes[0]).toMatchObject({ tier: 'local' });
    expect(a.gaps).toEqual([]);
    expect(a.recommendation.decision).toBe('no refresh');
  });

  it('national themes missing from the plan vary it', () => {
    const sources = [...PARTNERS, source('spr', 'Home Office', 'England and Wales', { role: 'national', partner_type: 'NATIONAL' })];
    const a = analyse(input({ sources, priorities: [...daEverywhere, pri('spr', 'terrorism_extremism')], plan: plan([pri('pcp', 'domestic_abuse')]) }));
    expect(a.recommendation.decision).toBe('vary the plan');
    expect(a.recommendation.reasons.join(' ')).toMatch(/Terrorism and extremism: cited by national sources \(spr\)/);
    const off = analyse(input({ sources, priorities: [...daEverywhere, pri('spr', 'terrorism_extremism')], plan: plan([pri('pcp', 'domestic_abuse')]), scoring: { recommendation: { varyOnNationalMissing: false } } }));
    expect(off.recommendation.decision).toBe('no refresh');
  });

  it('a universal theme the plan only mentions varies the plan; with mentions not counting it triggers a refresh', () => {
    const p = plan([], [{ text: 'Domestic abuse remains a concern', page: 3 }]);
    const a = analyse(input({ priorities: daEverywhere, plan: p }));
    expect(a.themes[0]).toMatchObject({ planCoverage: 'mention', planPage: 3 });
    expect(a.gaps).toEqual([]);
    expect(a.recommendation.decision).toBe('vary the plan');
    expect(a.recommendation.reasons.join(' ')).toMatch(/only mentions.*Domestic abuse \(4 partners/);
    const strict = analyse(input({ priorities: daEverywhere, plan: p, scoring: { gaps: { mentionCountsAsCovered: false } } }));
    expect(strict.gaps[0]!.reason).toMatch(/only mentions it in passing/);
    expect(strict.recommendation.decision).toBe('refresh');
  });

  it('method themes are never gaps', () => {
    const ps = PARTNERS.map((s) => pri(s.id, 'public_awareness', { kind: 'mechanism' }));
    const a = analyse(input({ priorities: ps, plan: plan([]) }));
    expect(a.themes[0]).toMatchObject({ theme: 'public_awareness', tier: 'universal', harm: 1, kind: 'mechanism' });
    expect(a.gaps).toEqual([]);
    expect(a.recommendation.decision).toBe('no refresh');
  });

  it('refresh bar: tier with harm, or a high score in any tier', () => {
    const cfg = resolveScoring();
    const gap = { theme: 'x', kind: 'crime' as const, tier: 'universal' as const, score: 9, reason: '', type: 'missing_from_plan' as const };
    expect(meetsRefreshBar(gap, 3.5, cfg)).toBe(true);
    expect(meetsRefreshBar(gap, 2, cfg)).toBe(false);
    // A major-in-parts gap alone varies the plan; it needs a high score to force a refresh.
    expect(meetsRefreshBar({ ...gap, tier: 'major' }, 3.5, cfg)).toBe(false);
    expect(meetsRefreshBar({ ...gap, tier: 'major', score: 15 }, 3.5, cfg)).toBe(true);
    expect(meetsRefreshBar({ ...gap, tier: 'local', score: 15 }, 2, cfg)).toBe(true);
    expect(meetsRefreshBar({ ...gap, type: 'national_missing', score: 30 }, 5, cfg)).toBe(false);
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
