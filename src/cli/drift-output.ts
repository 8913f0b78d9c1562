import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { DriftTable } from '../store/index.js';
import { writeFileAtomicSync } from '../util/atomic.js';
import { formatTable } from './table.js';

/** Plain-text drift table for the terminal. */
export function formatDriftTable(t: DriftTable): string {
  if (t.years.length === 0) return 'No finished scans in the database yet: run a scan first.\n';
  const head = ['Theme', ...t.years.map((y) => `${y} rank/score/partners/tier`), 'Change'];
  const body = t.rows.map((r) => [
    r.label || r.theme,
    ...t.years.map((y) => {
      const c = r.years[y];
      return c ? `#${c.rank} ${c.score.toFixed(2)} ${c.partners}p ${c.tier}` : '—';
    }),
    r.status + (r.rankChange ? ` (${r.rankChange > 0 ? '+' : ''}${r.rankChange})` : ''),
  ]);
  return formatTable(head, body);
}

/** Writes <outDir>/drift.csv atomically; returns its path. */
export function writeDriftCsv(t: DriftTable, outDir: string): string {
  const file = path.join(outDir, 'drift.csv');
  const head = ['theme', 'label', 'status', 'rank_change', 'score_change'];
  for (const y of t.years) head.push(`${y}_partners`, `${y}_tier`, `${y}_score`, `${y}_rank`);
  const rows = t.rows.map((r) => {
    const cells: Array<string | number> = [r.theme, r.label, r.status, r.rankChange ?? '', r.scoreChange === null ? '' : Number(r.scoreChange.toFixed(4))];
    for (const y of t.years) {
      const c = r.years[y];
      cells.push(c ? c.partners : '', c ? c.tier : '', c ? Number(c.score.toFixed(4)) : '', c ? c.rank : '');
    }
    return cells;
  });
  writeFileAtomicSync(file, stringify([head, ...rows]));
  return file;
}
