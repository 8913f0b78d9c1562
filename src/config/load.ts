import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SourcesFile, type SourceEntry } from '../schema/source.js';
import { ConfigError, describeIssues } from './errors.js';

export interface LoadedSources {
  file: string;
  baseDir: string;
  config: SourcesFile;
  /** The scan year chosen (--year, else scan.year). */
  year: number;
  currentPlanId?: string;
  /** Sources in this scan year, plus the current plan. */
  sources: SourceEntry[];
  /** Every scan year the file has sources for. */
  years: number[];
}

export function loadSources(file: string, opts: { year?: number } = {}): LoadedSources {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [`cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(file, doc.errors.map((e) => `YAML syntax: ${e.message.split('\n')[0]}`));
  }
  const raw: unknown = doc.toJS();
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

  const scanYearOf = (s: SourceEntry) => s.scan_year ?? s.year;
  const years = [...new Set(config.sources.filter((s) => s.role !== 'current_plan').map(scanYearOf))].sort();
  const year = opts.year ?? config.scan.year;
  const currentPlanId = config.scan.years?.[String(year)]?.current_plan ?? config.scan.current_plan;
  if (currentPlanId !== undefined) {
    const plan = config.sources.find((s) => s.id === currentPlanId);
    if (!plan) problems.push(`scan › current_plan: no source has id "${currentPlanId}"`);
  }
  if (problems.length > 0) throw new ConfigError(file, problems);

  const sources = config.sources.filter((s) =>
    s.id === currentPlanId || (s.role !== 'current_plan' && scanYearOf(s) === year));
  if (!sources.some((s) => s.id !== currentPlanId)) {
    throw new ConfigError(file, [`no sources for scan year ${year} (years in the file: ${years.join(', ') || 'none'})`]);
  }
  return {
    file: abs,
    baseDir: path.dirname(abs),
    config,
    year,
    ...(currentPlanId !== undefined ? { currentPlanId } : {}),
    sources,
    years,
  };
}
