/**
 * The brief: everything the reports say, computed ONCE from the Analysis and the priorities —
 * evidence numbers, key figures, the business/method split, tier lists, gap rows, source accounts.
 * Note sections, scan.json and the CSVs read it; none of them counts anything again.
 */
import type { Gap, Kind, SourceAccount, ThemeSummary, Tier } from '../../schema/index.js';
import type { ReportInput } from '../types.js';
import { cleanTitle, evidenceRows } from './evidence.js';
import { taxonomyThemes } from './taxonomy.js';
import { longDate, t } from './text.js';
import type { Brief, Cover, GapRow, KeyFigures } from './types.js';

export type { Brief, Cover, EvidenceRow, GapRow, KeyFigures } from './types.js';
export { loadNoteSettings, parseCommentary, COMMENTARY_FILE, type NoteSettings } from './settings.js';
export { t, tList, tMap, tNum, fill, count, joinList, longDate, fmtNum } from './text.js';
export { partnerTypeName, partnerTypes } from '../../config/partner-types.js';

const BUSINESS_KINDS: ReadonlySet<Kind> = new Set(['crime', 'target_group']);
const TIERS: Tier[] = ['universal', 'major', 'local'];

/** Failure.level (interfaces.md §4) arrives with the harden branch; a failure without one is an error. */
export function failureLevel(f: object): 'error' | 'warning' {
  return (f as { level?: unknown }).level === 'warning' ? 'warning' : 'error';
}

