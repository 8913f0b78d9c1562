import type { ClassifiedPriority, Role, SourceEntry } from '../schema/index.js';
import type { ScoringConfig } from './config.js';
import type { PreviousYear } from './types.js';

/** One (priority, theme) pair: a source citing a theme, as its primary theme or one of its others. */
export interface Citation {
  priority: ClassifiedPriority;
  source: SourceEntry;
  theme: string;
  primary: boolean;
}

/** Citations by sources of one role. Priorities whose sourceId is not in `sources` are skipped. */
export function citationsByRole(priorities: ClassifiedPriority[], sources: SourceEntry[], role: Role): Citation[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: Citation[] = [];
  for (const p of priorities) {
    const source = byId.get(p.sourceId);
    if (!source || source.role !== role) continue;
    const seen = new Set<string>();
    if (p.theme) {
      out.push({ priority: p, source, theme: p.theme, primary: true });
      seen.add(p.theme);
    }
    for (const t of p.otherThemes) {
      if (seen.has(t)) continue;
      seen.add(t);
      out.push({ priority: p, source, theme: t, primary: false });
    }
  }
  return out;
}

/** Threat/prevalence of one theme among partner sources (role 'partner' only). */
export interface Prevalence {
  theme: string;
  partners: string[];
  partnerTypes: string[];
  areas: string[];
  priorityIds: string[];
  namedCount: number;
  mentionCount: number;
  /** Σ over citing partners of their best citation weight (named/mention × primary/other). */
  weightedPartners: number;
  totalPartners: number;
  totalAreas: number;
  /** Citing partners / all partners scanned (any citation). */
  partnerShare: number;
  /** Citing areas / all partner areas. */
  areaShare: number;
  /** weightedPartners / totalPartners, 0..1 (before any survey contribution). */
  prevalence: number;
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** The partner universe: distinct partners and areas of role 'partner' sources. */
/** The districts a source's area stands for (areas.ts); by default the area itself. */
export type AreasOf = (area: string) => string[];
const ownArea: AreasOf = (a) => [a];

export function partnerUniverse(sources: SourceEntry[], areasOf: AreasOf = ownArea): { partners: string[]; areas: string[] } {
  const ps = sources.filter((s) => s.role === 'partner');
  return { partners: sorted(ps.map((s) => s.partner)), areas: sorted(ps.flatMap((s) => areasOf(s.area))) };
}

/** Citation weight: strength weight × (1 for the primary theme, otherThemeWeight otherwise). */
export function citationWeight(c: Citation, cfg: ScoringConfig): number {
  const l = cfg.likelihood;
  const s = c.priority.strength === 'named' ? l.namedWeight : l.mentionWeight;
  return s * (c.primary ? 1 : l.otherThemeWeight);
}

export function partnerPrevalence(priorities: ClassifiedPriority[], sources: SourceEntry[], cfg: ScoringConfig, areasOf: AreasOf = ownArea): Map<string, Prevalence> {
  const universe = partnerUniverse(sources, areasOf);
  const totalPartners = universe.partners.length;
  const totalAreas = universe.areas.length;
  const byTheme = new Map<string, Citation[]>();
  for (const c of citationsByRole(priorities, sources, 'partner')) {
    const list = byTheme.get(c.theme) ?? [];
    list.push(c);
    byTheme.set(c.theme, list);
  }
  const out = new Map<string, Prevalence>();
  for (const [theme, cs] of byTheme) {
    const best = new Map<string, number>();
    for (const c of cs) best.set(c.source.partner, Math.max(best.get(c.source.partner) ?? 0, citationWeight(c, cfg)));
    const weightedPartners = [...best.values()].reduce((a, b) => a + b, 0);
    const partners = sorted(cs.map((c) => c.source.partner));
    const areas = sorted(cs.flatMap((c) => areasOf(c.source.area)));
    out.set(theme, {
      theme,
      partners,
      partnerTypes: sorted(cs.map((c) => c.source.partner_type)),
      areas,
      priorityIds: sorted(cs.map((c) => c.priority.id)),
      namedCount: cs.filter((c) => c.priority.strength === 'named').length,
      mentionCount: cs.filter((c) => c.priority.strength === 'mention').length,
      weightedPartners,
      totalPartners,
      totalAreas,
      partnerShare: totalPartners ? partners.length / totalPartners : 0,
      areaShare: totalAreas ? areas.length / totalAreas : 0,
      prevalence: totalPartners ? Math.min(1, weightedPartners / totalPartners) : 0,
    });
  }
  return out;
}

/**
 * The theme's prevalence in the previous scan year, for the trend: null when there is no previous
 * year; 0 when the theme was not cited then (a new theme rises from 0).
 */
export function previousPrevalence(theme: string, previous: PreviousYear | null): number | null {
  if (!previous) return null;
  return previous.themes.find((t) => t.theme === theme)?.prevalence ?? 0;
}
