import path from 'node:path';
import { resolveScoring, ScoringError, type ScoringConfig } from '../analyse/config.js';
import { scanYearOf, selectSources } from '../analyse/sources.js';
import type { SourceAccount } from '../analyse/types.js';
import { SourcesFile, type SourceEntry } from '../schema/source.js';
import { ConfigError, describeIssues } from './errors.js';
import { ConfigReadError, parseYaml, readConfigText } from './read.js';

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
  let text: string;
  try {
    text = readConfigText(abs);
  } catch (err) {
    if (err instanceof ConfigReadError) throw new ConfigError(file, [err.message]);
    throw err;
  }
  const yaml = parseYaml(text);
  if (yaml.problems.length > 0) throw new ConfigError(file, yaml.problems);
  const raw = yaml.value;
  const parsed = SourcesFile.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, describeIssues(parsed.error.issues, raw));
  const config = parsed.data;

  const problems: string[] = [];
  const seen = new Map<string, number>();
  config.sources.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) problems.push(`sources[${i}] (id: ${s.id}) › id: duplicate source id (first used at sources[${first}])`);
    else seen.set(s.id, i);
  });

  const years = [...new Set(config.sources.filter((s) => s.role !== 'current_plan').map(scanYearOf))].sort();
  const year = opts.year ?? config.scan.year;
  const currentPlanId = config.scan.years?.[String(year)]?.current_plan ?? config.scan.current_plan;
  if (currentPlanId !== undefined) {
    const plan = config.sources.find((s) => s.id === currentPlanId);
    if (!plan) problems.push(`scan › current_plan: no source has id "${currentPlanId}"`);
  }
  let scoring: ScoringConfig | undefined;
  try {
    scoring = resolveScoring(config.scan.scoring);
  } catch (err) {
    if (!(err instanceof ScoringError)) throw err;
    problems.push(...err.issues.map((i) => `scan › scoring › ${i.path}: ${i.message}`));
  }
  if (problems.length > 0 || !scoring) throw new ConfigError(file, problems);

  const { read: sources, leftOut } = selectSources(config.sources, {
    year,
    ...(currentPlanId !== undefined ? { currentPlanId } : {}),
    ...(config.scan.aliases ? { aliases: config.scan.aliases } : {}),
    maxAgeYears: scoring.sources.maxAgeYears,
  });
  if (!sources.some((s) => s.id !== currentPlanId)) {
    throw new ConfigError(file, [`no sources for scan year ${year} (years in the file: ${years.join(', ') || 'none'}; ${leftOut.length} listed but left out)`]);
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
