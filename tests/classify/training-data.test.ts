import { describe, expect, it } from 'vitest';
import { loadTrainingCsv } from '../../src/classify/model.js';
import { dataPath, loadTaxonomy } from '../../src/classify/taxonomy.js';

describe('training files', () => {
  const tax = loadTaxonomy();
  const ids = new Set(tax.themes.map((t) => t.id));
  for (const f of ['statements.csv', 'documents.csv', 'themes.csv', 'conventions.csv']) {
    it(`${f}: every theme is a taxonomy id, no statement twice`, () => {
      const rows = loadTrainingCsv(dataPath('training', f));
      expect(rows.length).toBeGreaterThan(100);
      expect(rows.filter((r) => r.theme !== null && !ids.has(r.theme)).map((r) => r.theme)).toEqual([]);
      const seen = new Set<string>();
      const dups = rows.filter((r) => (seen.has(r.text.toLowerCase()) ? true : (seen.add(r.text.toLowerCase()), false)));
      expect(dups.map((r) => r.text)).toEqual([]);
    });
  }

  it('themes.csv (theme model only) names a theme on every row', () => {
    expect(loadTrainingCsv(dataPath('training', 'themes.csv')).filter((r) => r.theme === null)).toEqual([]);
  });
});
