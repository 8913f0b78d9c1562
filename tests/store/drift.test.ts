import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { driftTable, openStore } from '../../src/store/index.js';
import { formatDriftTable, writeDriftCsv } from '../../src/cli/drift-output.js';
import { tempDir } from './fixtures.js';
import { makeAnalysis, makeTheme } from '../shared-fixtures.js';

describe('drift', () => {
  it('compares two synthetic scan years', () => {
    const dir = tempDir('drift');
    const s = openStore(path.join(dir, 'planscan.db'));
    try {
      const r1 = s.beginRun({ year: 2024, sourcesFile: 's.yaml' });
      s.finishRun(r1, makeAnalysis(2024, r1, [
        makeTheme('vawg', { partners: ['A', 'B', 'C'], score: 9, tier: 'universal' }),
        makeTheme('knife', { partners: ['A', 'B'], score: 6, tier: 'major' }),
        makeTheme('burglary', { partners: ['A'], score: 3, tier: 'local' }),
        makeTheme('asb', { partners: ['A'], score: 2, tier: 'local' }),
      ]), []);
      // an older, superseded 2025 run is ignored in favour of the latest finished one
      const old = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
      s.finishRun(old, makeAnalysis(2025, old, [makeTheme('burglary', { partners: ['A'], score: 1, tier: 'major' })]), []);
      const r2 = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
      s.finishRun(r2, makeAnalysis(2025, r2, [
        makeTheme('knife', { partners: ['A', 'B', 'C'], score: 10, tier: 'universal' }),
        makeTheme('vawg', { partners: ['A', 'B'], score: 8, tier: 'major' }),
        makeTheme('asb', { partners: ['A', 'B'], score: 5, tier: 'major' }),
        makeTheme('fraud', { partners: ['C'], score: 1, tier: 'local' }),
      ]), []);

      const t = driftTable(s);
      expect(t.years).toEqual([2024, 2025]);
      const by = Object.fromEntries(t.rows.map((r) => [r.theme, r]));
      expect(by.knife).toMatchObject({ status: 'rising', rankChange: 1, scoreChange: 4 });
      expect(by.vawg).toMatchObject({ status: 'falling', rankChange: -1 });
      expect(by.asb).toMatchObject({ status: 'rising', rankChange: 1 });
      expect(by.fraud).toMatchObject({ status: 'new', rankChange: null });
      expect(by.burglary).toMatchObject({ status: 'dropped' });
      expect(by.knife!.years[2025]).toEqual({ partners: 3, tier: 'universal', score: 10, rank: 1 });
      expect(by.burglary!.years[2025]).toBeNull();
      expect(t.rows.map((r) => r.theme)).toEqual(['knife', 'vawg', 'asb', 'fraud', 'burglary']);

      const text = formatDriftTable(t);
      expect(text).toContain('2024 rank/score/partners/tier');
      expect(text).toMatch(/KNIFE\s+#2 6\.00 2p major\s+#1 10\.00 3p universal\s+rising \(\+1\)/);

      const file = writeDriftCsv(t, path.join(dir, 'output'));
      expect(file).toBe(path.join(dir, 'output', 'drift.csv'));
      const rows = parse(fs.readFileSync(file), { columns: true }) as Array<Record<string, string>>;
      expect(rows[0]).toMatchObject({ theme: 'knife', status: 'rising', '2024_rank': '2', '2025_rank': '1', '2025_partners': '3', '2025_tier': 'universal' });
      expect(fs.readdirSync(path.join(dir, 'output'))).toEqual(['drift.csv']);

      expect(driftTable(s, 2025).years).toEqual([2025]);
      expect(driftTable(s, 2025).rows.every((r) => r.status === 'steady')).toBe(true);
      expect(driftTable(s, 2030).years).toEqual([]);
    } finally {
      s.close();
    }
  });
});
