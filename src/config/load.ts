import path from 'node:path';
import { resolveScoring, ScoringError, type ScoringConfig } from '../analyse/config.js';
import { scanYearOf, selectSources } from '../analyse/sources.js';
import type { SourceAccount } from '../analyse/types.js';
import type { SourceEntry, SourcesFile } from '../schema/source.js';
import { readSources } from './check.js';
import { ConfigError } from './errors.js';

export interface LoadedSources {
  file: string;
  baseDir: string;
  config: SourcesFile;
  /** The scan year chosen (--year, else scan.year). */
  year: number;
  currentPlanId?: string;
  /** Sources to read: the current plan and each partner's current document (see selectSources). */
  sources: SourceEntry[];
  /** Listed entries not read, and why (superseded, future, the office's own). */
  leftOut: SourceAccount[];
  /** Every scan year the file has sources for. */
  years: number[];
  /** data/scoring.yaml with scan.scoring merged in, validated before any document is read. */
  scoring: ScoringConfig;
}

export function loadSources(file: string, opts: { year?: number } = {}): LoadedSources {
  const abs = path.resolve(file);
  const { config, lineOf } = readSources(file);
  const years = [...new Set(config.sources.filter((s) => s.role !== 'current_plan').map(scanYearOf))].sort();
  const year = opts.year ?? config.scan.year;
  const currentPlanId = config.scan.years?.[String(year)]?.current_plan ?? config.scan.current_plan;
  let scoring: ScoringConfig;
  try {
    scoring = resolveScoring(config.scan.scoring);
  } catch (err) {
    if (!(err instanceof ScoringError)) throw err;
    throw new ConfigError(file, err.issues.map((i) => {
      const line = lineOf(['scan', 'scoring', ...i.path.split('.')]);
      return { where: `scan › scoring › ${i.path}`, message: i.message, ...(line !== undefined ? { line } : {}) };
    }));
  }

  const { read: sources, leftOut } = selectSources(config.sources, {
    year,
    ...(currentPlanId !== undefined ? { currentPlanId } : {}),
    ...(config.scan.aliases ? { aliases: config.scan.aliases } : {}),
    maxAgeYears: scoring.sources.maxAgeYears,
  });
  if (!sources.some((s) => s.id !== currentPlanId)) {
    throw new ConfigError(file, [{ message: `no sources for scan year ${year} (years in the file: ${years.join(', ') || 'none'}; ${leftOut.length} listed but left out)` }], 'choose another year with --year, or list that year\'s documents');
  }
  return {
    file: abs,
    baseDir: path.dirname(abs),
    config,
    year,
    ...(currentPlanId !== undefined ? { currentPlanId } : {}),
    sources,
    leftOut,
    years,
    scoring,
  };
}
