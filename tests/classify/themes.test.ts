/**
 * RuleTester-style cases per taxonomy entry: for each theme, statements it must be classified
 * to (valid) and statements that must not get it (invalid). Written for planscan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../src/classify/index.js';
import type { Kind } from '../../src/schema/index.js';

type Case = { theme: string; kind?: Kind; valid: string[]; invalid?: string[] };

const cases: Case[] = [
  { theme: 'domestic_abuse', kind: 'crime', valid: ['Cut the number of repeat incidents of domestic violence', 'Coercive control in relationships'], invalid: ['Reduce burglary of sheds and garages'] },
  { theme: 'sexual_offences', kind: 'crime', valid: ['Improve the response to rape and sexual assault', 'Sexual violence against adults'] },
  { theme: 'child_sexual_exploitation', kind: 'crime', valid: ['Protect children from sexual exploitation', 'Disrupt perpetrators of CSE'], invalid: ['Reduce the exploitation of workers in car washes'] },
  { theme: 'child_abuse_neglect', kind: 'crime', valid: ['Reduce the impact of neglect on children', 'Identify child neglect earlier'] },
  { theme: 'adult_abuse_neglect', kind: 'crime', valid: ['Respond well to self-neglect and hoarding', 'Prevent financial abuse of older adults'] },
  { theme: 'fgm_honour_based_abuse', kind: 'crime', valid: ['Eliminate FGM in our communities', 'Respond to forced marriage and so-called honour based violence'] },
  { theme: 'stalking_harassment', kind: 'crime', valid: ['Improve the response to stalking'] },
  { theme: 'anti_social_behaviour', kind: 'crime', valid: ['Cut anti-social behaviour on estates', 'Tackle nuisance and fly-tipping'] },
  { theme: 'drugs_alcohol', kind: 'crime', valid: ['Reduce harm from drug and alcohol misuse', 'Substance misuse'] },
  { theme: 'violent_crime', kind: 'crime', valid: ['Reduce serious violence', 'Fewer assaults in public places'] },
  { theme: 'knife_weapons', kind: 'crime', valid: ['Take knives off our streets', 'Reduce knife crime'] },
  { theme: 'gangs_county_lines', kind: 'crime', valid: ['Disrupt county lines drug networks', 'Cuckooing of vulnerable tenants', 'Tackle exploitation'] },
  { theme: 'serious_organised_crime', kind: 'crime', valid: ['Dismantle organised crime groups', 'Money laundering'] },
  { theme: 'terrorism_extremism', kind: 'crime', valid: ['Stop people being drawn into terrorism', 'Counter radicalisation and extremism'] },
  { theme: 'cybercrime', kind: 'crime', valid: ['Cyber crime against local businesses', 'Ransomware'] },
  { theme: 'fraud', kind: 'crime', valid: ['Protect residents from scams', 'Fraud against individuals'] },
  { theme: 'modern_slavery_trafficking', kind: 'crime', valid: ['Identify victims of modern slavery', 'Human trafficking'], invalid: ['Reduce shoplifting'] },
  { theme: 'burglary', kind: 'crime', valid: ['Reduce household burglary', 'Burglaries of homes'] },
  { theme: 'acquisitive_crime', kind: 'crime', valid: ['Reduce theft from the person and robbery', 'Shoplifting and retail crime'], invalid: ['Metal theft from railways'] },
  { theme: 'criminal_damage_arson', kind: 'crime', valid: ['Reduce deliberate fires', 'Criminal damage to bus shelters'] },
  { theme: 'hate_crime', kind: 'crime', valid: ['Increase reporting of hate crime', 'Hate incidents'] },
  { theme: 'night_time_economy', kind: 'crime', valid: ['A safe night-time economy', 'Alcohol-related disorder in the town centre at weekends'] },
  { theme: 'rural_crime', kind: 'crime', valid: ['Tackle rural crime', 'Wildlife and heritage crime'] },
  { theme: 'prostitution_sex_work', kind: 'crime', valid: ['Reduce on-street prostitution', 'Kerb crawling'] },
  { theme: 'metal_theft', kind: 'crime', valid: ['Metal theft from railways', 'Cable theft'] },
  { theme: 'road_safety', kind: 'crime', valid: ['Reduce road casualties killed or seriously injured', 'Speeding in villages'] },
  { theme: 'reoffending', kind: 'crime', valid: ['Reduce reoffending by adults', 'Integrated offender management'] },
  { theme: 'vulnerable_people', kind: 'target_group', valid: ['Protecting vulnerable people', 'Adults at risk in our communities'] },
  { theme: 'children_young_people', kind: 'target_group', valid: ['Support children in care', 'Children and young people'] },
  { theme: 'young_offenders', kind: 'target_group', valid: ['Reduce first time entrants to the youth justice system', 'Young offenders'] },
  { theme: 'older_people', kind: 'target_group', valid: ['Keep older people safe at home', 'Elderly residents'] },
  { theme: 'mental_health', kind: 'target_group', valid: ['People in mental health crisis', 'Reduce suicide and self-harm'] },
  { theme: 'missing_persons', kind: 'target_group', valid: ['Children who go missing from home', 'Missing persons'] },
  { theme: 'victims_witnesses', kind: 'target_group', valid: ['Put victims first', 'Better support for victims and witnesses'] },
  { theme: 'disability', kind: 'target_group', valid: ['People with learning disabilities', 'Disabled residents'] },
  { theme: 'homelessness', kind: 'target_group', valid: ['Reduce rough sleeping', 'Homeless people'] },
  { theme: 'families', kind: 'target_group', valid: ['Supporting troubled families', 'Parenting support'] },
  { theme: 'communities_cohesion', kind: 'target_group', valid: ['Strengthen community cohesion', 'Build confidence among minority communities'] },
  { theme: 'health_wellbeing', kind: 'target_group', valid: ['Reduce health inequalities', 'Tackle obesity and increase physical activity'] },
  { theme: 'prevention_early_intervention', kind: 'mechanism', valid: ['Early help for families before problems escalate', 'Early intervention'] },
  { theme: 'public_awareness', kind: 'mechanism', valid: ['Raise awareness among residents', 'Public awareness campaigns'] },
  { theme: 'partnership_information_sharing', kind: 'mechanism', valid: ['Better information sharing between agencies', 'Partnership working'] },
  { theme: 'community_engagement', kind: 'mechanism', valid: ['Engage with residents and community groups', 'Listen to the voice of young people'] },
  { theme: 'technology_data', kind: 'mechanism', valid: ['Invest in CCTV and ANPR', 'Better use of data and technology'] },
  { theme: 'restorative_justice', kind: 'mechanism', valid: ['Restorative justice for victims who want it', 'Restorative approaches'] },
  { theme: 'quality_assurance', kind: 'internal_process', valid: ['Quality assurance of safeguarding practice', 'Multi-agency case file audits'] },
  { theme: 'governance_performance', kind: 'internal_process', valid: ['Strong governance and accountability', 'Performance management'] },
  { theme: 'workforce_training', kind: 'internal_process', valid: ['Training for the multi-agency workforce', 'Recruit and retain staff'] },
  { theme: 'learning_reviews', kind: 'internal_process', valid: ['Learning from serious case reviews', 'Embed learning from safeguarding adult reviews'] },
  { theme: 'commissioning_funding', kind: 'mechanism', valid: ['Commission services for victims', 'Funding for community projects'] },
];

let c: Classifier;
beforeAll(() => {
  c = loadClassifier();
});

describe('every theme has cases', () => {
  it('covers each taxonomy theme', () => {
    const ids = loadClassifier().taxonomy.themes.map((t) => t.id);
    const covered = new Set(cases.map((x) => x.theme));
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });
});

for (const tc of cases) {
  describe(tc.theme, () => {
    for (const text of tc.valid) {
      it(`valid: ${text}`, () => {
        const r = c.classify(text);
        expect(r.theme, JSON.stringify(r)).toBe(tc.theme);
        if (tc.kind) expect(r.kind, JSON.stringify(r)).toBe(tc.kind);
      });
    }
    for (const text of tc.invalid ?? []) {
      it(`invalid: ${text}`, () => {
        expect(c.classify(text).theme).not.toBe(tc.theme);
      });
    }
  });
}
