import { describe, expect, it } from 'vitest';
import { findTerm, planPeriod, readPlan, themeCoverage } from '../../src/analyse/index.js';
import type { Block, Document } from '../../src/schema/index.js';
import { PLAN_SOURCE } from './fixtures.js';
import { makeDocument, makePriority } from '../shared-fixtures.js';

const doc = (blocks: Array<Partial<Block> & { text: string }>, title = 'Police and Crime Plan 2021-26'): Document =>
  makeDocument(PLAN_SOURCE, { title, pages: 5, blocks: blocks.map((b) => ({ kind: 'paragraph', page: 1, ...b })) });

describe('reading a plan', () => {
  it('reads the period from the title: "2021-26", "2017 – 2021", "2017 to 2021"', () => {
    expect(planPeriod(['Police and Crime Plan 2021-26'])).toEqual({ from: 2021, to: 2026 });
    expect(planPeriod(['Plan 2017 – 2021'])).toEqual({ from: 2017, to: 2021 });
    expect(planPeriod(['Plan 2017 to 2021'])).toEqual({ from: 2017, to: 2021 });
    expect(planPeriod(['Budget 2019/18', 'Annual report'])).toBeNull();
  });

  it('takes "Priority N: …" headings as the priorities when the plan has no list of them', () => {
    const r = readPlan(doc([
      { kind: 'heading', text: 'Priority 1: Keeping people safe from domestic abuse', level: 2 },
      { text: 'Key aims:' },
      { kind: 'list_item', text: 'Fewer repeat victims of stalking.' },
      { kind: 'heading', text: 'Priority 2: Safer roads', level: 2 },
      { text: 'Speeding in villages worries residents.' },
      { kind: 'heading', text: 'Glossary', level: 2 },
      { text: 'ASB Anti-social behaviour' },
    ]));
    expect(r.priorities).toEqual(['Keeping people safe from domestic abuse', 'Safer roads']);
    expect(themeCoverage('stalking_harassment', r)).toMatchObject({ coverage: 'priority', path: ['Strategic priority 1: Keeping people safe from domestic abuse', 'Key aim 1: Fewer repeat victims of stalking'] });
    expect(themeCoverage('road_safety', r).coverage).toBe('mention'); // "speeding" in narrative; "Safer roads" names no term
    expect(themeCoverage('anti_social_behaviour', r).coverage).toBe('none'); // the glossary does not count
  });

  it('falls back to the extracted named priorities when the plan shows no structure', () => {
    const r = readPlan(doc([{ text: 'Our work this year.' }]), [makePriority('pcp', { theme: 'burglary', text: 'Cutting burglary' }), makePriority('pcp', { theme: 'fraud', text: 'Fraud awareness', strength: 'mention' })]);
    expect(r.basis).toBe('extracted');
    expect(themeCoverage('burglary', r)).toMatchObject({ coverage: 'priority', path: ['Priority 1: Cutting burglary'] });
    expect(readPlan(doc([{ text: 'Our work this year.' }])).basis).toBe('none');
  });
});

describe('theme terms in their proper sense', () => {
  it('"Fire and Rescue Services" is not arson; "youth offending teams" is not youth offending', () => {
    expect(findTerm('criminal_damage_arson', 'Further integration of Fire and Rescue Services with the police.')).toBeNull();
    expect(findTerm('criminal_damage_arson', 'Deliberate fires in parks rose.')?.term).toBe('Deliberate fires');
    expect(findTerm('young_offenders', 'Cuts to Youth Offending Teams are concerning.')).toBeNull();
    expect(findTerm('young_offenders', 'Reduce youth offending.')?.term).toBe('youth offending');
  });
  it('acronyms match only in capitals; the quote is the sentence holding the term', () => {
    expect(findTerm('terrorism_extremism', 'We prevent crime.')).toBeNull();
    expect(findTerm('terrorism_extremism', 'The PREVENT strategy protects people.')?.term).toBe('PREVENT');
    const hit = findTerm('hate_crime', 'Crime fell. Hate crime is under-reported across the area. Other text.');
    expect(hit?.quote).toBe('Hate crime is under-reported across the area.');
  });
  it('domestic violence is not "violence" in the violent-crime sense', () => {
    expect(findTerm('violent_crime', 'Victims of domestic violence need support.')).toBeNull();
    expect(findTerm('violent_crime', 'Violence in town centres rose.')?.term).toBe('Violence');
  });
});
