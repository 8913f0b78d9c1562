import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, Taxonomy } from '../../src/classify/index.js';
import { parseTerm } from '../../src/classify/taxonomy.js';
import { sharedPath } from '../shared-path.js';

const SHARED = sharedPath('taxonomy.md');

/** Theme ids listed in the shared canonical taxonomy (backticked ids in the theme tables). */
function sharedThemeIds(md: string): Set<string> {
  const after = md.slice(md.indexOf('## Themes'));
  const ids = new Set<string>();
  for (const m of after.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|/gm)) if (m[1]) ids.add(m[1]);
  return ids;
}

describe('data/taxonomy.yaml', () => {
  const tax = loadTaxonomy();

  it('is valid against the schema', () => {
    expect(Taxonomy.safeParse(tax).success).toBe(true);
  });

  it.skipIf(!existsSync(SHARED))(`has exactly the theme ids of ${SHARED}`, () => {
    const want = sharedThemeIds(readFileSync(SHARED, 'utf8'));
    expect(want.size).toBeGreaterThan(30);
    expect(new Set(tax.themes.map((t) => t.id))).toEqual(want);
  });
  if (!existsSync(SHARED)) it.skip(`shared taxonomy ${SHARED} not present: id set check skipped`, () => {});

  it('gives every theme terms with valid weights', () => {
    for (const t of tax.themes) {
      expect(t.terms.length, t.id).toBeGreaterThan(2);
      for (const term of t.terms) {
        const { phrase, weight } = parseTerm(term);
        expect(phrase.length, `${t.id}: ${term}`).toBeGreaterThan(1);
        if (weight !== undefined) expect(weight, `${t.id}: ${term}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses method defaults mechanism / internal_process as specified', () => {
    const internal = ['quality_assurance', 'governance_performance', 'workforce_training', 'learning_reviews'];
    for (const t of tax.themes.filter((x) => x.group === 'method')) {
      expect(t.defaultKind, t.id).toBe(internal.includes(t.id) ? 'internal_process' : 'mechanism');
    }
  });

  it('defaults target-group themes to target_group with harm links, and reoffending to crime', () => {
    const groups = ['vulnerable_people', 'older_people', 'children_young_people', 'young_offenders', 'disability', 'homelessness', 'families', 'victims_witnesses', 'mental_health', 'missing_persons'];
    const byId = new Map(tax.themes.map((t) => [t.id, t]));
    for (const g of groups) {
      expect(byId.get(g)?.defaultKind, g).toBe('target_group');
      expect(byId.get(g)?.harmLinks?.length ?? 0, g).toBeGreaterThan(0);
    }
    expect(byId.get('reoffending')?.defaultKind).toBe('crime');
    expect(byId.get('older_people')?.harmLinks).toEqual(expect.arrayContaining(['fraud', 'adult_abuse_neglect', 'burglary']));
  });

  it('has kind cue phrases for every kind', () => {
    for (const k of ['crime', 'target_group', 'mechanism', 'internal_process'] as const) {
      expect(tax.kindCues?.[k].length ?? 0, k).toBeGreaterThan(3);
    }
  });

  it('rejects invalid taxonomies', () => {
    const base = { id: 'x_theme', label: 'X', group: 'business', defaultKind: 'crime', terms: ['x'] };
    expect(Taxonomy.safeParse({ themes: [base, base] }).success).toBe(false); // duplicate id
    expect(Taxonomy.safeParse({ themes: [{ ...base, harmLinks: ['nope'] }] }).success).toBe(false);
    expect(Taxonomy.safeParse({ themes: [{ ...base, group: 'method' }] }).success).toBe(false);
    expect(Taxonomy.safeParse({ themes: [{ ...base, defaultKind: 'other' }] }).success).toBe(false);
    expect(Taxonomy.safeParse({ themes: [{ ...base, id: 'Bad Id' }] }).success).toBe(false);
  });
});
