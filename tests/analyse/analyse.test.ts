import { describe, expect, it } from 'vitest';
import { Analysis } from '../../src/schema/index.js';
import { analyse } from '../../src/analyse/index.js';
import { PARTNERS, PLAN_SOURCE, input, planDoc } from './fixtures.js';
import { makePriority, makeSource, makeTheme } from '../shared-fixtures.js';

const PRIORITIES = [
  makePriority('csp-a', { theme: 'domestic_abuse' }),
  makePriority('csp-b', { theme: 'domestic_abuse' }),
  makePriority('csp-c', { theme: 'domestic_abuse', strength: 'mention' }),
  makePriority('lscb-d', { theme: 'domestic_abuse' }),
  makePriority('csp-a', { theme: 'burglary' }),
  makePriority('csp-a', { theme: 'violent_crime' }),
  makePriority('csp-b', { theme: 'violent_crime', otherThemes: ['domestic_abuse'] }),
  makePriority('csp-c', { theme: 'public_awareness', kind: 'mechanism' }),
  makePriority('csp-a', { theme: 'public_awareness', kind: 'mechanism' }),
  makePriority('csp-b', { theme: null, kind: 'internal_process' }),
];

const planPriorities = [makePriority('pcp', { theme: 'domestic_abuse', text: 'Tackle domestic abuse', page: 4 }), makePriority('pcp', { theme: 'burglary', page: 5 })];
const plan = {
  source: PLAN_SOURCE,
  doc: planDoc([{ text: 'Priority one: domestic abuse', page: 4 }, { text: 'We will reduce violence in our towns.', page: 7 }]),
  priorities: planPriorities,
};

