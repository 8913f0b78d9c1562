import { beforeAll, describe, expect, it } from 'vitest';
import { classifyPriorities, loadClassifier, type Classifier } from '../../src/classify/index.js';
import { normalise, stems } from '../../src/classify/lexicon.js';
import { features } from '../../src/classify/model.js';
import { Classification, ClassifiedPriority, type Priority } from '../../src/schema/index.js';

let c: Classifier;
beforeAll(() => {
  c = loadClassifier();
});

const samples = [
  'Tackle domestic abuse and stalking',
  'Quality assurance',
  'Raise awareness of scams among older residents',
  'Protect vulnerable adults and children',
  'Ensure the Board is effective',
  'xyzzy plugh',
  '',
];

describe('lexicon', () => {
  it('normalises case, hyphens, ampersands and possessives', () => {
    expect(normalise('Anti-Social Behaviour & Children’s Services')).toBe('anti social behaviour and children services');
  });
  it('stems with Porter, keeping colliding words apart', () => {
    expect(stems('offenders offending')).toEqual(['offend', 'offend']);
    expect(stems('communities communication')[0]).not.toBe(stems('communities communication')[1]);
  });
  it('builds unigram and bigram features without stop words', () => {
    expect(features('Reduce the harm of knife crime')).toEqual(expect.arrayContaining(['reduc', 'harm', 'knife', 'crime', 'knife_crime']));
    expect(features('the of and')).toEqual([]);
  });
});

describe('classify', () => {
  it('returns valid classifications with cues and confidence in 0..1', () => {
    for (const s of samples) {
      const r = c.classify(s);
      expect(Classification.safeParse(r).success, s).toBe(true);
      expect(r.cues.length, s).toBeGreaterThan(0);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('lists matched lexicon terms and model features as cues', () => {
    const r = c.classify('Reduce knife crime and serious violence');
    const lex = r.cues.filter((q) => q.source === 'lexicon');
    expect(lex.map((q) => q.term)).toEqual(expect.arrayContaining(['knife crime', 'serious violence']));
    expect(lex.find((q) => q.term === 'knife crime')?.theme).toBe('knife_weapons');
    expect(r.cues.some((q) => q.source === 'model')).toBe(true);
  });

  it('marks a text with no evidence as low confidence with a default cue', () => {
    const r = c.classify('xyzzy plugh');
    expect(r.confidence).toBeLessThanOrEqual(0.3);
    expect(r.cues.some((q) => q.source === 'default')).toBe(true);
  });

  it('is more confident on clear statements than on vague ones', () => {
    expect(c.classify('Reduce domestic burglary').confidence).toBeGreaterThan(c.classify('Doing more').confidence);
  });

  it('keeps a primary theme and lists the others for multi-theme statements', () => {
    const r = c.classify('Reduce serious violence, knife crime and sexual offences');
    expect(r.kind).toBe('crime');
    expect(r.theme).toBe('violent_crime');
    expect(r.otherThemes).toEqual(expect.arrayContaining(['knife_weapons', 'sexual_offences']));
    expect(r.otherThemes).not.toContain(r.theme);
  });

  it('treats a group qualifying a crime as secondary', () => {
    const r = c.classify('Tackle the exploitation of young people and vulnerable adults');
    expect(r.kind).toBe('crime');
    expect(r.theme).toBe('gangs_county_lines');
    expect(r.otherThemes).toEqual(expect.arrayContaining(['children_young_people', 'vulnerable_people']));
    const g = c.classify('Children at risk of sexual exploitation');
    expect(g.theme).toBe('child_sexual_exploitation');
  });

  it('gives mechanism / internal_process a method theme or null', () => {
    const method = new Set(c.taxonomy.themes.filter((t) => t.group === 'method').map((t) => t.id));
    const m = c.classify('Raise awareness of fraud through campaigns');
    expect(m.kind).toBe('mechanism');
    expect(m.theme).toBe('public_awareness');
    expect(m.otherThemes).toContain('fraud');
    const ip = c.classify('Improve the effectiveness of the board through better governance');
    expect(ip.kind).toBe('internal_process');
    expect(ip.theme === null || method.has(ip.theme)).toBe(true);
  });

  it('returns a business theme for crime and target_group kinds when the text names one', () => {
    for (const s of ['Substance misuse', 'Older people', 'Young offenders', 'Rough sleepers']) {
      const r = c.classify(s);
      expect(['crime', 'target_group'], s).toContain(r.kind);
      expect(r.theme, s).not.toBeNull();
    }
  });
});

describe('themeMentions', () => {
  it('lists every lexicon theme match in a text', () => {
    const m = c.themeMentions('Our plan covers county lines, cuckooing, hate crime and KSI casualties on the roads.');
    const themes = new Set(m.map((x) => x.theme));
    expect([...themes]).toEqual(expect.arrayContaining(['gangs_county_lines', 'hate_crime', 'road_safety']));
    expect(m.find((x) => x.term === 'cuckooing')?.theme).toBe('gangs_county_lines');
  });
  it('returns nothing for unrelated text', () => {
    expect(c.themeMentions('The weather was pleasant on Tuesday.')).toEqual([]);
  });
});

describe('loadClassifier / classifyPriorities', () => {
  it('trains quickly and caches the model', () => {
    const t0 = Date.now();
    loadClassifier();
    expect(Date.now() - t0).toBeLessThan(500); // cached
  });

  it('learns from extra examples', () => {
    const text = 'Zorbling of quux widgets';
    const extra = Array.from({ length: 6 }, (_, i) => ({ text: `${text} ${i}`, kind: 'internal_process' as const, theme: 'governance_performance' }));
    const t0 = Date.now();
    const c2 = loadClassifier({ extraExamples: extra });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(c2.classify(text).kind).toBe('internal_process');
    expect(() => loadClassifier({ extraExamples: [{ text: 'x', kind: 'crime', theme: 'no_such_theme' }] })).toThrow(/unknown theme/);
  });

  it('classifies priorities keeping their fields', () => {
    const p: Priority = { id: 'p1', sourceId: 's1', page: 2, section: 'Our priorities', text: 'Reduce anti-social behaviour', quote: 'Reduce anti-social behaviour', strength: 'named', rule: 'list-under-heading', reasons: [] };
    const [r] = classifyPriorities([p], c);
    expect(ClassifiedPriority.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ id: 'p1', page: 2, kind: 'crime', theme: 'anti_social_behaviour' });
  });
});
