import type { Analysis, ClassifiedPriority, SourceEntry } from '../schema/index.js';
import type { ThemeCoverage } from './plan-coverage.js';
import { citationsByRole } from './prevalence.js';

/**
 * Themes cited by role 'national' sources (SPR, national strategies: 2015 procedural decision 5).
 * Analysed separately: national sources are never counted as partners, areas or prevalence.
 */
export function nationalThemes(
  priorities: ClassifiedPriority[],
  sources: SourceEntry[],
  coverage: (theme: string) => ThemeCoverage,
): Analysis['national'] {
  const byTheme = new Map<string, Set<string>>();
  for (const c of citationsByRole(priorities, sources, 'national')) {
    const s = byTheme.get(c.theme) ?? new Set<string>();
    s.add(c.source.id);
    byTheme.set(c.theme, s);
  }
  return [...byTheme.entries()]
    .map(([theme, s]) => ({ theme, sources: [...s].sort(), planCoverage: coverage(theme).coverage }))
    .sort((a, b) => b.sources.length - a.sources.length || a.theme.localeCompare(b.theme));
}
