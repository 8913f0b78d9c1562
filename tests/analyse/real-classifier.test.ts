import { describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../src/classify/index.js';
import { Analysis } from '../../src/schema/index.js';
import { analyse, type ThemeLexicon } from '../../src/analyse/index.js';
import { PARTNERS, PLAN_SOURCE, input, planDoc } from './fixtures.js';
import { makePriority } from '../shared-fixtures.js';

// Compile-time check: the real Classifier satisfies the structural ThemeLexicon analyse() takes.
const asLexicon = (c: Classifier): ThemeLexicon => c;

describe('analyse with the real classifier', () => {
  it('uses its taxonomy (labels, harmLinks) and themeMentions for plan coverage', () => {
    const c = asLexicon(loadClassifier());
    const plan = { source: PLAN_SOURCE, doc: planDoc([{ text: 'We will tackle domestic abuse and county lines.', page: 6 }]), priorities: [] };
    const ps = [...PARTNERS.map((s) => makePriority(s.id, { theme: 'domestic_abuse' })), makePriority('csp-a', { theme: 'vulnerable_people', kind: 'target_group' }), makePriority('csp-b', { theme: 'vulnerable_people', kind: 'target_group' })];
    const a = analyse(input({ classifier: c, priorities: ps, plan }));
    expect(Analysis.safeParse(a).success).toBe(true);
    expect(a.themes.find((t) => t.theme === 'domestic_abuse')).toMatchObject({ planCoverage: 'mention', planPage: 6 });
    const v = a.themes.find((t) => t.theme === 'vulnerable_people')!;
    expect(v.kind).toBe('target_group');
    expect(v.scoreParts.harmFromLinks).toBeGreaterThan(0);
  });
});
