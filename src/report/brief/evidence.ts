import type { ClassifiedPriority, SourceEntry } from '../../schema/index.js';
import type { ReportInput } from '../types.js';
import type { EvidenceRow } from './types.js';

const ROLE_ORDER: Record<string, number> = { partner: 0, survey: 1, national: 2, current_plan: 3 };

/**
 * Evidence rows numbered 1…n: partner documents first, then survey, national sources and the plan;
 * within each, ranked theme order, then partner, document, page.
 */
export function evidenceRows(input: ReportInput, label: (id: string) => string, docTitle: (id: string) => string): EvidenceRow[] {
  const src = new Map<string, SourceEntry>(input.sources.map((s) => [s.id, s]));
  const rank = new Map(input.analysis.themes.map((t, i) => [t.theme, i]));
  const role = (p: ClassifiedPriority) => (p.sourceId === input.planSourceId ? 'current_plan' : src.get(p.sourceId)?.role ?? 'partner');
  const themeRank = (p: ClassifiedPriority) => (p.theme !== null && rank.has(p.theme) ? rank.get(p.theme)! : Number.MAX_SAFE_INTEGER);
  const ordered = [...input.priorities].sort(
    (a, b) =>
      ROLE_ORDER[role(a)]! - ROLE_ORDER[role(b)]! ||
      themeRank(a) - themeRank(b) ||
      (a.theme ?? '').localeCompare(b.theme ?? '') ||
      (src.get(a.sourceId)?.partner ?? '').localeCompare(src.get(b.sourceId)?.partner ?? '') ||
      a.sourceId.localeCompare(b.sourceId) ||
      a.page - b.page ||
      a.id.localeCompare(b.id),
  );
  return ordered.map((p, i) => {
    const s = src.get(p.sourceId);
    return {
      ref: i + 1,
      priorityId: p.id,
      sourceId: p.sourceId,
      theme: p.theme ?? '',
      themeLabel: p.theme ? label(p.theme) : '',
      kind: p.kind,
      partner: s?.partner ?? p.sourceId,
      partnerType: s?.partner_type ?? '',
      role: role(p),
      document: docTitle(p.sourceId),
      page: p.page,
      statement: p.text,
      quote: p.quote || p.text,
      strength: p.strength,
    };
  });
}

/** "SAFER NORTHMERE | Home" → "Safer Northmere": a document's own title made readable. */
export function cleanTitle(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  // Site names after a separator ("Plan 2025 | Southbrook Council").
  const cut = /^(.{12,}?)\s+[|–—-]\s+[^|–—-]{2,60}$/.exec(s);
  if (cut) s = cut[1]!;
  if (s.length > 3 && s === s.toUpperCase() && /[A-Z]/.test(s)) {
    s = s.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }
  return s;
}
