import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeIngest, fetchSource, parseSource } from '../../src/ingest/index.js';
import { findTerm, readPlan, themeCoverage, type PlanReading } from '../../src/analyse/index.js';
import type { SourceEntry } from '../../src/schema/index.js';
import { sharedPath } from '../shared-path.js';

const PDF = sharedPath('fixtures', 'tvp-plan-2017-2021.pdf');
const here = existsSync(PDF);

/**
 * Hand-made coverage of the real Thames Valley Police and Crime Plan 2017–2021, written by reading
 * the plan: 'priority' when the theme is one of its five strategic priorities, an area a priority
 * highlights, or named in a key aim; 'mention' when only its other text names it (the statutory
 * functions, the SPR and NCA threat lists, the plan's sources and the glossary are not plan text
 * that counts); 'none' otherwise.
 */
const EXPECTED: Record<string, 'priority' | 'mention' | 'none'> = {
  domestic_abuse: 'priority', // key aims: coercive control; victims of domestic and sexual abuse
  sexual_offences: 'priority', // key aim: victims of domestic and sexual abuse
  child_sexual_exploitation: 'priority', // key aim: 'peer on peer' abuse
  child_abuse_neglect: 'mention', // opening statement and the Vulnerability narrative only
  adult_abuse_neglect: 'priority', // area "Adults at risk"; key aim on elder abuse
  fgm_honour_based_abuse: 'priority', // key aims: FGM strategy; honour based abuse, forced marriage
  stalking_harassment: 'priority', // key aim: stalking, harassment
  anti_social_behaviour: 'mention', // demand figures, technology narrative; the statutory function does not count
  drugs_alcohol: 'priority', // area "Substance misuse"
  violent_crime: 'priority', // area "Violence involving weapons"; key aim on violent crime
  knife_weapons: 'priority', // key aim: knife crime (the NCA "Firearms" list does not count)
  gangs_county_lines: 'priority', // key aim: data sharing on gangs
  serious_organised_crime: 'priority', // strategic priority 4
  terrorism_extremism: 'priority', // strategic priority 4
  cybercrime: 'priority', // area and key aim
  fraud: 'mention', // opening statement, perceptions narrative
  modern_slavery_trafficking: 'mention', // opening statement, immigration-crime narrative
  burglary: 'mention', // "will remain a policing priority" in narrative, not a priority, area or aim
  acquisitive_crime: 'mention', // theft in survey results; shoplifting in narrative
  criminal_damage_arson: 'none', // "Fire and Rescue Services" is not arson
  hate_crime: 'priority', // key aim
  night_time_economy: 'none',
  rural_crime: 'mention', // opening statement (the first plan's priority)
  prostitution_sex_work: 'mention',
  metal_theft: 'none',
  road_safety: 'priority', // key aim
  reoffending: 'priority', // strategic priority 3
  vulnerable_people: 'priority', // strategic priority 1
  children_young_people: 'priority', // area "Young people at risk"
  young_offenders: 'none', // only "Youth Offending Teams", an organisation
  older_people: 'priority', // key aim: elder abuse
  mental_health: 'priority', // area "Mental health"
  missing_persons: 'mention',
  victims_witnesses: 'priority', // key aim: victims and witnesses who require support
  disability: 'mention',
  homelessness: 'priority', // key aim: rough sleepers
  families: 'none', // "immigrant families" is not troubled families
  communities_cohesion: 'mention', // "local cohesion", BME communities in narrative
  health_wellbeing: 'none',
};

describe.skipIf(!here)(`Thames Valley plan 2017–2021 read as a plan${here ? '' : ` (skipped: ${PDF} is absent)`}`, () => {
  let plan: PlanReading;
  afterAll(() => closeIngest());

  it('finds its title, period and five strategic priorities', async () => {
    const entry: SourceEntry = { id: 'tvp-plan', role: 'current_plan', partner: 'OPCC Thames Valley', partner_type: 'OPCC', area: 'Thames Valley', doc_type: 'police_and_crime_plan', year: 2017, path: PDF };
    const opts = { baseDir: path.dirname(PDF), allowOutside: true };
    plan = readPlan(await parseSource(await fetchSource(entry, opts), opts));
    expect(plan.period).toEqual({ from: 2017, to: 2021 });
    expect(plan.basis).toBe('plan-list');
    expect(plan.priorities).toEqual(['Vulnerability', 'Prevention and Early Intervention', 'Reducing Reoffending', 'Serious Organised Crime and Terrorism', 'Police Ethics and Reform']);
    expect(plan.nodes.filter((n) => n.level === 'aim')).toHaveLength(25);
  }, 60_000);

  it(`matches the hand-made coverage list on all ${Object.keys(EXPECTED).length} themes, each quote holding the theme's term`, () => {
    const got = Object.fromEntries(Object.keys(EXPECTED).map((t) => [t, themeCoverage(t, plan).coverage]));
    expect(got).toEqual(EXPECTED);
    for (const theme of Object.keys(EXPECTED)) {
      const c = themeCoverage(theme, plan);
      if (c.coverage === 'none') continue;
      expect(findTerm(theme, c.quote), `${theme}: "${c.quote}"`).not.toBeNull();
      expect(c.quote).toContain(c.term);
      expect(c.path.length > 0, theme).toBe(c.coverage === 'priority');
    }
  });

  it('shows where a priority theme sits in the tree', () => {
    expect(themeCoverage('mental_health', plan).path).toEqual(['Strategic priority 1: Vulnerability', 'Area: Mental health']);
    expect(themeCoverage('hate_crime', plan).path[0]).toBe('Strategic priority 2: Prevention and Early Intervention');
    expect(themeCoverage('hate_crime', plan).path[1]).toMatch(/^Key aim 4: Improved reporting and understanding of the prevalence and nature of hate crime/);
  });

  it('does not take statutory functions, national threat lists or sources as plan content', () => {
    const why = new Set(plan.nodes.filter((n) => n.level === 'excluded').map((n) => n.why));
    expect([...why]).toEqual(expect.arrayContaining([
      "the PCC's statutory functions and duties",
      'national threats quoted from the Strategic Policing Requirement or the National Crime Agency',
      'the sources the plan was developed from',
    ]));
    expect(themeCoverage('anti_social_behaviour', plan).quote).not.toMatch(/help victims or witnesses/);
  });
});