describe('analyse', () => {
  it('returns a valid Analysis, ranked by score, with every number in scoreParts', () => {
    const a = analyse(input({ priorities: PRIORITIES, plan }));
    expect(Analysis.safeParse(a).success).toBe(true);
    expect(a.themes.map((t) => t.score)).toEqual([...a.themes.map((t) => t.score)].sort((x, y) => y - x));
    const da = a.themes.find((t) => t.theme === 'domestic_abuse')!;
    expect(da).toMatchObject({ tier: 'universal', partners: ['CSP A', 'CSP B', 'CSP C', 'LSCB D'], namedCount: 4, mentionCount: 1, harm: 4, planCoverage: 'priority', planPage: 4 });
    expect(da.partnerTypes).toEqual(['CSP', 'LSCB']);
    // weighted partners: A 1, B 1 (primary of its own priority), C 0.5 (mention), D 1 = 3.5 of 4
    expect(da.scoreParts).toMatchObject({ weightedPartners: 3.5, totalPartners: 4, partnerPrevalence: 0.88, areaShare: 1, harmAnalystSet: 1 });
    expect(da.score).toBe(da.scoreParts.score);
    expect(a.methodology.formula).toContain('impact × likelihood');
    expect(a.methodology.weights['likelihood.mentionWeight']).toBe(0.5);
    expect(a.methodology.tierRule).toMatch(/^Universal/);
  });

  it('weights named over mention, and primary over secondary themes', () => {
    const ps = [makePriority('csp-a', { theme: 'burglary' }), makePriority('csp-b', { theme: 'burglary', strength: 'mention' }), makePriority('csp-c', { theme: 'violent_crime', otherThemes: ['burglary'] }), makePriority('lscb-d', { theme: 'violent_crime', strength: 'mention', otherThemes: ['burglary'] })];
    const b = analyse(input({ priorities: ps, plan })).themes.find((t) => t.theme === 'burglary')!;
    // 1 + 0.5 + 0.5 + 0.25 = 2.25 of 4 partners
    expect(b.scoreParts).toMatchObject({ weightedPartners: 2.25, partnerPrevalence: 0.56, partners: 4 });
    expect(b).toMatchObject({ namedCount: 2, mentionCount: 2, tier: 'universal' });
  });

  it('a bad scoring override fails with the key path', () => {
    expect(() => analyse(input({ priorities: PRIORITIES, plan, scoring: { trend: { weight: -1 } } }))).toThrow(/trend\.weight/);
  });

  it('covers a theme as "mention" from plan text and quotes it', () => {
    const a = analyse(input({ priorities: PRIORITIES, plan }));
    const v = a.themes.find((t) => t.theme === 'violent_crime')!;
    expect(v).toMatchObject({ tier: 'universal', planCoverage: 'mention', planQuote: 'We will reduce violence in our towns.', planPage: 7 });
  });

  it('only themes cited by partners (or the survey) get a ThemeSummary; unthemed priorities are ignored', () => {
    const a = analyse(input({ priorities: PRIORITIES, plan }));
    expect(a.themes.map((t) => t.theme).sort()).toEqual(['burglary', 'domestic_abuse', 'public_awareness', 'violent_crime']);
  });

  it('no partner citing anything: no themes, no missing themes, no refresh (plan priorities no partner cites are listed)', () => {
    const a = analyse(input({ priorities: [], plan }));
    expect(a.themes).toEqual([]);
    expect(a.gaps.filter((g) => g.type === 'missing_from_plan')).toEqual([]);
    expect(a.recommendation.decision).not.toBe('refresh');
    expect(a.gaps.every((g) => g.type === 'plan_not_cited')).toBe(true);
    expect(a.drift).toBeNull();
  });

  it('all partners citing a theme makes it universal with likelihood 5', () => {
    const a = analyse(input({ priorities: PARTNERS.map((s) => makePriority(s.id, { theme: 'burglary' })), plan }));
    expect(a.themes[0]).toMatchObject({ theme: 'burglary', tier: 'universal', prevalence: 1 });
    expect(a.themes[0]!.scoreParts.likelihood).toBe(5);
  });

  it('national sources are analysed separately and never counted as partners', () => {
    const sources = [...PARTNERS, makeSource('spr', { partner: 'Home Office', area: 'England and Wales', role: 'national', partner_type: 'NATIONAL' })];
    const a = analyse(input({ sources, priorities: [...PRIORITIES, makePriority('spr', { theme: 'terrorism_extremism' }), makePriority('spr', { theme: 'domestic_abuse' })], plan }));
    expect(a.themes.find((t) => t.theme === 'terrorism_extremism')).toBeUndefined();
    expect(a.themes.find((t) => t.theme === 'domestic_abuse')).toMatchObject({ national: true, scoreParts: expect.objectContaining({ totalPartners: 4 }) });
    expect(a.national).toEqual([
      { theme: 'domestic_abuse', sources: ['spr'], planCoverage: 'priority' },
      { theme: 'terrorism_extremism', sources: ['spr'], planCoverage: 'none' },
    ]);
    expect(a.gaps.find((g) => g.type === 'national_missing')).toMatchObject({ theme: 'terrorism_extremism', tier: null });
  });

  it('survey rows (section rank:N) give responses and mean rank, and a small prevalence weight', () => {
    const sources = [...PARTNERS, makeSource('survey', { partner: 'Partner survey', area: 'Force area', role: 'survey', partner_type: 'OTHER', doc_type: 'survey' })];
    const rows = [
      makePriority('survey', { theme: 'burglary', section: 'rank:1' }),
      makePriority('survey', { theme: 'burglary', section: 'rank:3' }),
      makePriority('survey', { theme: 'rural_crime', section: 'rank:2' }),
      makePriority('survey', { theme: 'burglary', section: '' }),
    ];
    const a = analyse(input({ sources, priorities: [...PRIORITIES, ...rows], plan }));
    expect(a.survey).toEqual([
      { theme: 'burglary', responses: 3, meanRank: 2 },
      { theme: 'rural_crime', responses: 1, meanRank: 2 },
    ]);
    const b = a.themes.find((t) => t.theme === 'burglary')!;
    expect(b.surveyMentions).toBe(3);
    expect(b.scoreParts.surveyBonus).toBe(0.08); // 0.1 × 3/4
    expect(b.partners).toEqual(['CSP A']);
    const r = a.themes.find((t) => t.theme === 'rural_crime')!;
    expect(r).toMatchObject({ partners: [], tier: 'local', surveyMentions: 1 });
    const off = analyse(input({ sources, priorities: [...PRIORITIES, ...rows], plan, scoring: { likelihood: { surveyWeight: 0 } } }));
    expect(off.themes.find((t) => t.theme === 'burglary')!.scoreParts.surveyBonus).toBe(0);
  });

  it('priorities of the current plan source are not counted as partner citations', () => {
    const sources = [...PARTNERS, PLAN_SOURCE];
    const a = analyse(input({ sources, priorities: [...PRIORITIES, ...planPriorities], plan }));
    expect(a.themes.find((t) => t.theme === 'burglary')!.partners).toEqual(['CSP A']);
  });

  it('no previous year: trend 0 and drift null', () => {
    const a = analyse(input({ priorities: PRIORITIES, plan }));
    expect(a.drift).toBeNull();
    for (const t of a.themes) expect(t.trend).toBe(0);
  });

  it('drift and trend against the previous year', () => {
    const previous = {
      year: 2024,
      themes: [
        makeTheme('domestic_abuse', { partners: ['CSP A'], prevalence: 0.25, score: 8, harm: 3 }),
        makeTheme('burglary', { partners: ['CSP A', 'CSP B', 'CSP C'], prevalence: 0.75, score: 15, harm: 3 }),
        makeTheme('violent_crime', { partners: ['CSP A', 'CSP B'], prevalence: 0.5, score: 5, harm: 3 }),
        makeTheme('metal_theft', { partners: ['CSP C'], prevalence: 0.25, score: 2, harm: 3 }),
      ],
    };
    const a = analyse(input({ priorities: PRIORITIES, plan, previous }));
    expect(a.drift).toEqual({ fromYear: 2024, new: ['public_awareness'], dropped: ['metal_theft'], rising: ['domestic_abuse', 'violent_crime'], falling: ['burglary'] });
    const da = a.themes.find((t) => t.theme === 'domestic_abuse')!;
    expect(da.trend).toBeCloseTo(0.63, 2); // 0.88 − 0.25
    expect(da.scoreParts.trendFactor).toBeGreaterThan(1);
    expect(a.themes.find((t) => t.theme === 'burglary')!.trend).toBe(-0.5);
  });
});
