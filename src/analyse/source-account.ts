import type { Analysis } from '../schema/index.js';
import { account } from './sources.js';
import type { AnalysisInput, SourceAccount } from './types.js';

/**
 * What was listed, what counted and why the rest did not: every entry of sources.yaml with its
 * status. Read documents count as partners unless no priority was found in them; national and
 * survey sources are analysed apart; failed, superseded, future and the office's own documents
 * are listed with the reason.
 */
export function accountSources(input: AnalysisInput): Analysis['sources'] {
  const withPriorities = new Set(input.priorities.map((p) => p.sourceId));
  const entries: SourceAccount[] = input.sources.map((s) => {
    if (s.id === input.plan?.source.id || s.role === 'current_plan') return account(s, 'current_plan', 'the current Police and Crime Plan: checked for coverage, not a partner');
    if (s.role === 'national') return account(s, 'national', 'national source: analysed separately, never counted as a partner');
    if (s.role === 'survey') return account(s, 'survey', 'partner survey: adds to prevalence, not a partner');
    if (!withPriorities.has(s.id)) return account(s, 'no_priorities', 'read, but no priority was found in it: not counted as a partner');
    return account(s, 'counted', `the partner's current document (${s.year})`);
  });
  for (const f of input.failed ?? []) entries.push(account(f.entry, 'failed', `could not be read: ${f.message}`));
  entries.push(...(input.leftOut ?? []));
  const listed = input.listed ?? entries.length;
  return { listed, counted: entries.filter((e) => e.status === 'counted').length, entries };
}