export function buildBrief(input: ReportInput): Brief {
  const { analysis } = input;
  const src = new Map(input.sources.map((s) => [s.id, s]));
  const docs = new Map(input.documents.map((d) => [d.sourceId, d]));
  const byTheme = new Map(analysis.themes.map((x) => [x.theme, x]));
  const tax = taxonomyThemes();
  const label = (id: string): string => byTheme.get(id)?.label ?? tax.get(id)?.label ?? id.replace(/_+/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const docTitle = (id: string): string => {
    const listed = src.get(id)?.title;
    const own = docs.get(id)?.title;
    return listed ?? (own ? cleanTitle(own) : id);
  };
  const evidence = evidenceRows(input, label, docTitle);
  const refOf = new Map(evidence.map((e) => [e.priorityId, e.ref]));
  const refs = (ids: Iterable<string>): number[] =>
    [...new Set([...ids].map((id) => refOf.get(id)).filter((r): r is number => r !== undefined))].sort((a, b) => a - b);
  const themeRefs = (id: string): number[] => {
    const own = refs(byTheme.get(id)?.priorityIds ?? []);
    return own.length ? own : evidence.filter((e) => e.theme === id).map((e) => e.ref);
  };
  const isBusiness = (id: string): boolean => {
    const group = tax.get(id)?.group;
    return group ? group === 'business' : BUSINESS_KINDS.has(byTheme.get(id)?.kind ?? 'crime');
  };

  const cited = analysis.themes.filter((x) => x.partners.length > 0);
  const business = cited.filter((x) => isBusiness(x.theme));
  const methods = cited.filter((x) => !isBusiness(x.theme)).sort((a, b) => b.partners.length - a.partners.length || b.score - a.score);
  // Within a tier, the most widely cited first (the tier is about breadth), then by score.
  const byBreadth = [...business].sort((a, b) => b.partners.length - a.partners.length || b.score - a.score);
  const tiers = Object.fromEntries(TIERS.map((tier) => [tier, byBreadth.filter((x) => x.tier === tier)])) as Record<Tier, ThemeSummary[]>;
  const gaps = gapRows(analysis.gaps, byTheme, label, isBusiness, themeRefs);
  const sources = sourceAccounts(input, docTitle);

  const partnerSources = sources.filter((s) => s.status === 'counted');
  const partners = [...new Set(partnerSources.map((s) => s.partner))];
  const failures = input.failures.filter((f) => failureLevel(f) === 'error');
  const figures: KeyFigures = {
    documentsScanned: sources.filter((s) => ['counted', 'national', 'survey'].includes(s.status)).length,
    sourcesListed: sources.filter((s) => s.status !== 'current_plan').length,
    failedDocuments: new Set(failures.map((f) => f.sourceId)).size,
    warnings: input.failures.length - failures.length,
    partners: partners.length,
    partnerTypes: [...new Set(partnerSources.map((s) => s.partnerType))].sort(),
    years: [...new Set(partnerSources.map((s) => s.year).filter((y): y is number => y !== null))].sort((a, b) => a - b),
    priorities: evidence.filter((e) => e.role === 'partner').length,
    themes: business.length,
    methodThemes: methods.length,
    tiers: { universal: tiers.universal.length, major: tiers.major.length, local: tiers.local.length },
    gaps: gaps.length,
    decision: analysis.recommendation.decision,
  };
  const cover = makeCover(input);
  return {
    analysis, input, cover, commentary: input.note?.commentary ?? {}, evidence, figures, business, methods, tiers, gaps, sources,
    label, isBusiness, refs, themeRefs, docTitle,
    partnerCount: (id) => byTheme.get(id)?.partners.length ?? 0,
  };
}

function makeCover(input: ReportInput): Cover {
  const { scan } = input.analysis;
  const n = input.note ?? { commentary: {} };
  const vars = { year: scan.year, area: scan.area };
  const d = (k: string) => t(`cover/defaults/${k}`, vars);
  return {
    title: t('cover/title', vars),
    subtitle: t('cover/subtitle'),
    marking: n.marking ?? d('marking'),
    date: longDate(scan.date),
    isoDate: scan.date,
    owner: n.owner ?? d('owner'),
    author: n.author ?? d('author'),
    contact: n.contact ?? d('contact'),
    version: n.version ?? d('version'),
    status: n.status ?? d('status'),
    area: scan.area,
    year: scan.year,
    runId: scan.runId,
  };
}

/** Gaps merged by theme (a theme missing from the plan AND national is one gap), highest score first. */
function gapRows(gaps: Gap[], byTheme: Map<string, ThemeSummary>, label: (id: string) => string, isBusiness: (id: string) => boolean, themeRefs: (id: string) => number[]): GapRow[] {
  const rows = new Map<string, GapRow>();
  for (const g of gaps) {
    if (byTheme.has(g.theme) && !isBusiness(g.theme)) continue;
    const row = rows.get(g.theme);
    if (row) {
      if (!row.types.includes(g.type)) row.types.push(g.type);
      row.score = Math.max(row.score, g.score);
      row.tier ??= g.tier;
      continue;
    }
    rows.set(g.theme, { theme: g.theme, label: label(g.theme), types: [g.type], tier: g.tier, score: g.score, partners: byTheme.get(g.theme)?.partners.length ?? 0, refs: themeRefs(g.theme) });
  }
  return [...rows.values()].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}

/** Analysis.sources when the analysis gives them; otherwise accounted from what was read and what failed. */
function sourceAccounts(input: ReportInput, docTitle: (id: string) => string): SourceAccount[] {
  const given = input.analysis.sources?.entries ?? [];
  if (given.length) return given;
  const read = new Set(input.documents.map((d) => d.sourceId));
  const failed = new Map(input.failures.filter((f) => failureLevel(f) === 'error').map((f) => [f.sourceId, f]));
  return input.sources.map((s) => {
    const status: SourceAccount['status'] = failed.has(s.id) || !read.has(s.id)
      ? 'failed'
      : s.id === input.planSourceId || s.role === 'current_plan' ? 'current_plan' : s.role === 'partner' ? 'counted' : s.role;
    return {
      id: s.id, partner: s.partner, partnerType: s.partner_type, area: s.area, year: s.year, title: docTitle(s.id), status,
      reason: failed.get(s.id)?.message ?? '',
    };
  });
}
