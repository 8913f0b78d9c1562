/**
 * CSV reporters for Excel: UTF-8 with a byte-order mark, a header row always, every text cell
 * guarded against formula injection (src/util/spreadsheet.ts), theme names beside theme ids.
 * Computed from the Analysis and the report input only, never from the note.
 */
import type { Analysis, Failure, Gap, SourceEntry } from '../schema/index.js';
import { spreadsheetCsv } from '../util/spreadsheet.js';
import { partnerTypeName } from '../config/partner-types.js';
import { list, themeNames } from './csv/names.js';

export {
  PRIORITY_COLUMNS, PRIORITY_CUE_COLUMNS, prioritiesCsv, prioritiesCsvChunks, priorityCuesCsv, priorityCuesCsvChunks,
  orderPriorities, type RefOf,
} from './csv/priorities.js';
export { themeNames, type ThemeNames } from './csv/names.js';

export const THEME_COLUMNS = [
  'theme', 'theme_name', 'group', 'kind', 'partners', 'partner_types', 'partner_type_names', 'areas', 'tier', 'harm',
  'prevalence', 'trend', 'score', 'score_parts', 'plan_coverage', 'in_plan', 'plan_quote', 'plan_page', 'national',
  'survey_mentions', 'named_count', 'mention_count',
] as const;

export function themesCsv(analysis: Analysis): string {
  const names = themeNames(analysis);
  return spreadsheetCsv(
    THEME_COLUMNS,
    analysis.themes.map((t) => ({
      theme: t.theme,
      theme_name: names.name(t.theme),
      group: names.group(t.theme),
      kind: t.kind,
      partners: list(t.partners),
      partner_types: list(t.partnerTypes),
      partner_type_names: list(t.partnerTypes.map((c) => partnerTypeName(c, 'one'))),
      areas: list(t.areas),
      tier: t.tier,
      harm: t.harm,
      prevalence: t.prevalence,
      trend: t.trend,
      score: t.score,
      score_parts: list(Object.entries(t.scoreParts).map(([k, v]) => `${k}=${Number(v.toFixed(4))}`)),
      plan_coverage: t.planCoverage,
      in_plan: t.planCoverage === 'none' ? 'no' : 'yes',
      plan_quote: t.planQuote,
      plan_page: t.planPage,
      national: t.national ? 'yes' : 'no',
      survey_mentions: t.surveyMentions,
      named_count: t.namedCount,
      mention_count: t.mentionCount,
    })),
  );
}

export const GAP_COLUMNS = ['theme', 'theme_name', 'kind', 'tier', 'score', 'reason', 'type'] as const;

/** Gap types in the order a row lists them. */
const GAP_TYPES: Gap['type'][] = ['missing_from_plan', 'national_missing', 'plan_not_cited'];

export interface GapRow {
  theme: string;
  kind: Gap['kind'];
  tier: Gap['tier'];
  score: number;
  /** Every gap type the theme has, in GAP_TYPES order. */
  types: Gap['type'][];
  /** Their reasons, in the same order. */
  reasons: string[];
}

/**
 * One row per theme. A theme can be a gap in more than one way (a partner theme missing from the
 * plan that national sources also cite is both missing_from_plan and national_missing), which as
 * one row per gap listed it twice; merged here, highest score first, so no theme can repeat.
 */
export function gapRows(gaps: Gap[]): GapRow[] {
  const byTheme = new Map<string, Gap[]>();
  for (const g of gaps) byTheme.set(g.theme, [...(byTheme.get(g.theme) ?? []), g]);
  const rows = [...byTheme.values()].map((gs): GapRow => {
    const sorted = [...gs].sort((a, b) => GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type));
    const first = sorted[0]!;
    const types = [...new Set(sorted.map((g) => g.type))];
    return {
      theme: first.theme,
      kind: first.kind,
      tier: sorted.find((g) => g.tier !== null)?.tier ?? null,
      score: Math.max(...sorted.map((g) => g.score)),
      types,
      reasons: [...new Set(sorted.map((g) => g.reason))],
    };
  });
  return rows.sort((a, b) => b.score - a.score || a.theme.localeCompare(b.theme));
}

export function gapsCsv(analysis: Analysis): string {
  const names = themeNames(analysis);
  return spreadsheetCsv(
    GAP_COLUMNS,
    gapRows(analysis.gaps).map((g) => {
      const name = names.name(g.theme);
      // Each reason starts "<name>: "; said once, at the start of the cell.
      const reason = g.reasons.map((r, i) => (i > 0 && r.startsWith(`${name}: `) ? `Also ${r.slice(name.length + 2)}` : r)).join(' ');
      return { theme: g.theme, theme_name: name, kind: g.kind, tier: g.tier, score: g.score, reason, type: list(g.types) };
    }),
  );
}

export const ERROR_COLUMNS = ['source_id', 'partner', 'level', 'stage', 'code', 'message', 'hint'] as const;

/** errors.csv: failures first, then warnings (documents read with something to check). */
export function errorsCsv(failures: Failure[], sources: SourceEntry[] = []): string {
  const partner = new Map(sources.map((s) => [s.id, s.partner]));
  const level = (f: Failure) => f.level ?? 'error';
  const ordered = [...failures.filter((f) => level(f) === 'error'), ...failures.filter((f) => level(f) !== 'error')];
  return spreadsheetCsv(
    ERROR_COLUMNS,
    ordered.map((f) => ({
      source_id: f.sourceId, partner: partner.get(f.sourceId) ?? '', level: level(f), stage: f.stage, code: f.code,
      message: f.message, hint: f.hint ?? '',
    })),
  );
}
