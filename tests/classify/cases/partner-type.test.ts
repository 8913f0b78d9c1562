// Partner-type context (data/classify/README.md, "Partner type"): the same words are read by the
// labelling conventions of the body that wrote them. A fire and rescue service's "reduce a hazard
// through a method" is its prevention work for the public (convention 2: mechanism); a community
// safety partnership naming the same harm first has named the harm (crime). Statements whose kind
// is plain stay the same for every partner type, and an unknown partner type adds nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../../src/classify/index.js';
import { statementFeatures } from '../../../src/classify/features.js';
import { buildLexicon } from '../../../src/classify/lexicon.js';
import { savedModel, type Model } from '../../../src/classify/model.js';
import { ruleEvidence } from '../../../src/classify/rules.js';
import { prepare } from '../../../src/classify/senses.js';
import { loadTaxonomy } from '../../../src/classify/taxonomy.js';
import { caseTable } from './table.js';

caseTable('partner type: fire and rescue service vs community safety partnership', {
  valid: [
    { text: 'Reducing fires through education in schools', partnerType: 'FIRE', kind: 'mechanism', cue: 'p:FIRE|tk:mechanism' },
    { text: 'Reducing fires through education in schools', partnerType: 'CSP', kind: 'crime', theme: 'criminal_damage_arson' },
    { text: 'Reducing road casualties through education in schools', partnerType: 'CSP', kind: 'crime', theme: 'road_safety' },
    { text: 'Reducing fires through partnership working', partnerType: 'FIRE', kind: 'mechanism' },
    { text: 'Reducing fires through partnership working', partnerType: 'CSP', kind: 'crime', theme: 'criminal_damage_arson' },
    // plain statements: the same kind whoever wrote them
    { text: 'Road traffic collisions', partnerType: 'FIRE', kind: 'crime', theme: 'road_safety' },
    { text: 'Road traffic collisions', partnerType: 'CSP', kind: 'crime', theme: 'road_safety' },
    { text: 'Home fire safety checks', partnerType: 'FIRE', kind: 'mechanism' },
    { text: 'Home fire safety checks', partnerType: 'CSP', kind: 'mechanism' },
    { text: 'First time entrants to the youth justice system', partnerType: 'YOT', kind: 'target_group', theme: 'young_offenders' },
    { text: 'Electronic monitoring of offenders', partnerType: 'PROBATION', kind: 'mechanism' },
  ],
});

// "Reducing road casualties through education in schools" from a fire service: the partner type
// moves the reading toward mechanism (convention 2), but since the classifier became an ensemble
// (model.ts MEMBERS) not past crime: the rule layer reads the harm named first, and the member
// trained without the template statements leans to crime (data/classify/README.md). What must hold
// is the direction, for every member.
describe('partner type moves a borderline reading the convention’s way', () => {
  it('[FIRE] vs [CSP] Reducing road casualties through education in schools: mechanism more likely, crime less, in every member', () => {
    const tax = loadTaxonomy();
    const lex = buildLexicon(tax);
    const text = prepare('Reducing road casualties through education in schools');
    const x = statementFeatures(text, ruleEvidence(text, lex), lex);
    const p = (m: Model, partnerType: string, kind: string) => m.probabilities(x, { partnerType }).kinds.find((k) => k.label === kind)!.p;
    for (const { name, model } of savedModel(tax)!.model.members) {
      expect(p(model, 'FIRE', 'mechanism'), name).toBeGreaterThan(p(model, 'CSP', 'mechanism') + 0.2);
      expect(p(model, 'FIRE', 'crime'), name).toBeLessThan(p(model, 'CSP', 'crime') - 0.1);
    }
  });
});

describe('partner type unknown', () => {
  let c: Classifier;
  beforeAll(() => {
    c = loadClassifier();
  });
  it('a missing or never-seen partner type classifies as with no context, and adds no partner-type cue', () => {
    for (const text of ['Reducing fires through education in schools', 'Victims of domestic abuse', 'Quality assurance of case files']) {
      const none = c.classify(text);
      expect(c.classify(text, {})).toEqual(none);
      expect(c.classify(text, { partnerType: 'NEVER_SEEN_TYPE' })).toEqual(none);
      expect(none.cues.some((q) => q.term.startsWith('p:'))).toBe(false);
    }
  });
  it('partner type codes are read case-insensitively', () => {
    expect(c.classify('Reducing fires through education in schools', { partnerType: 'fire' })).toEqual(c.classify('Reducing fires through education in schools', { partnerType: 'FIRE' }));
  });
});
