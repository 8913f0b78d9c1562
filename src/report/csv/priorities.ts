/**
 * priorities.csv (one row per stated priority) and priorities-cues.csv (one row per classification
 * cue), computed from the report input alone so they do not depend on how the note is built.
 */
import type { ClassifiedPriority, Cue, SourceEntry } from '../../schema/index.js';
import { spreadsheetCsv } from '../../util/spreadsheet.js';
import type { ReportInput } from '../types.js';
import { partnerTypeName } from '../../config/partner-types.js';
import { list, themeNames, type ThemeNames } from './names.js';

/** The note's evidence reference of a priority (e.g. "12"), when the caller has one. */
export type RefOf = (priorityId: string) => string | undefined;

export const PRIORITY_COLUMNS = [
  'source_id', 'partner', 'partner_type', 'partner_type_name', 'area', 'year', 'page', 'section', 'text',
  'kind', 'theme', 'theme_name', 'confidence', 'quote', 'strength', 'other_themes', 'other_theme_names',
  'ref', 'priority_id', 'rule', 'reasons', 'document',
] as const;

export const PRIORITY_CUE_COLUMNS = [
  'priority_id', 'ref', 'source_id', 'text', 'cue_source', 'term', 'cue_kind', 'cue_theme', 'cue_theme_name', 'weight',
] as const;

type Input = Pick<ReportInput, 'analysis' | 'priorities' | 'sources' | 'documents' | 'planSourceId' | 'storedCues'>;

/** Evidence group of a source: partner documents, then the survey, national sources, the plan. */
function groupOf(input: Input, sources: Map<string, SourceEntry>, docIds: Set<string>): (sourceId: string) => number {
  const planId = input.planSourceId ?? input.sources.find((s) => s.role === 'current_plan' && docIds.has(s.id))?.id;
  const order = { partner: 0, survey: 1, national: 2, current_plan: 3 } as const;
  return (id) => (id === planId ? 3 : order[sources.get(id)?.role ?? 'partner']);
}

/**
 * Rows in evidence order: partner documents before the survey, national sources and the plan;
 * within each, themes by rank (unthemed last), then partner, source, page and id. A total order,
 * so a rerun writes the same file.
 */
export function orderPriorities(input: Input): ClassifiedPriority[] {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const group = groupOf(input, sources, new Set(input.documents.map((d) => d.sourceId)));
  const rank = new Map(input.analysis.themes.map((t, i) => [t.theme, i]));
  const rankOf = (p: ClassifiedPriority) => (p.theme !== null ? rank.get(p.theme) ?? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER);
  const keyed = input.priorities.map((p) => ({ p, g: group(p.sourceId), r: rankOf(p), partner: sources.get(p.sourceId)?.partner ?? '' }));
  keyed.sort((a, b) =>
    a.g - b.g || a.r - b.r || (a.p.theme ?? '').localeCompare(b.p.theme ?? '') || a.partner.localeCompare(b.partner) ||
    a.p.sourceId.localeCompare(b.p.sourceId) || a.p.page - b.p.page || a.p.id.localeCompare(b.p.id),
  );
  return keyed.map((k) => k.p);
}

/** A document's name: its title as read, else the title in sources.yaml, else the source id. */
export function documentNames(input: Pick<ReportInput, 'sources' | 'documents'>): (sourceId: string) => string {
  const read = new Map(input.documents.map((d) => [d.sourceId, d.title]));
  const listed = new Map(input.sources.map((s) => [s.id, s.title]));
  return (id) => read.get(id) || listed.get(id) || id;
}

/** One priorities.csv row (strings are guarded when written; numbers stay numbers). */
export function priorityRow(
  p: ClassifiedPriority,
  s: SourceEntry | undefined,
  names: ThemeNames,
  document: string,
  ref: string,
): Record<(typeof PRIORITY_COLUMNS)[number], string | number> {
  return {
    source_id: p.sourceId,
    partner: s?.partner ?? '',
    partner_type: s?.partner_type ?? '',
    partner_type_name: s ? partnerTypeName(s.partner_type, 'one') : '',
    area: s?.area ?? '',
    year: s?.year ?? '',
    page: p.page,
    section: p.section,
    text: p.text,
    kind: p.kind,
    theme: p.theme ?? '',
    theme_name: names.name(p.theme),
    confidence: Number(p.confidence.toFixed(3)),
    quote: p.quote,
    strength: p.strength,
    other_themes: list(p.otherThemes),
    other_theme_names: list(p.otherThemes.map((t) => names.name(t))),
    ref,
    priority_id: p.id,
    rule: p.rule,
    // Priorities stored before extraction recorded its reasons have none.
    reasons: list(p.reasons ?? []),
    document,
  };
}

// Small batches: rows built and stringified together die young instead of being promoted to the
// old generation (2,000-row batches pushed a national scan's heap past 1.5 GB).
const BATCH = 100;

function* batches<T>(items: T[], render: (batch: T[], first: boolean) => string): Generator<string> {
  if (items.length === 0) yield render([], true);
  for (let i = 0; i < items.length; i += BATCH) yield render(items.slice(i, i + BATCH), i === 0);
}

/** priorities.csv in pieces of BATCH rows, the first with the byte-order mark and header. */
export function* prioritiesCsvChunks(input: Input, refOf: RefOf = () => undefined): Generator<string> {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const names = themeNames(input.analysis);
  const docName = documentNames(input);
  yield* batches(orderPriorities(input), (ps, first) =>
    spreadsheetCsv(PRIORITY_COLUMNS, ps.map((p) => priorityRow(p, sources.get(p.sourceId), names, docName(p.sourceId), refOf(p.id) ?? '')), first),
  );
}

export function prioritiesCsv(input: Input, refOf?: RefOf): string {
  return [...prioritiesCsvChunks(input, refOf)].join('');
}

/**
 * priorities-cues.csv: the classifier's evidence, one row per cue, so it can be filtered and sorted
 * (which terms decided a theme) instead of read as one long cell. Cues kept in the store come first,
 * then those on the priority itself (an override's), as the classifier recorded them.
 */
export function* priorityCuesCsvChunks(input: Input, refOf: RefOf = () => undefined): Generator<string> {
  const names = themeNames(input.analysis);
  const cuesOf = (p: ClassifiedPriority): Cue[] => [...(input.storedCues?.(p) ?? []), ...p.cues];
  yield* batches(orderPriorities(input), (ps, first) =>
    spreadsheetCsv(
      PRIORITY_CUE_COLUMNS,
      ps.flatMap((p) => {
        const ref = refOf(p.id) ?? '';
        return cuesOf(p).map((c) => ({
          priority_id: p.id, ref, source_id: p.sourceId, text: p.text, cue_source: c.source, term: c.term,
          cue_kind: c.kind ?? '', cue_theme: c.theme ?? '', cue_theme_name: c.theme ? names.name(c.theme) : '', weight: Number(c.weight.toFixed(3)),
        }));
      }),
      first,
    ),
  );
}

export function priorityCuesCsv(input: Input, refOf?: RefOf): string {
  return [...priorityCuesCsvChunks(input, refOf)].join('');
}
