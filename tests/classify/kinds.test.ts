// Kind distinctions written from domain knowledge of partner plans (not from any evaluation
// document): a partnership's own ways of working are internal processes; outward ways of tackling
// priorities are mechanisms; groups named by "people who…", "families…" are target groups.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../src/classify/index.js';
import { stems } from '../../src/classify/lexicon.js';

let c: Classifier;
beforeAll(() => {
  c = loadClassifier();
});

const cases: Array<[string, string]> = [
  ['Working together as a partnership', 'internal_process'],
  ['Review the multi-agency safeguarding arrangements', 'internal_process'],
  ['Develop a performance framework for the Board', 'internal_process'],
  ['Board effectiveness and accountability', 'internal_process'],
  ['Improve the diversity of our workforce', 'internal_process'],
  ['Awareness campaigns on doorstep scams', 'mechanism'],
  ['Early help for families before problems escalate', 'mechanism'],
  ['Divert young people from the criminal justice system', 'mechanism'],
  ['Restorative justice for victims of crime', 'mechanism'],
  ['Outreach to people sleeping rough', 'mechanism'],
  ['People who are homeless or at risk of homelessness', 'target_group'],
  ['Children and young people at risk of harm', 'target_group'],
  ['Families with multiple and complex needs', 'target_group'],
  ['Victims of modern slavery', 'crime'],
  ['Children at risk of sexual exploitation', 'crime'],
  // the head phrase decides; a group or crime after a preposition only says what it acts on
  ['Early intervention for young people at risk of offending', 'mechanism'],
  ['Mentoring for young people involved in gangs', 'mechanism'],
  ['Specialist training for police officers on coercive control', 'internal_process'],
  ['Improve data collection on domestic abuse', 'internal_process'],
  // a crime or group word inside the name of an intervention
  ['Use community protection notices to address nuisance', 'mechanism'],
  ['Expand the use of electronic monitoring', 'mechanism'],
  ['Accommodation for people leaving prison', 'mechanism'],
  // a named crime after "prevent" is the priority
  ['Preventing violent extremism', 'crime'],
  // "Title: detail": the title states the priority
  ['Governance: a clear structure of subgroups, listening to residents and working with partners', 'internal_process'],
];

describe('kind cues', () => {
  for (const [text, kind] of cases) {
    it(`${text} → ${kind}`, () => {
      const r = c.classify(text);
      expect(r.kind, JSON.stringify(r.cues)).toBe(kind);
    });
  }
  it('keeps workforce diversity apart from diversion', () => {
    expect(stems('diversity')[0]).not.toBe(stems('diversion')[0]);
  });
  it('keeps the nouns protection and effectiveness apart from protect and effective', () => {
    expect(stems('protection')[0]).not.toBe(stems('protect')[0]);
    expect(stems('effectiveness')[0]).not.toBe(stems('effective')[0]);
  });
});
