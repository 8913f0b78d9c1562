/** CSV reporters: priorities, themes, gaps and errors (header row always written). */
import { stringify } from 'csv-stringify/sync';
import type { Analysis, ClassifiedPriority, Cue, Failure, SourceEntry } from '../schema/index.js';
import type { EvidenceRow } from './brief/index.js';

function toCsv(columns: string[], rows: Array<Record<string, string | number>>, header = true): string {
  return stringify(rows, { header, columns, quoted_match: /^[=+\-@\t\r]/ });
}

/** Strips characters a spreadsheet would run as a formula when a cell starts with them. */
function safe(s: string): string {
  return /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
}

export const PRIORITY_COLUMNS = [
  'source_id', 'partner', 'partner_type', 'area', 'year', 'page', 'section', 'text', 'kind', 'theme', 'confidence',
  'quote', 'strength', 'other_themes', 'cues', 'ref', 'priority_id', 'rule', 'document',
];

export function prioritiesCsv(priorities: ClassifiedPriority[], sources: SourceEntry[], evidence: EvidenceRow[], storedCues?: (p: ClassifiedPriority) => Cue[]): string {
  return [...prioritiesCsvChunks(priorities, sources, evidence, storedCues)].join('');
}

/** priorities.csv in pieces of a few thousand rows (header first), in evidence-reference order. */
export function* prioritiesCsvChunks(
  priorities: ClassifiedPriority[],
  sources: SourceEntry[],
  evidence: EvidenceRow[],
  storedCues?: (p: ClassifiedPriority) => Cue[],
): Generator<string> {
  const src = new Map(sources.map((s) => [s.id, s]));
  const ev = new Map(evidence.map((e) => [e.priorityId, e]));
  const ordered = [...priorities].sort((a, b) => {
    const ra = ev.get(a.id)?.ref ?? Infinity;
    const rb = ev.get(b.id)?.ref ?? Infinity;
    return ra - rb;
  });
  const row = (p: ClassifiedPriority) => {
      const s = src.get(p.sourceId);
      return {
        source_id: p.sourceId,
        partner: safe(s?.partner ?? ''),
        partner_type: s?.partner_type ?? '',
        area: safe(s?.area ?? ''),
        year: s?.year ?? '',
        page: p.page,
        section: safe(p.section),
        text: safe(p.text),
        kind: p.kind,
        theme: p.theme ?? '',
        confidence: Number(p.confidence.toFixed(3)),
        quote: safe(p.quote),
        strength: p.strength,
        other_themes: p.otherThemes.join('; '),
        cues: [...(storedCues?.(p) ?? []), ...p.cues].map((c) => `${c.term}(${c.source}:${Number(c.weight.toFixed(3))})`).join('; '),
        ref: ev.get(p.id)?.ref ?? '',
        priority_id: p.id,
        rule: p.rule,
        document: safe(ev.get(p.id)?.document ?? ''),
      };
  };
  // Small batches: rows built and stringified together die young instead of being promoted to
  // the old generation (2,000-row batches pushed a national scan's heap past 1.5 GB).
  const BATCH = 100;
  if (ordered.length === 0) yield toCsv(PRIORITY_COLUMNS, []);
  for (let i = 0; i < ordered.length; i += BATCH) {
    yield toCsv(PRIORITY_COLUMNS, ordered.slice(i, i + BATCH).map(row), i === 0);
  }
}

export const THEME_COLUMNS = [
  'theme', 'label', 'kind', 'partners', 'partner_types', 'areas', 'tier', 'harm', 'prevalence', 'trend', 'score',
  'score_parts', 'plan_coverage', 'in_plan', 'plan_quote', 'plan_page', 'national', 'survey_mentions', 'named_count', 'mention_count',
];

export function themesCsv(analysis: Analysis): string {
  return toCsv(
    THEME_COLUMNS,
    analysis.themes.map((t) => ({
      theme: t.theme,
      label: safe(t.label),
      kind: t.kind,
      partners: safe(t.partners.join('; ')),
      partner_types: t.partnerTypes.join('; '),
      areas: safe(t.areas.join('; ')),
      tier: t.tier,
      harm: t.harm,
      prevalence: t.prevalence,
      trend: t.trend,
      score: t.score,
      score_parts: Object.entries(t.scoreParts).map(([k, v]) => `${k}=${Number(v.toFixed(4))}`).join('; '),
      plan_coverage: t.planCoverage,
      in_plan: t.planCoverage === 'none' ? 'no' : 'yes',
      plan_quote: safe(t.planQuote),
      plan_page: t.planPage ?? '',
      national: t.national ? 'yes' : 'no',
      survey_mentions: t.surveyMentions,
      named_count: t.namedCount,
      mention_count: t.mentionCount,
    })),
  );
}

export const GAP_COLUMNS = ['theme', 'kind', 'tier', 'score', 'reason', 'type'];

export function gapsCsv(analysis: Analysis): string {
  return toCsv(
    GAP_COLUMNS,
    analysis.gaps.map((g) => ({ theme: g.theme, kind: g.kind, tier: g.tier ?? '', score: g.score, reason: safe(g.reason), type: g.type })),
  );
}

export const ERROR_COLUMNS = ['source_id', 'stage', 'code', 'message', 'hint'];

export function errorsCsv(failures: Failure[]): string {
  return toCsv(
    ERROR_COLUMNS,
    failures.map((f) => ({ source_id: f.sourceId, stage: f.stage, code: f.code, message: safe(f.message), hint: safe(f.hint ?? '') })),
  );
}
